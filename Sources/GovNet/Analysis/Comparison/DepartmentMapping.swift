import Foundation

/// Which departments of an earlier network continue in which departments of a later one: pairs
/// `old id → new id`, many-to-one for a merger, one-to-many for a split.
///
/// Definition: read from a mapping file (``read(path:)``) — CSV with a header naming the columns
/// `from,to` and optionally `functions` (one row per pair; `functions` lists, separated by `;`, the
/// function ids — of either network — whose duties this row carries to the new department; other columns
/// are ignored), or YAML/JSON `{old: new}` / `{old: [new, …]}` / `{old: {new: [function ids], …}}`
/// (list items may also be `{to: new, functions: [function ids]}`) — or derived from the `formerly:` lists of the later network's departments
/// (``derived(before:after:afterFile:afterLines:)``). ``resolve(before:after:)`` then checks the ids
/// and completes the mapping with the identity: a department of the earlier network that the mapping
/// does not name continues the department with the same id when the later network has one, and is
/// removed otherwise.
///
/// References: the "formerly"/"successor" bookkeeping of panel network studies across organisational
/// change (e.g. Kapucu & Garayev 2011, doi:10.1080/01900692.2011.572223); no NetworkX or igraph
/// function corresponds — the nearest is `nx.relabel_nodes(G, mapping)` followed by
/// `nx.contracted_nodes` for merges, which this alignment generalises to splits.
public struct DepartmentMapping: Sendable, Hashable {
    /// One `old → new` pair and the 1-based line it came from (in ``file``), when known.
    public struct Pair: Sendable, Hashable {
        public var from: String
        public var to: String
        public var line: Int?
        /// The function ids (of either network) whose duties this pair carries (`nil`: no list — the
        /// pair carries whatever the department's other pairs do not name).
        public var functions: [String]?
        public init(from: String, to: String, line: Int? = nil, functions: [String]? = nil) {
            self.from = from
            self.to = to
            self.line = line
            self.functions = functions
        }
    }

    /// The pairs, duplicates removed, in source order.
    public var pairs: [Pair]
    /// The file the pairs were read from (the mapping file, or the later network for `formerly:`).
    public var file: String
    /// `mapping-file`, `formerly` or `identity`: where the mapping came from (recorded in settings).
    public var origin: String

    public init(pairs: [Pair], file: String, origin: String) {
        var seen = Set<String>()
        self.pairs = pairs.filter { seen.insert($0.from + "\u{0}" + $0.to).inserted }
        self.file = file
        self.origin = origin
    }

    /// Reads a mapping file: `.csv` as CSV, `.json` as JSON, `.yaml`/`.yml` as YAML; any other name
    /// is read as JSON when it starts with `{`, else as CSV.
    /// - Parameter path: the file.
    /// - Returns: the pairs with their line numbers.
    /// - Throws: ``MissingFileError`` when absent; ``FormatError`` (`FILE:LINE`) for a missing
    ///   `from,to` header, an empty id, a value that is neither an id nor a list of ids, or an empty list.
    /// - Complexity: O(size of the file).
    public static func read(path: String) throws -> DepartmentMapping {
        let bytes = try InputFile.bytes(path)
        let ext = (path as NSString).pathExtension.lowercased()
        let firstByte = bytes.drop(while: { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }).first
        switch ext {
        case "csv", "txt", "tsv": return try parseCSV(bytes, file: path)
        case "json": return try parseDocument(JSONDocumentReader.parse(bytes, file: path), file: path)
        case "yaml", "yml":
            guard let text = String(validating: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self) else {
                throw FormatError(file: path, Message("reader.csv.not-utf8"))
            }
            return try parseDocument(YAMLDocumentReader.parse(text, file: path), file: path)
        default:
            if firstByte == UInt8(ascii: "{") { return try parseDocument(JSONDocumentReader.parse(bytes, file: path), file: path) }
            return try parseCSV(bytes, file: path)
        }
    }

