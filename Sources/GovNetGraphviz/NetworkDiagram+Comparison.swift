import GovNet

extension NetworkDiagram {
    /// The drawings of a before/after comparison: the overlay of the union and the two side-by-side
    /// panels, every department at the same place in all three.
    ///
    /// Definition: departments of the later network (status *added* when they have no predecessor,
    /// *merged* — labelled with their predecessors — when they have several, else *unchanged*, labelled
    /// "split from X", "duties partly to Y" or "formerly X" when they continue a split or renamed
    /// department) and the
    /// removed departments of the earlier one (*removed*); one overlay tie per tie key of the aligned
    /// comparison (``NetworkDiff``): *added*, *removed*, *reweighted* (combined weights differ) or
    /// *unchanged* (a re-based tie with the same weight is drawn unchanged; its change is in the tables).
    /// The overlay is ``overlay(nodes:ties:options:)``; the panels are the same pinned graph with only
    /// the ties present before (aligned) or after, keeping their overlay styles, and without the legend.
    /// - Parameters:
    ///   - comparison: the comparison.
    ///   - options: layout, font, legend and title (as ``overlay(nodes:ties:options:)``).
    /// - Returns: the overlay and the two panels (pinned; render with any engine, e.g.
    ///   `GraphvizRenderer.render(dot: DiagramDOTWriter.write(g), layout: .neato, format: .svg)`).
    /// - Throws: ``RenderError`` when the layout fails.
    /// - Complexity: one layout plus O(n + m).
    public static func comparison(_ comparison: NetworkComparison, options: DiagramOptions = DiagramOptions())
        throws -> (overlay: DOTGraph, before: DOTGraph, after: DOTGraph) {
        let e = comparisonElements(comparison, options: options)
        let overlay = try NetworkDiagram.overlay(nodes: e.nodes, ties: e.ties, options: options)
        func panel(_ keep: Set<String>, _ title: String) -> DOTGraph {
            var g = overlay
            g.edges = g.edges.filter { $0.attributes["id"].map(keep.contains) ?? false }
            g.subgraphs = g.subgraphs.filter { $0.name != "cluster_legend" }
            g.graphAttributes["label"] = title
            g.graphAttributes["labelloc"] = "t"
            return g
        }
        let ids = { (keep: [Bool]) in Set(keep.indices.filter { keep[$0] }.map { "e\($0)" }) }
        return (overlay, panel(ids(e.inBefore), "Before (aligned onto the later departments)"), panel(ids(e.inAfter), "After"))
    }

    /// The departments and ties ``comparison(_:options:)`` draws, with their statuses: the later
    /// network's departments then the removed ones, one tie per tie key (sorted), and for each tie
    /// whether the earlier (aligned) and the later version have it. The report's explorer shows the same.
    /// - Complexity: O(n + m log m).
    public static func comparisonElements(_ comparison: NetworkComparison, options: DiagramOptions = DiagramOptions())
        -> (nodes: [OverlayNode], ties: [OverlayTie], inBefore: [Bool], inAfter: [Bool]) {
        let a = comparison.alignment, diff = comparison.diff
        let merged = Set(diff.merged.map(\.into)), added = Set(a.added)
        func text(_ d: Department) -> String {
            switch options.label {
            case .id: return d.id
            case .name: return d.name
            case .language(let l): return d.label(language: l)
            }
        }
        var nodes: [OverlayNode] = []
        for d in a.after.departments {
            let status: NodeStatus = added.contains(d.id) ? .added : merged.contains(d.id) ? .merged : .unchanged
            var label = text(d)
            let from = a.predecessors[d.id] ?? []
            if status == .merged {
                label += " (merged: \(from.joined(separator: ", ")))"
            } else if let old = from.first, from.count == 1, let successors = a.mapping.successors[old], successors.count > 1 {
                label += old == d.id ? " (duties partly to \(successors.filter { $0 != old }.joined(separator: ", ")))" : " (split from \(old))"
            } else if let old = from.first, from.count == 1, old != d.id {
                label += " (formerly \(old))"
            }
            nodes.append(OverlayNode(id: d.id, label: label, status: status))
        }
        for id in a.removed {
            nodes.append(OverlayNode(id: id, label: a.before.department(id).map(text) ?? id, status: .removed))
        }
        var ties: [OverlayTie] = []
        var inBefore: [Bool] = [], inAfter: [Bool] = []
        let changes = diff.tiesAdded + diff.tiesRemoved + diff.tiesReweighted + diff.tiesRebased + diff.tiesUnchanged
        var seen = Set<TieKey>()
        for ch in changes.sorted(by: { $0.key < $1.key }) where seen.insert(ch.key).inserted {
            let status: TieStatus
            switch (ch.before, ch.after) {
            case let (.some(x), .some(y)):
                status = abs(x.weight - y.weight) > 1e-12 * max(1, x.weight, y.weight) ? .reweighted(before: x.weight, after: y.weight) : .unchanged
            case (.some, nil): status = .removed
            default: status = .added
            }
            inBefore.append(ch.before != nil)
            inAfter.append(ch.after != nil)
            ties.append(OverlayTie(from: ch.key.from, to: ch.key.to, status: status, mechanism: ch.key.mechanism, directed: ch.key.directed))
        }
        return (nodes, ties, inBefore, inAfter)
    }
}
