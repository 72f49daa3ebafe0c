import Foundation

/// The file formats a network is read from or written to.
public enum NetworkFormat: String, CaseIterable, Sendable {
    /// A YAML network document.
    case yaml
    /// A JSON network document (same schema as YAML).
    case json
    /// A folder of CSV tables (departments.csv, ties.csv, …).
    case tables
    /// A bare edge list CSV `source,target[,weight][,mechanism]`.
    case edgelist
    /// GraphML (`.graphml`), as NetworkX, igraph, yEd and Gephi write it.
    case graphml
    /// GEXF 1.2/1.3 (`.gexf`), Gephi's format.
    case gexf
    /// Pajek `.net` / `.paj`.
    case pajek
    /// UCINET DL (`.dl`).
    case dl
    /// Graphviz DOT (`.dot`, `.gv`).
    case dot
    /// NetworkX node-link JSON (`.json` with top-level `nodes` and `links`/`edges`, no `departments`).
    case nodelink
    /// An Excel workbook (`.xlsx`): the CSV tables as sheets (``WorkbookTables``).
    case xlsx

    /// The format implied by a path: a folder or a name without extension → tables; `.yaml`/`.yml`; `.json`;
    /// `.csv`/`.tsv`/`.txt` → edge list; `.graphml`; `.gexf`; `.net`/`.paj` → Pajek; `.dl`; `.dot`/`.gv`;
    /// `.xlsx` (and `.xlsm`, `.xls`, `.xlsb`, `.ods`, which the workbook reader refuses with what to do).
    /// A `.json` file holding node-link JSON is recognised by its content when read, and so is a
    /// workbook under another name (``sniff(path:)``).
    /// A name without extension that exists and is not a folder (`/dev/stdout`, a pipe) gives nil.
    public static func infer(path: String) -> NetworkFormat? {
        if InputFile.isStandardInput(path) { return nil }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue { return .tables }
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml": return .yaml
        case "json": return .json
        case "csv", "tsv", "txt", "edges": return .edgelist
        case "graphml": return .graphml
        case "gexf": return .gexf
        case "net", "paj", "pajek": return .pajek
        case "dl": return .dl
        case "dot", "gv": return .dot
        case "xlsx", "xlsm", "xltx", "xltm", "xls", "xlsb", "ods": return .xlsx
        case "": return exists ? nil : .tables  // a folder to be created
        default: return nil
        }
    }
}

extension NetworkFormat {
    /// The format a file's first bytes show where its name does not tell or tells a text format: an
    /// Excel workbook (a ZIP package, or an OLE compound file — an encrypted workbook or an `.xls` —
    /// which the workbook reader then refuses by name) saved as `.csv`, `.txt` or without extension.
    /// nil when the content does not decide.
    public static func sniff(path: String) -> NetworkFormat? {
        guard !InputFile.isStandardInput(path), let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 8) else { return nil }
        return WorkbookPackage.looksLikeWorkbook([UInt8](head)) ? .xlsx : nil
    }

    /// The format of an input: `given`, else what the name says, unless the content is a workbook.
    static func input(path: String, given: NetworkFormat?) -> NetworkFormat? {
        if let given { return given }
        let named = infer(path: path)
        if named == nil || named == .edgelist || named == .yaml || named == .json, let sniffed = sniff(path: path) { return sniffed }
        return named
    }
}

/// Everything read from one file: the network, where each element came from, and the diagnostics.
public struct LoadedNetwork: Sendable {
    public var network: Network
    public var sourceMap: SourceMap
    /// Parse and validation diagnostics (warnings only when ``NetworkReader/read(path:format:directed:)`` returned).
    public var diagnostics: [Diagnostic]
    public var format: NetworkFormat
}

