/// Builds the warnings a writer returns for what its format cannot hold, as catalogue messages
/// (`writer.*`), so `govnet convert --lang zh` prints them in Chinese.
struct LossReport {
    let file: String
    /// The format as the warnings name it (`writer.format.*`).
    let format: Message
    var diagnostics: [Diagnostic] = []

    /// A report for a format with a proper name (`GEXF`, `Pajek`, `UCINET DL`).
    init(file: String, format: String) {
        self.file = file
        self.format = Message("writer.format.named", [("name", .text(format))])
    }

    /// A report for an edge list (named in words, not by a proper name).
    init(edgeListFile file: String) {
        self.file = file
        self.format = Message("writer.format.edgelist")
    }

    /// Adds one warning when `count > 0`: "FORMAT cannot hold WHAT (COUNT …); not written". `what` is a
    /// `writer.lost.*` key, `unit` a `writer.unit.*` key.
    mutating func lost(_ what: String, count: Int, unit: String) {
        guard count > 0 else { return }
        diagnostics.append(Diagnostic(.warning, file: file, Message("writer.lost", [
            ("format", .message(format)), ("what", .message(Message("writer.lost.\(what)"))),
            ("count", .message(Message("writer.unit.\(unit)", [("n", .count(count))])))])))
    }

    mutating func note(_ message: Message) {
        diagnostics.append(Diagnostic(.warning, file: file, message))
    }

    /// Warnings for the parts of `net` outside nodes and ties: metadata, mechanism names, functions.
    mutating func networkLevel(_ net: Network, keepsMetadata: Bool, keepsMechanisms: Bool, keepsFunctions: Bool) {
        if !keepsMetadata {
            lost("metadata", count: NetworkDocumentWriter.metadataPairs(net.metadata).count, unit: "field")
        }
        if !keepsMechanisms {
            lost("mechanism-names", count: net.mechanisms.filter { $0.name != $0.id || $0.nameZh != nil }.count, unit: "mechanism")
        }
        if !keepsFunctions { lost("functions", count: net.functions.count, unit: "function") }
    }

    /// Warnings for department fields other than the id.
    mutating func departmentFields(_ net: Network, keepsName: Bool) {
        if !keepsName { lost("department-names", count: net.departments.filter { $0.name != $0.id }.count, unit: "department") }
        lost("names-by-language", count: net.departments.filter { !$0.names.isEmpty }.count, unit: "department")
        lost("kinds", count: net.departments.filter { $0.kind != nil }.count, unit: "department")
        lost("levels", count: net.departments.filter { $0.level != nil }.count, unit: "department")
        lost("formerly", count: net.departments.filter { !$0.formerly.isEmpty }.count, unit: "department")
        lost("department-attributes", count: net.departments.filter { !$0.attributes.isEmpty }.count, unit: "department")
    }

    /// Warnings for tie fields other than ends, mechanism, weight and direction.
    mutating func tieFields(_ net: Network) {
        lost("bases", count: net.ties.filter { $0.basis != nil }.count, unit: "tie")
        lost("tie-attributes", count: net.ties.filter { !$0.attributes.isEmpty }.count, unit: "tie")
    }
}