    /// Parses CSV text with a `from,to` header.
    static func parseCSV(_ bytes: [UInt8], file: String) throws -> DepartmentMapping {
        let records = try CSVReader.records(bytes, file: file)
        guard let header = records.first else { throw FormatError(file: file, line: 1, Message("reader.mapping.empty")) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let fi = names.firstIndex(of: "from"), let ti = names.firstIndex(of: "to") else {
            throw FormatError(file: file, line: header.line, Message("reader.mapping.header", [("found", .text(header.fields.joined(separator: ",")))]))
        }
        let fni = names.firstIndex(of: "functions")
        var pairs: [Pair] = []
        var errors: [Diagnostic] = []
        for r in records.dropFirst() {
            let from = r.fields.indices.contains(fi) ? r.fields[fi].trimmingCharacters(in: .whitespaces) : ""
            let to = r.fields.indices.contains(ti) ? r.fields[ti].trimmingCharacters(in: .whitespaces) : ""
            if from.isEmpty || to.isEmpty {
                errors.append(Diagnostic(.error, file: file, line: r.line, field: from.isEmpty ? "from" : "to",
                                         Message("reader.mapping.empty-id-row")))
                continue
            }
            var functions: [String]? = nil
            if let fni, r.fields.indices.contains(fni) {
                let ids = r.fields[fni].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if !ids.isEmpty { functions = ids }
            }
            pairs.append(Pair(from: from, to: to, line: r.line, functions: functions))
        }
        if !errors.isEmpty { throw FormatError(errors) }
        return DepartmentMapping(pairs: pairs, file: file, origin: "mapping-file")
    }

    /// Reads a `{old: new}` / `{old: [new, …]}` / `{old: {new: [function, …], …}}` document. The third
    /// form (and list items written `{to: new, functions: [function, …]}`) names the duties each
    /// successor took over, as the CSV's `functions` column does.
    static func parseDocument(_ root: DocNode?, file: String) throws -> DepartmentMapping {
        guard let root else { return DepartmentMapping(pairs: [], file: file, origin: "mapping-file") }
        guard case .object(let members) = root.value else {
            throw FormatError(file: file, line: root.line, Message("reader.mapping.expected-mapping", [("found", NetworkDocumentDecoder.kind(root)), ("shape", Self.shape(.mapping))]))
        }
        var pairs: [Pair] = []
        var errors: [Diagnostic] = []
        func id(_ node: DocNode) -> String? {
            if case .scalar(let s, _) = node.value {
                let t = s.trimmingCharacters(in: .whitespaces)
                return t.isEmpty ? nil : t
            }
            return nil
        }
        /// Function ids: one id or a list of ids; nil (with an error) otherwise.
        func functions(_ node: DocNode, key: String) -> [String]? {
            if case .null = node.value { return nil }
            if let one = id(node) { return [one] }
            if case .array(let items) = node.value {
                var out: [String] = []
                for item in items {
                    if let f = id(item) { out.append(f) } else {
                        errors.append(Diagnostic(.error, file: file, line: item.line, field: key, Message("reader.mapping.expected-function", [("found", NetworkDocumentDecoder.kind(item))])))
                    }
                }
                return out.isEmpty ? nil : out
            }
            errors.append(Diagnostic(.error, file: file, line: node.line, field: key, Message("reader.mapping.expected-functions", [("found", NetworkDocumentDecoder.kind(node))])))
            return nil
        }
        for (key, line, value) in members {
            switch value.value {
            case .scalar where id(value) != nil:
                pairs.append(Pair(from: key, to: id(value)!, line: value.line))
            case .array(let items) where !items.isEmpty:
                for item in items {
                    if let to = id(item) {
                        pairs.append(Pair(from: key, to: to, line: item.line))
                    } else if case .object(let fields) = item.value, let toField = fields.first(where: { $0.key == "to" }), let to = id(toField.value) {
                        for f in fields where f.key != "to" && f.key != "functions" {
                            errors.append(Diagnostic(.error, file: file, line: f.line, field: f.key, Message("reader.mapping.unknown-field", [("shape", Self.shape(.successor))])))
                        }
                        let fs = fields.first(where: { $0.key == "functions" }).flatMap { functions($0.value, key: key) }
                        pairs.append(Pair(from: key, to: to, line: item.line, functions: fs))
                    } else {
                        errors.append(Diagnostic(.error, file: file, line: item.line, field: key,
                                                 Message("reader.mapping.expected-successor", [("found", NetworkDocumentDecoder.kind(item)), ("shape", Self.shape(.successor))])))
                    }
                }
            case .object(let successors) where !successors.isEmpty:
                for (to, toLine, duties) in successors {
                    let t = to.trimmingCharacters(in: .whitespaces)
                    if t.isEmpty {
                        errors.append(Diagnostic(.error, file: file, line: toLine, field: key, Message("reader.mapping.empty-id")))
                        continue
                    }
                    pairs.append(Pair(from: key, to: t, line: toLine, functions: functions(duties, key: key)))
                }
            case .array, .object:
                errors.append(Diagnostic(.error, file: file, line: line, field: key,
                                         Message("reader.mapping.empty-list")))
            default:
                errors.append(Diagnostic(.error, file: file, line: value.line, field: key,
                                         Message("reader.mapping.expected-successors", [("found", NetworkDocumentDecoder.kind(value)), ("shape", Self.shape(.functions))])))
            }
        }
        if !errors.isEmpty { throw FormatError(errors) }
        return DepartmentMapping(pairs: pairs, file: file, origin: "mapping-file")
    }

    /// The mapping recorded in the later network: every id in a department's `formerly:` list maps to
    /// that department. (The identity of shared ids is added by ``resolve(before:after:)``.)
    /// - Parameters:
    ///   - before: the earlier network (unused ids are reported by ``resolve(before:after:)``).
    ///   - after: the later network, whose departments carry `formerly`.
    ///   - afterFile: its path, for messages.
    ///   - afterLines: the line of each department of `after` (``SourceMap/departmentLines``), if known.
    /// - Returns: the pairs (origin `formerly`, or `identity` when no department has a `formerly` list).
    /// - Complexity: O(total length of the `formerly` lists).
    public static func derived(before: Network, after: Network, afterFile: String = "<after>", afterLines: [Int?] = []) -> DepartmentMapping {
        var pairs: [Pair] = []
        for (i, d) in after.departments.enumerated() {
            for old in d.formerly { pairs.append(Pair(from: old, to: d.id, line: i < afterLines.count ? afterLines[i] : nil)) }
        }
        return DepartmentMapping(pairs: pairs, file: afterFile, origin: pairs.isEmpty ? "identity" : "formerly")
    }

    /// Checks every id and completes the mapping with the identity of shared ids.
    ///
    /// - Parameters:
    ///   - before: the earlier network.
    ///   - after: the later network.
    ///   - strict: whether ids unknown to either network are errors (mapping files) or are skipped
    ///     with a warning (`formerly:` lists may name departments of other, earlier networks).
    /// - Returns: the successors of every earlier department (in the later network's department
    ///   order; empty when removed) and the warnings.
    /// - Throws: ``FormatError`` listing every pair whose old id is not a department of `before` or
    ///   whose new id is not a department of `after`, at its `FILE:LINE` (when `strict`).
    /// - Complexity: O(p + n) for p pairs and n departments.
    public func resolve(before: Network, after: Network, strict: Bool? = nil, functionMapping: DepartmentMapping? = nil) throws -> ResolvedMapping {
        let strict = strict ?? (origin == "mapping-file")
        let beforeIDs = Set(before.departments.map(\.id)), afterIndex = after.departmentIndex
        var seenFunction = Set<String>()
        let functionOrder = (before.functions.map(\.id) + after.functions.map(\.id)).filter { seenFunction.insert($0).inserted }
        let knownFunctions = Set(functionOrder)
        var problems: [Diagnostic] = []
        var named: [String: Set<String>] = [:]
        var rows: [String: [ResolvedMapping.Row]] = [:]
        for p in pairs {
            var ok = true
            for f in p.functions ?? [] where !knownFunctions.contains(f) {
                problems.append(Diagnostic(.error, file: file, line: p.line, field: "functions",
                                           Message("reader.mapping.unknown-duty", [("function", .text(f)), ("hint", NearestName.suggestion(for: f, in: functionOrder).map(Vocabulary.didYouMean) ?? .empty)])))
                ok = false
            }
            if !beforeIDs.contains(p.from) {
                problems.append(Diagnostic(strict ? .error : .warning, file: file, line: p.line, field: "from",
                                           Message("reader.mapping.not-earlier-department", [("id", .text(p.from))])))
                ok = false
            }
            if afterIndex[p.to] == nil {
                problems.append(Diagnostic(strict ? .error : .warning, file: file, line: p.line, field: "to",
                                           Message("reader.mapping.not-later-department", [("id", .text(p.to))])))
                ok = false
            }
            if ok {
                named[p.from, default: []].insert(p.to)
                rows[p.from, default: []].append(ResolvedMapping.Row(to: p.to, functions: p.functions))
            }
        }
        if let swapped = swappedHint(before: beforeIDs, after: afterIndex, strict: strict), problems.contains(where: { $0.field == "from" || $0.field == "to" }) {
            problems.insert(swapped, at: 0)
        }
        if problems.contains(where: { $0.severity == .error }) && (strict || problems.contains { $0.field == "functions" }) {
            throw FormatError(problems)
        }
        let functionSuccessors = try Self.resolveFunctions(functionMapping, before: before, after: after)
        var successors: [String: [String]] = [:]
        for d in before.departments where successors[d.id] == nil {
            var set: Set<String>
            if origin == "mapping-file" {
                set = named[d.id] ?? (afterIndex[d.id] != nil ? [d.id] : [])
            } else {
                set = named[d.id] ?? []
                if afterIndex[d.id] != nil { set.insert(d.id) }
            }
            successors[d.id] = set.sorted { afterIndex[$0]! < afterIndex[$1]! }
            // Rows in mapping order; successors the mapping does not list (identity, `formerly`) follow.
            var listed = rows[d.id] ?? []
            for s in successors[d.id]! where !listed.contains(where: { $0.to == s }) { listed.append(ResolvedMapping.Row(to: s, functions: nil)) }
            rows[d.id] = listed.filter { successors[d.id]!.contains($0.to) }
        }
        return ResolvedMapping(successors: successors, warnings: problems, origin: origin,
                               rows: rows, functionSuccessors: functionSuccessors)
    }

    /// A hint that the mapping runs the wrong way: among the pairs that rename (old id ≠ new id), more
    /// than half of the old ids are departments of the later network and more than half of the new ids
    /// departments of the earlier one — its columns, or the two networks, are swapped. `nil` otherwise.
    /// - Complexity: O(p) for p pairs.
    func swappedHint(before: Set<String>, after: [String: Int], strict: Bool) -> Diagnostic? {
        let renames = pairs.filter { $0.from != $0.to }
        guard !renames.isEmpty else { return nil }
        let fromInAfter = renames.filter { after[$0.from] != nil && !before.contains($0.from) }.count
        let toInBefore = renames.filter { before.contains($0.to) && after[$0.to] == nil }.count
        guard fromInAfter * 2 > renames.count && toInBefore * 2 > renames.count else { return nil }
        return Diagnostic(strict ? .error : .warning, file: file, line: renames.first?.line, Message("reader.mapping.swapped", [
            ("fromShare", .percent(Double(fromInAfter) / Double(renames.count))), ("toShare", .percent(Double(toInBefore) / Double(renames.count))),
        ]))
    }

    /// Old function id → new function ids: the pairs of `functionMapping` (read like a department
    /// mapping, `from,to` = old function id, new function id), completed by the identity of shared ids;
    /// a function of the earlier network that is neither named nor kept has no successor.
    /// - Throws: ``FormatError`` listing every pair whose ids are not functions of the networks.
    static func resolveFunctions(_ functionMapping: DepartmentMapping?, before: Network, after: Network) throws -> [String: [String]] {
        let afterOrder = Dictionary(after.functions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let beforeIDs = Set(before.functions.map(\.id))
        var named: [String: [String]] = [:]
        var problems: [Diagnostic] = []
        for p in functionMapping?.pairs ?? [] {
            var ok = true
            if !beforeIDs.contains(p.from) {
                problems.append(Diagnostic(.error, file: functionMapping!.file, line: p.line, field: "from", Message("reader.mapping.not-earlier-function", [("id", .text(p.from))])))
                ok = false
            }
            if afterOrder[p.to] == nil {
                problems.append(Diagnostic(.error, file: functionMapping!.file, line: p.line, field: "to", Message("reader.mapping.not-later-function", [("id", .text(p.to))])))
                ok = false
            }
            if ok && !(named[p.from]?.contains(p.to) ?? false) { named[p.from, default: []].append(p.to) }
        }
        if !problems.isEmpty { throw FormatError(problems) }
        var out: [String: [String]] = [:]
        for f in before.functions where out[f.id] == nil {
            out[f.id] = named[f.id] ?? (afterOrder[f.id] != nil ? [f.id] : [])
        }
        return out
    }
}

/// A checked, complete mapping: the successors of every department of the earlier network.
public struct ResolvedMapping: Sendable, Hashable {
    /// Earlier id → later ids (in the later network's order); empty for a removed department.
    public var successors: [String: [String]]
    /// Pairs skipped because an id is unknown (only for `formerly:`-derived mappings).
    public var warnings: [Diagnostic]
    /// Where the mapping came from (`mapping-file`, `formerly`, `identity`).
    public var origin: String
    /// One successor of a department and the duties (earlier function ids) it carries (`nil`: no list).
    public struct Row: Sendable, Hashable {
        public var to: String
        public var functions: [String]?
        public init(to: String, functions: [String]?) {
            self.to = to
            self.functions = functions
        }
    }
    /// Earlier id → its successors in the order the mapping lists them, with the duties they carry.
    public var rows: [String: [Row]]
    /// Earlier function id → later function ids (identity of shared ids unless a function mapping says otherwise).
    public var functionSuccessors: [String: [String]]

    public init(successors: [String: [String]], warnings: [Diagnostic] = [], origin: String = "identity",
                rows: [String: [Row]]? = nil, functionSuccessors: [String: [String]] = [:]) {
        self.successors = successors
        self.warnings = warnings
        self.origin = origin
        self.rows = rows ?? successors.mapValues { $0.map { Row(to: $0, functions: nil) } }
        self.functionSuccessors = functionSuccessors
    }

    /// The successor that continues `id` as an organisation: the successor with the same id; else
    /// the only successor; else the first successor listed without a `functions` list (it carries the
    /// duties the other rows do not name); else the first listed. `nil` for a removed department.
    public func continuation(of id: String) -> String? {
        let r = rows[id] ?? []
        if r.contains(where: { $0.to == id }) { return id }
        if r.count == 1 { return r[0].to }
        return (r.first { $0.functions == nil } ?? r.first)?.to
    }

    /// The successors that took over `id`'s part in the earlier function `function`: those whose
    /// mapping row names the function (by its earlier id or the id of a later function continuing it);
    /// else the continuation (a duty no row names stays with it).
    public func dutyTargets(of id: String, function: String) -> [String] {
        let ids = Set([function] + functionTargets(function))
        let named = (rows[id] ?? []).filter { $0.functions?.contains(where: ids.contains) ?? false }.map(\.to)
        if !named.isEmpty { return named }
        return continuation(of: id).map { [$0] } ?? []
    }

    /// Whether any mapping row names the duties it carries.
    public var mapsFunctions: Bool { rows.values.contains { $0.contains { $0.functions != nil } } }

    /// The later function ids continuing an earlier function id (identity when no function mapping was given).
    public func functionTargets(_ id: String) -> [String] { functionSuccessors[id] ?? [id] }

    /// The identity mapping by id (the comparison "as recorded").
    public static func identity(before: Network, after: Network) -> ResolvedMapping {
        let afterIDs = Set(after.departments.map(\.id))
        var s: [String: [String]] = [:]
        for d in before.departments { s[d.id] = afterIDs.contains(d.id) ? [d.id] : [] }
        return ResolvedMapping(successors: s, origin: "identity")
    }
}

extension DepartmentMapping {
    /// The shapes a YAML mapping file's entries take, as messages show them in each language.
    enum Shape { case mapping, successor, functions }

    static func shape(_ s: Shape) -> MessageArgument {
        switch s {
        case .mapping: return .name(LocalizedName("{old id: new id or [new ids] or {new id: [function ids]}}",
                                                  chinese: "{原编号: 新编号、[新编号] 或 {新编号: [职能编号]}}"))
        case .successor: return .name(LocalizedName("{to: new id, functions: [function ids]}", chinese: "{to: 新编号, functions: [职能编号]}"))
        case .functions: return .name(LocalizedName("{new id: [function ids]}", chinese: "{新编号: [职能编号]}"))
        }
    }
}
