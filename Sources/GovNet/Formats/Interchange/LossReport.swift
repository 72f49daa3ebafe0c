/// Builds the warnings a writer returns for what its format cannot hold.
struct LossReport {
    let file: String
    let format: String
    var diagnostics: [Diagnostic] = []

    init(file: String, format: String) {
        self.file = file
        self.format = format
    }

    /// Adds one warning when `count > 0`: "FORMAT cannot hold WHAT (COUNT …); not written".
    mutating func lost(_ what: String, count: Int, unit: String) {
        guard count > 0 else { return }
        diagnostics.append(Diagnostic(.warning, file: file, message: "\(format) cannot hold \(what) (\(count) \(unit)\(count == 1 ? "" : "s")); not written"))
    }

    mutating func note(_ message: String) {
        diagnostics.append(Diagnostic(.warning, file: file, message: message))
    }

    /// Warnings for the parts of `net` outside nodes and ties: metadata, mechanism names, functions.
    mutating func networkLevel(_ net: Network, keepsMetadata: Bool, keepsMechanisms: Bool, keepsFunctions: Bool) {
        if !keepsMetadata {
            lost("the network's metadata", count: NetworkDocumentWriter.metadataPairs(net.metadata).count, unit: "field")
        }
        if !keepsMechanisms {
            lost("mechanism names", count: net.mechanisms.filter { $0.name != $0.id || $0.nameZh != nil }.count, unit: "mechanism")
        }
        if !keepsFunctions { lost("functions (responsibilities)", count: net.functions.count, unit: "function") }
    }

    /// Warnings for department fields other than the id.
    mutating func departmentFields(_ net: Network, keepsName: Bool) {
        if !keepsName { lost("department names", count: net.departments.filter { $0.name != $0.id }.count, unit: "department") }
        lost("department names by language", count: net.departments.filter { !$0.names.isEmpty }.count, unit: "department")
        lost("department kinds", count: net.departments.filter { $0.kind != nil }.count, unit: "department")
        lost("department levels", count: net.departments.filter { $0.level != nil }.count, unit: "department")
        lost("former ids (formerly)", count: net.departments.filter { !$0.formerly.isEmpty }.count, unit: "department")
        lost("department attributes", count: net.departments.filter { !$0.attributes.isEmpty }.count, unit: "department")
    }

    /// Warnings for tie fields other than ends, mechanism, weight and direction.
    mutating func tieFields(_ net: Network) {
        lost("tie bases (basis)", count: net.ties.filter { $0.basis != nil }.count, unit: "tie")
        lost("tie attributes", count: net.ties.filter { !$0.attributes.isEmpty }.count, unit: "tie")
    }
}
