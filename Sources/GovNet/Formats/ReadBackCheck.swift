/// What every network writer checks before it writes: that GovNet's own readers will read the file
/// back. A file `convert` wrote and `validate` refuses would be data lost in a format's limits.
///
/// The checks are the readers' own, applied to the text about to be written: the file size
/// (``InputFile/maxBytes``), YAML's node limit (``YAMLAliasBudget``, the pass the YAML reader makes
/// before it composes), the XML token limit of GraphML and GEXF (``SafeXML/longestToken(_:)``) and the
/// declared node count of Pajek and UCINET DL (``InterchangeLimits``), the fields of a CSV record
/// (``CSVReader/maxFields``), the nodes of a JSON document (``JSONDocumentReader/nodeCount(_:limit:)``).
/// DOT has no limit beyond the size.
enum ReadBackCheck {
    /// Throws when the readers would refuse `text` as `format`.
    /// - Parameters:
    ///   - departments: the number of departments, which Pajek and DL declare in their header.
    /// - Throws: ``FormatError`` naming `path`, the limit and the formats that hold the network.
    /// - Complexity: O(n) in the text; the YAML pass runs only on texts of more than
    ///   ``DocumentLimits/maxNodes`` bytes (a node of the written YAML takes at least 1.5 bytes, so a
    ///   shorter text stays inside the limit).
    static func check(_ text: String, format: NetworkFormat, departments: Int, path: String) throws {
        let bytes = text.utf8.count
        let instead = "write it as \(format == .yaml ? "JSON or CSV tables" : "YAML, JSON or CSV tables")"
        let remedy = ErrorRemedy.writeAs(format == .yaml ? [.json, .tables] : [.yaml, .json, .tables])
        if bytes > InputFile.maxBytes {
            throw FormatError(file: path, "the \(format.rawValue) file would be \(bytes) bytes, more than the \(InputFile.maxBytes) bytes GovNet reads (docs/limits.md); nothing written")
        }
        switch format {
        case .yaml where bytes > DocumentLimits.maxNodes:
            let limit = DocumentLimits.nodeBudget(byteCount: bytes)
            if YAMLAliasBudget.firstExcess(text, limit: limit) != nil {
                throw FormatError(file: path, "cannot write this network as YAML: \(YAMLDocumentReader.tooManyNodes(limit)); nothing written — \(instead)", remedy: remedy)
            }
        case .json where bytes > DocumentLimits.maxJSONNodes, .nodelink where bytes > DocumentLimits.maxJSONNodes:
            // A node takes at least one byte of the text: a shorter text stays inside the limit.
            if JSONDocumentReader.nodeCount(Array(text.utf8)) > DocumentLimits.maxJSONNodes {
                throw FormatError(file: path, "cannot write this network as JSON: \(JSONDocumentReader.tooManyNodes()); nothing written — write it as CSV tables or an edge list (--to tables, --to edgelist)")
            }
        case .graphml, .gexf:
            if let long = SafeXML.longestToken(Array(text.utf8)), long.length > SafeXML.maxTokenBytes {
                throw FormatError(file: path, "cannot write this network as \(format == .gexf ? "GEXF" : "GraphML"): it would hold \(SafeXML.tokenTooLong(long.length)); nothing written")
            }
        case .tables, .edgelist:
            // The reader's own record check on the header (every record of a table has its fields).
            struct Stop: Error {}
            do {
                try CSVReader.forEachRecord(Array(text.utf8), file: path) { _ in throw Stop() }
            } catch is Stop {
            } catch let e as FormatError {
                let reason = e.diagnostics.first?.message ?? "\(e)"
                throw FormatError(file: path, "cannot write this table: the CSV reader would refuse it (\(reason), docs/limits.md); nothing written — write YAML or JSON")
            }
        case .pajek, .dl:
            if let problem = InterchangeLimits.checkDeclaredNodes(departments, fileSize: bytes, what: "the \(format == .dl ? "DL" : "Pajek") file") {
                throw FormatError(file: path, "cannot write this network: \(problem) (docs/limits.md); nothing written — \(instead)", remedy: remedy)
            }
        default:
            break
        }
    }
}
