import Foundation
@testable import GovNet

/// One graph of `cohesionReferenceJSON` with the NetworkX values computed for it (see that file for
/// the generating script). Node `i` of the graph is node `i` of NetworkX's relabelled graph.
struct ReferenceCase: Decodable, Sendable, CustomStringConvertible {
    let name: String
    let nodeCount: Int
    let directed: Bool
    /// `[source, target, weight]`.
    let edges: [[Double]]
    let groups: [Int32]
    /// metric → [unweighted values, weighted values] per node (`nil` = NaN).
    let node: [String: [[Double?]]]
    let nodeConnectivity: Int
    let edgeConnectivity: Int
    /// `[min, max, redundancy]` per unordered pair.
    let redundancy: [[Int]]
    /// `[s, t, local node connectivity, local edge connectivity]` for sample pairs.
    let local: [[Int]]

    var description: String { name }

    func graph(weighted: Bool) -> Graph {
        Graph(nodeCount: nodeCount, edges: edges.map { (Int32($0[0]), Int32($0[1])) },
              weights: weighted ? edges.map { $0[2] } : nil, directed: directed)
    }

    /// Expected values of a node metric (NaN for `nil`).
    func expected(_ metric: String, weighted: Bool) -> [Double]? {
        node[metric].map { $0[weighted ? 1 : 0].map { $0 ?? .nan } }
    }

    static let all: [ReferenceCase] = {
        // swiftlint:disable:next force_try
        try! JSONDecoder().decode([ReferenceCase].self, from: Data(cohesionReferenceJSON.utf8))
    }()

    static func named(_ name: String) -> ReferenceCase { all.first { $0.name == name }! }
    static var names: [String] { all.map(\.name) }
}