/// Reads and validates networks in any supported format.
public enum NetworkReader {
    /// Reads `path`, validates the network, and returns it with its warnings.
    ///
    /// - Parameters:
    ///   - format: the format, or `nil` to infer it from the path.
    ///   - directed: for an edge list, the direction of ties without a `directed` cell (nil: each
    ///   tie's mechanism's, ``EdgeListCSV/impliedDirection(_:)``).
    /// - Throws: ``MissingFileError`` when the file is absent; ``FormatError`` with **every** error of the
    ///   file (and its warnings) when it cannot be read or does not validate.
    public static func read(path: String, format: NetworkFormat? = nil, directed: Bool? = nil) throws -> LoadedNetwork {
        guard let inferred = NetworkFormat.input(path: path, given: format) else {
            if InputFile.isStandardInput(path) {
                throw FormatError(file: "-", Message("reader.format.stdin"),
                                  remedy: .nameInputFormat(NetworkFormat.allCases.filter { $0 != .tables }))
            }
            try InputFile.checkReadable(path)
            throw FormatError(file: path, Message("reader.format.unknown"), remedy: .nameInputFormat(NetworkFormat.allCases))
        }
        var format = inferred
        var network: Network
        var map: SourceMap
        var diagnostics: [Diagnostic]
        var locate: (Diagnostic) -> Diagnostic = { $0 }
        switch format {
        case .yaml, .json:
            let root: DocNode?
            if format == .json {
                root = try JSONDocumentReader.parse(try InputFile.bytes(path), file: path)
                if let root, NodeLinkFormat.looksLikeNodeLink(root) {
                    format = .nodelink
                    (network, map, diagnostics) = NodeLinkFormat.decode(root, file: path)
                    break
                }
            } else {
                root = try YAMLDocumentReader.parse(try yamlText(path), file: path)
            }
            // A mapping without either list is some other YAML/JSON document (`{}`, a notes file).
            if let root, case .object(let members) = root.value, !members.contains(where: { $0.key == "departments" || $0.key == "ties" }) {
                throw FormatError(file: path, line: root.line, Message("reader.format.not-network"))
            }
            var decoder = NetworkDocumentDecoder(file: path)
            network = decoder.decode(root)
            map = decoder.map
            diagnostics = decoder.diagnostics
        case .tables:
            try InputFile.checkFolder(path)
            (network, map, diagnostics) = try CSVTables.read(folder: path)
        case .edgelist:
            (network, map, diagnostics) = try EdgeListCSV.read(bytes: try InputFile.bytes(path), file: path, directed: directed)
        case .graphml:
            (network, map, diagnostics) = try GraphMLFormat.read(bytes: try InputFile.bytes(path), file: path)
        case .gexf:
            (network, map, diagnostics) = try GEXFFormat.read(bytes: try InputFile.bytes(path), file: path)
        case .pajek:
            (network, map, diagnostics) = try PajekFormat.read(bytes: try InputFile.bytes(path), file: path)
        case .dl:
            (network, map, diagnostics) = try UCINETDLReader.read(bytes: try InputFile.bytes(path), file: path)
        case .dot:
            (network, map, diagnostics) = try DOTReader.read(bytes: try InputFile.bytes(path), file: path)
        case .nodelink:
            (network, map, diagnostics) = NodeLinkFormat.decode(try JSONDocumentReader.parse(try InputFile.bytes(path), file: path), file: path)
        case .xlsx:
            let book = try WorkbookTables.open(path)
            (network, map, diagnostics) = try CSVTables.read(book)
            locate = book.locate
        }
        if let tooMany = mechanismExcess(network, map: map, file: path) { throw FormatError((diagnostics + [tooMany]).map(locate)) }
        diagnostics += Vocabulary.resolve(&network, map: map)
        diagnostics += NetworkValidator.validate(network, map: map, reportIsolates: !diagnostics.contains { $0.severity == .error })
        diagnostics = diagnostics.map(locate)
        diagnostics.sort()
        if diagnostics.contains(where: { $0.severity == .error }) { throw FormatError(diagnostics) }
        return LoadedNetwork(network: network, sourceMap: map, diagnostics: diagnostics, format: format)
    }

