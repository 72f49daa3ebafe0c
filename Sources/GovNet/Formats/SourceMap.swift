/// Where each element of a network was read from, so validation can name the line of a bad tie.
public struct SourceMap: Sendable, Hashable {
    /// The file path as given.
    public var file: String
    /// File of departments, ties, functions and mechanisms when they differ from ``file`` (CSV tables).
    public var departmentFile: String?
    public var tieFile: String?
    public var functionFile: String?
    public var mechanismFile: String?
    /// Line of each department (parallel to ``Network/departments``).
    public var departmentLines: [Int?] = []
    /// Line of each tie (parallel to ``Network/ties``).
    public var tieLines: [Int?] = []
    /// Line of each function (parallel to ``Network/functions``).
    public var functionLines: [Int?] = []
    /// Line of each assignment, per function.
    public var assignmentLines: [[Int?]] = []
    /// Line of each declared mechanism.
    public var mechanismLines: [Int?] = []
    /// Synonyms the document added under `vocabulary` (``Vocabulary/Additions``), used while reading it.
    public var vocabulary: Vocabulary.Additions = [:]

    public init(file: String) { self.file = file }

    /// A map with no line information for a network built in code.
    public static func none(for network: Network, file: String = "<network>") -> SourceMap {
        var map = SourceMap(file: file)
        map.departmentLines = Array(repeating: nil, count: network.departments.count)
        map.tieLines = Array(repeating: nil, count: network.ties.count)
        map.functionLines = Array(repeating: nil, count: network.functions.count)
        map.assignmentLines = network.functions.map { Array(repeating: nil, count: $0.assignments.count) }
        map.mechanismLines = Array(repeating: nil, count: network.mechanisms.count)
        return map
    }
}
