/// Why an algorithm gives no result. Callers (the CLI, reports) show the reason instead of numbers.
public enum AlgorithmError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An iterative method (power iteration for eigenvector centrality, PageRank, Katz, HITS) did not
    /// reach its tolerance within the allowed iterations.
    case notConverged(algorithm: String, iterations: Int)
    /// The metric is not defined on this graph (e.g. eigenvector centrality of a graph with no edges).
    case undefined(algorithm: String, reason: String)
    /// An argument is outside what the algorithm accepts (e.g. a root department not in the graph).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .notConverged(let a, let n): return "\(a) did not converge in \(n) iterations"
        case .undefined(let a, let r): return "\(a) is undefined: \(r)"
        case .invalidArgument(let s): return s
        }
    }
}