    /// An error at the tie (or declaration) that brings the distinct mechanisms past
    /// ``NetworkLimits/maxMechanisms``, before any per-mechanism work; nil within the limit.
    private static func mechanismExcess(_ network: Network, map: SourceMap, file: String) -> Diagnostic? {
        var seen = Set(network.mechanisms.map(\.id))
        if seen.count > NetworkLimits.maxMechanisms {
            let m = network.mechanisms[NetworkLimits.maxMechanisms]
            let line = NetworkLimits.maxMechanisms < map.mechanismLines.count ? map.mechanismLines[NetworkLimits.maxMechanisms] : nil
            return Diagnostic(.error, file: file, line: line, field: "mechanisms", NetworkLimits.tooManyMechanisms(m.id))
        }
        for (i, t) in network.ties.enumerated() where seen.insert(t.mechanism).inserted && seen.count > NetworkLimits.maxMechanisms {
            return Diagnostic(.error, file: file, line: i < map.tieLines.count ? map.tieLines[i] : nil, field: "mechanism",
                              NetworkLimits.tooManyMechanisms(t.mechanism))
        }
        return nil
    }

    /// The text of a YAML file, checked to be UTF-8 (a leading byte-order mark dropped) without NUL
    /// bytes. The raw bytes are freed on return, so a large file is held once, not twice, while
    /// libyaml parses it.
    private static func yamlText(_ path: String) throws -> String {
        let bytes = try InputFile.bytes(path)
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        guard let text = String(validating: body, as: UTF8.self) else {
            throw FormatError(file: path, line: firstInvalidUTF8Line(bytes), Message("reader.csv.not-utf8"))
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw FormatError(file: path, line: bytes[..<nul].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }, Message("reader.text.nul", [("format", .text("YAML"))]))
        }
        return text
    }

    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1, start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1; start = i + 1
        }
        return line
    }
}

/// Writes networks in any supported format, atomically.
public enum NetworkWriter {
    /// Writes `network` to `path` in `format` (inferred from the path when nil); `-` is standard output
    /// for the single-file formats.
    /// - Parameter relations: Pajek and UCINET DL only: one block (`*Arcs :k`) or matrix (`nm=k`) per
    ///   mechanism, which Pajek and UCINET read and python-igraph and NetworkX do not; by default one.
    /// - Returns: warnings for what the format cannot hold (e.g. functions in Pajek), each naming `path`;
    ///   empty for the lossless formats (YAML, JSON, CSV tables, Excel workbooks).
    /// - Parameter cells: the formula guard of the CSV formats (tables, edge list; ``FormulaGuard``).
    /// - Throws: ``OutputError`` when the format is unknown or the file cannot be written;
    ///   ``FormatError`` when GovNet's readers would refuse the file (``ReadBackCheck``): nothing is written.
    @discardableResult
    public static func write(_ network: Network, to path: String, format: NetworkFormat? = nil, relations: Bool = false,
                             cells: CSVCells = .guarded) throws -> [Diagnostic] {
        guard let format = format ?? NetworkFormat.infer(path: path) ?? (path.hasSuffix("/") ? .tables : nil) else {
            throw OutputError(path: path, reason: "cannot tell the output format from the file name", remedy: .nameOutputFormat(NetworkFormat.allCases))
        }
        let text: String
        var warnings: [Diagnostic] = []
        switch format {
        case .yaml: text = NetworkDocumentWriter.yaml(network)
        case .json: text = NetworkDocumentWriter.json(network)
        case .tables:
            try CSVTables.write(network, folder: path, cells: cells)
            return []
        case .xlsx:
            let (data, warnings) = try WorkbookWriter.network(network, file: path)
            if path == "-" { try StandardOutput.write(data) } else { try AtomicFile.write(data, to: path) }
            return warnings
        case .edgelist: (text, warnings) = EdgeListCSV.write(network, file: path, cells: cells)
        case .graphml: (text, warnings) = GraphMLFormat.write(network, file: path)
        case .gexf: (text, warnings) = GEXFFormat.write(network, file: path)
        case .pajek: (text, warnings) = PajekFormat.write(network, file: path, relations: relations)
        case .dl: (text, warnings) = UCINETDLWriter.write(network, file: path, relations: relations)
        case .dot: (text, warnings) = DOTWriter.write(network, file: path)
        case .nodelink: (text, warnings) = NodeLinkFormat.write(network, file: path)
        }
        try ReadBackCheck.check(text, format: format, departments: network.departments.count, path: path)
        if path == "-" {
            try StandardOutput.write(text)
        } else {
            try AtomicFile.write(text, to: path)
        }
        return warnings
    }
}
