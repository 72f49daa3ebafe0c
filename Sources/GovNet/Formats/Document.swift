/// A parsed YAML or JSON document with source positions: the common tree both readers produce,
/// so one decoder turns either into a ``Network`` with line numbers in every error.
public struct DocNode: Sendable {
    public enum Value: Sendable {
        case null
        /// A scalar's text; `quoted` when the source quoted it (then it is always text, never a number).
        case scalar(String, quoted: Bool)
        case array([DocNode])
        /// Keys in source order (duplicates kept so the decoder can report them).
        case object([(key: String, line: Int, value: DocNode)])
    }
    public var value: Value
    /// 1-based line of the node's start.
    public var line: Int
    /// 1-based column of the node's start.
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// A short name of the node's kind for error messages ("a mapping", "a list", …).
    public var kindName: String {
        switch value {
        case .null: return "nothing (null)"
        case .scalar: return "a single value"
        case .array: return "a list"
        case .object: return "a mapping"
        }
    }
}

/// Limits that keep hostile documents (alias bombs, deep nesting) within bounded time and memory.
public enum DocumentLimits {
    /// Maximum nesting depth of lists and mappings.
    public static let maxDepth = 64
    /// Maximum number of nodes after alias expansion.
    public static let maxNodes = 5_000_000
    /// Maximum number of nodes of a JSON document (values and keys, a text one more per 16 bytes):
    /// the JSON reader's tree takes about 100 bytes of memory per node (a 14 MB file of 200,000 ties,
    /// 1.8 million nodes, was read in 175 MB), so about 1 GB — YAML's 5,000,000 nodes at 190 bytes each.
    public static let maxJSONNodes = 10_000_000
    /// Nodes a document of `byteCount` bytes may expand to: 10,000 plus two per byte, at most
    /// ``maxNodes``. A document without aliases has at most about one node per byte, so only alias
    /// expansion (a "billion laughs" bomb) can exceed it, and a small bomb is refused after a few
    /// ten thousand nodes instead of five million (libFuzzer found 100,000 too slow in debug builds).
    public static func nodeBudget(byteCount: Int) -> Int {
        min(maxNodes, 10_000 + 2 * byteCount)
    }
}
