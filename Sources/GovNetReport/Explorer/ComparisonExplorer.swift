import GovNet
import GovNetGraphviz

/// What the explorer of a comparison report shows beyond the later network: the removed departments,
/// every tie of either version (aligned onto the later departments) with its status, and the overlay's
/// layout, so before, after and the overlay keep every department in the same place.
public struct ComparisonExplorer: Sendable {
    /// A tie of the overlay: the later network's tie when it has one (basis, source, phases), else the
    /// aligned earlier tie's key and weight.
    public struct OverlayEntry: Sendable {
        public var tie: Tie
        /// `added`, `removed`, `reweighted` or `unchanged` (as the static overlay).
        public var status: String
        public var inBefore: Bool
        public var inAfter: Bool
    }

    /// The overlay's positions.
    public var layout: ExplorerLayout
    /// Status (`added`, `merged`, `unchanged`) of the later network's departments.
    public var status: [String: String]
    /// Departments of the earlier network without a successor.
    public var removed: [Department]
    public var ties: [OverlayEntry]

    /// The explorer's view of a comparison, from the elements the overlay draws
    /// (``NetworkDiagram/comparisonElements(_:options:)``) and the overlay's pinned graph.
    /// - Complexity: O(n + m).
    init(_ comparison: NetworkComparison, overlay: DOTGraph, options: DiagramOptions) {
        let e = NetworkDiagram.comparisonElements(comparison, options: options)
        layout = ExplorerLayout(overlay)
        var status: [String: String] = [:]
        var removedIDs: [String] = []
        for n in e.nodes {
            if n.status == .removed { removedIDs.append(n.id) } else { status[n.id] = n.status.rawValue }
        }
        self.status = status
        let before = comparison.alignment.before
        removed = removedIDs.map { id in before.department(id) ?? Department(id: id, name: id) }
        var later: [TieKey: Tie] = [:]
        let after = comparison.alignment.after
        for t in after.ties {
            let key = TieKey(from: t.from, to: t.to, mechanism: t.mechanism, directed: after.isDirected(t))
            if later[key] == nil { later[key] = t }
        }
        ties = e.ties.indices.map { k in
            let o = e.ties[k]
            let status: String
            var weight = 1.0
            switch o.status {
            case .added: status = "added"
            case .removed: status = "removed"
            case .unchanged: status = "unchanged"
            case .reweighted(let b, let a): status = "reweighted"; weight = e.inAfter[k] ? a : b
            }
            let key = TieKey(from: o.from, to: o.to, mechanism: o.mechanism ?? "", directed: o.directed)
            var tie = later[key] ?? Tie(from: o.from, to: o.to, mechanism: o.mechanism ?? "", weight: weight)
            if later[key] == nil { tie.directed = o.directed }
            return OverlayEntry(tie: tie, status: status, inBefore: e.inBefore[k], inAfter: e.inAfter[k])
        }
    }
}
