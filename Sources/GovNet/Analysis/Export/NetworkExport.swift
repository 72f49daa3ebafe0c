import Foundation

/// The tidy tables of one network for notebooks and spreadsheets (`govnet export`): departments,
/// ties, network metrics, findings, functions and resilience curves, plus `tables.json` holding the
/// same rows and the settings used.
///
/// Pure computation: building an export prints nothing and touches no file; ``write(to:)`` writes
/// the files. Every byte is deterministic (sorted rows, 12 significant digits, no timestamps), so
/// committed exports can be checked for staleness by regenerating them and comparing bytes.
///
/// ```swift
/// let network = try NetworkReader.read(path: "networks/hubei-city-post-reform.yaml").network
/// let export = try NetworkExport(network: network, name: "hubei-city-post-reform")
/// export.table("departments")?.column("betweenness")   // one cell per department, sorted by id
/// try export.write(to: "notebooks-data/hubei-city-post-reform")
/// ```
public struct NetworkExport: Sendable {
    /// File names written by ``write(to:)``, in order.
    public static let fileNames = ["departments.csv", "ties.csv", "network.csv", "findings.csv", "functions.csv",
                                   "resilience.csv", "tables.json"]

    /// The network's name: the `network` column of the long tables and the folder name of the CLI.
    public let name: String
    /// The settings used.
    public let settings: ExportSettings
    /// The tables, in ``fileNames`` order: departments, ties, network, findings, functions, resilience.
    public let tables: [ExportTable]
    /// Metrics that could not be computed (`metric` or `metric@mechanism` → reason), sorted by key.
    public let notes: [(String, String)]
    /// Whether the all-mechanism view is directed.
    public let directed: Bool
    /// The coordinating department the diagnosis used.
    public let center: String?

    /// Computes every table of `network`.
    ///
    /// - Parameters:
    ///   - network: the network (validated; ties naming unknown departments are skipped by the graphs).
    ///   - name: the value of the `network` column (e.g. the file stem).
    ///   - settings: seeds, random runs, grouping, diagnosis thresholds.
    /// - Returns: the export.
    /// - Throws: ``AlgorithmError`` from the metrics engine (not expected with the fixed metric names).
    /// - Complexity: dominated by the node metrics per mechanism and the random-failure curves; well
    ///   under a second for the curated networks (≤ 100 departments).
    public init(network: Network, name: String, settings requested: ExportSettings = ExportSettings()) throws {
        var settings = requested
        settings.groupAttribute = DepartmentGroups.resolvedAttribute(requested.groupAttribute, for: network)
        var notes: [String: String] = [:]
        let context = DiagnosisContext(network: network, config: settings.diagnosis)
        let departments = try ExportTable.departments(of: network, settings: settings, notes: &notes)
        let ties = try ExportTable.ties(of: network, settings: settings)
        self.name = name
        self.settings = settings
        self.tables = [
            departments, ties,
            ExportTable.networkLevel(of: network, name: name, settings: settings),
            ExportTable.findings(Diagnosis.run(context), name: name),
            ExportTable.functions(of: network, name: name),
            ExportTable.resilience(of: network, name: name, settings: settings),
        ]
        self.notes = notes.sorted { exportOrder($0.key, $1.key) }.map { ($0.key, $0.value) }
        self.directed = NetworkGraph(network: network, view: .all).graph.isDirected
        self.center = context.center
    }

    /// The table with this name (`departments`, `ties`, `network`, `findings`, `functions`, `resilience`).
    public func table(_ name: String) -> ExportTable? { tables.first { $0.name == name } }

    /// `tables.json`: `{"name", "settings", "notes", "departments": [...], "ties": [...], "network": [...], …}` — the
    /// same rows as the CSV files (numbers rounded alike, `null` for NaN, text not formula-escaped).
    public var jsonValue: JSONValue {
        .object([
            ("name", .string(name)),
            ("settings", settings.jsonValue(directed: directed, center: center)),
            ("notes", .object(notes.map { ($0.0, .string($0.1)) })),
        ] + tables.map { ($0.name, $0.jsonValue) })
    }

    /// The files of the export: (file name, text), in ``fileNames`` order.
    public var files: [(name: String, text: String)] { files(.guarded) }

    /// The files with the CSV text cells under the formula guard `cells` (``FormulaGuard``).
    public func files(_ cells: CSVCells) -> [(name: String, text: String)] {
        tables.map { ("\($0.name).csv", $0.csv(cells)) } + [("tables.json", jsonValue.rendered())]
    }

    /// Writes every file into `directory` (created if needed), each atomically (temporary file, then
    /// rename): an interrupted run leaves each file either old or new, never half-written.
    /// - Parameter directory: the folder, e.g. `out/hubei-city-post-reform`.
    /// - Returns: the paths written.
    /// - Throws: ``OutputError`` when the folder or a file cannot be written.
    @discardableResult
    /// - Parameter byteOrderMark: start each CSV with a UTF-8 byte-order mark, so Excel reads Chinese
    ///   text as UTF-8 (`govnet export --excel`; govnet's readers skip the mark).
    public func write(to directory: String, cells: CSVCells = .guarded, byteOrderMark: Bool = false) throws -> [String] {
        try ExportFiles.write(files(cells), to: directory, byteOrderMark: byteOrderMark)
    }
}

/// Writing a set of export files into a folder.
public enum ExportFiles {
    /// The UTF-8 byte-order mark that tells Excel a CSV file is UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// Creates `directory` and writes each (name, text) into it atomically.
    /// - Returns: the paths written.
    /// - Throws: ``OutputError``.
    public static func write(_ files: [(name: String, text: String)], to directory: String, byteOrderMark: Bool = false) throws -> [String] {
        try AtomicFile.makeFolder(directory)
        var written: [String] = []
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file.name)
            try AtomicFile.write(byteOrderMark && file.name.hasSuffix(".csv") ? ExportFiles.byteOrderMark + file.text : file.text, to: path)
            written.append(path)
        }
        return written
    }
}
