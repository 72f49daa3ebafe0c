import GovNet
import GovNetGraphviz

/// What the explorer of a comparison report shows beyond the later network: the removed departments
/// (with their metrics and "what if it fails" in the earlier network), every tie of either version
/// (aligned onto the later departments) with its status, basis and source, where each later department
/// came from, and the overlay's layout, so before, after and the overlay keep every department in the
/// same place.
///
/// Definition of the department statuses: *added* (no predecessor), *merged* (two or more
/// predecessors), *split* (its one predecessor has two or more successors, the continuation included),
/// *renamed* (a one-to-one pair whose id or name changed, ``NetworkDiff/renamed``), *unchanged*
/// otherwise; the removed departments (no successor) are *removed*.
public struct ComparisonExplorer: Sendable {
    /// A tie of the overlay: the later network's tie when it has one (basis, source, phases), else the
    /// earlier network's tie that the aligned one comes from, on the aligned ends, with the aligned weight
    /// and basis.
    public struct OverlayEntry: Sendable {
        public var tie: Tie
        /// `added`, `removed`, `reweighted` or `unchanged` (as the static overlay).
        public var status: String
        public var inBefore: Bool
        public var inAfter: Bool
        /// The aligned earlier basis, when the tie is in both versions and its basis changed.
        public var basisBefore: Basis? = nil
    }

    /// The overlay's positions.
    public var layout: ExplorerLayout
    /// Status (`added`, `merged`, `split`, `renamed`, `unchanged`) of the later network's departments.
    public var status: [String: String]
    /// The earlier departments each merged, split or renamed later department comes from.
    public var predecessors: [String: [Department]]
    /// Departments of the earlier network without a successor.
    public var removed: [Department]
    public var ties: [OverlayEntry]
    /// The metrics of the removed departments in the earlier network (as `govnet metrics` on it).
    public var removedMetrics: NodeMetrics.Result?
    /// "What if it fails" of the removed departments in the earlier network (as `govnet simulate
    /// --remove` on it): department ids are the earlier network's.
    public var removedFailures: ExplorerFailures?
    /// The later department (or removed one) that stands for each earlier department in the explorer
    /// (``Alignment/primary(_:)``).
    public var standIn: [String: String]

    /// The explorer's view of a comparison, from the elements the overlay draws
    /// (``NetworkDiagram/comparisonElements(_:options:)``) and the overlay's pinned graph; the removed
    /// departments' metrics (`columns`, under `settings`) and failures are computed on the earlier network.
    /// - Complexity: O(n + m) beside the metrics, and O(r · (M + 1) · (n + m) + r · n · (n + m)) for
    ///   the failures of r removed departments.
    init(_ comparison: NetworkComparison, overlay: DOTGraph, options: DiagramOptions, settings: MetricSettings,
         columns: [String], center: String?) throws {
        let e = NetworkDiagram.comparisonElements(comparison, options: options)
        let alignment = comparison.alignment
        layout = ExplorerLayout(overlay)
        let split = Set(comparison.diff.split.flatMap(\.into)), renamed = Set(comparison.diff.renamed.map(\.to))
        var status: [String: String] = [:]
        var removedIDs: [String] = []
        for n in e.nodes {
            switch n.status {
            case .removed: removedIDs.append(n.id)
            case .unchanged where split.contains(n.id): status[n.id] = "split"
            case .unchanged where renamed.contains(n.id): status[n.id] = "renamed"
            default: status[n.id] = n.status.rawValue
            }
        }
        self.status = status
        let before = alignment.before
        var predecessors: [String: [Department]] = [:]
        for (id, s) in status where s != "added" && s != "unchanged" {
            predecessors[id] = (alignment.predecessors[id] ?? []).compactMap(before.department)
        }
        self.predecessors = predecessors
        removed = removedIDs.map { id in before.department(id) ?? Department(id: id, name: id) }
        var standIn: [String: String] = [:]
        for d in before.departments { standIn[d.id] = alignment.primary(d.id) }
        self.standIn = standIn
        if removedIDs.isEmpty {
            removedMetrics = nil
            removedFailures = nil
        } else {
            removedMetrics = try NodeMetrics.compute(before, settings: settings, metrics: columns)
            let c = center.flatMap { before.department($0) == nil ? nil : $0 }
            removedFailures = ExplorerFailures.compute(DiagnosisContext(network: before, center: c), only: Set(removedIDs))
        }
        // The earlier tie each aligned key comes from (the first in file order), for its source and phases.
        var earlier: [TieKey: Tie] = [:]
        for t in before.ties where t.from != t.to {
            let directed = before.isDirected(t)
            let us = alignment.mapping.successors[t.from].flatMap { $0.isEmpty ? nil : $0 } ?? [t.from]
            let vs = alignment.mapping.successors[t.to].flatMap { $0.isEmpty ? nil : $0 } ?? [t.to]
            for u in us {
                for v in vs where u != v {
                    let key = TieKey(from: u, to: v, mechanism: t.mechanism, directed: directed)
                    if earlier[key] == nil { earlier[key] = t }
                }
            }
        }
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
            let basisBefore = alignment.beforeTies.values[key]?.basis
            if let tie = later[key] {
                let changed = e.inBefore[k] && basisBefore != tie.basis
                return OverlayEntry(tie: tie, status: status, inBefore: e.inBefore[k], inAfter: e.inAfter[k], basisBefore: changed ? basisBefore : nil)
            }
            var tie = Tie(from: o.from, to: o.to, mechanism: o.mechanism ?? "", weight: weight)
            if let t = earlier[key] {
                tie.source = t.source
                tie.phases = t.phases
            }
            tie.basis = basisBefore
            tie.directed = o.directed
            return OverlayEntry(tie: tie, status: status, inBefore: e.inBefore[k], inAfter: e.inAfter[k])
        }
    }
}
