/// Whether Graphviz can draw a graph with `splines=curved` in reasonable time, measured on the graph
/// before Graphviz starts.
///
/// Graphviz (2.42 on) bends each curved edge towards the centroid of the shortest cycle through it
/// (`get_cycle_centroid` in lib/common/routespl.c). It first lists every simple cycle of the graph
/// (`find_all_cycles`): a depth-first search from each node in turn along the edges as written
/// (tail → head, each parallel edge followed), which looks every node up in the current path
/// (`vec_contains`) and compares each cycle it closes with every cycle kept so far
/// (`is_cycle_unique`); then, for each edge, it scans the kept cycles. The work is
///
///     Σ over search steps of the path length + Σ over closed cycles of the cycles kept so far
///     + edges × cycles kept
///
/// and grows exponentially with the graph's density, not with its size: random directed networks of
/// 40 departments and 80 ties take 0.1–1 s, of 40 and 100 more than 5 minutes, of 50 and 125 over 40 s.
/// ``estimate(_:limit:)`` counts this work exactly, with the same search in the same node order
/// (a cycle is kept when it is first closed: from its earliest node), and stops as soon as the count
/// passes the limit, so the estimate costs a bounded fraction of what Graphviz would spend.
///
/// ``limit`` is calibrated by rendering generated networks (docs/graphviz.md): about 330 million
/// units per second of Graphviz time, so the limit keeps curved routing to about a second.
public enum CurvedRoutingBudget {
    /// Units of work of Graphviz's cycle search allowed before `curved` falls back to straight edges.
    public static let limit = 300_000_000

    /// The estimated work of Graphviz's curved routing of `graph` (the nodes and edges of the graph
    /// and its subgraphs, in writing order), or nil when it exceeds `limit`.
    /// - Complexity: O(min(limit, work) / mean path length + nodes + edges) time, O(nodes + edges) memory.
    public static func estimate(_ graph: DOTGraph, limit: Int = CurvedRoutingBudget.limit) -> Int? {
        var index: [String: Int] = [:]
        func id(_ name: String) -> Int {
            if let i = index[name] { return i }
            index[name] = index.count
            return index.count - 1
        }
        // Graphviz creates nodes in the order the DOT text names them: declared nodes, then subgraphs'
        // nodes, then edges' ends.
        var edges: [(Int, Int)] = []
        func nodes(_ ns: [DOTNode], _ subs: [DOTSubgraph]) {
            for n in ns { _ = id(n.id) }
            for s in subs { nodes(s.nodes, s.subgraphs) }
        }
        func collectEdges(_ es: [DOTEdge], _ subs: [DOTSubgraph]) {
            for s in subs { collectEdges(s.edges, s.subgraphs) }
            for e in es { edges.append((id(e.from), id(e.to))) }
        }
        nodes(graph.nodes, graph.subgraphs)
        collectEdges(graph.edges, graph.subgraphs)
        let n = index.count
        var out = [[Int]](repeating: [], count: n)
        for (a, b) in edges { out[a].append(b) }
        var work = 0, kept = 0
        var onPath = [Bool](repeating: false, count: n)
        var stack: [(node: Int, next: Int)] = []
        for start in 0..<n {
            onPath[start] = true
            stack.append((start, 0))
            var earlier = 0          // nodes on the path that come before `start`
            while let top = stack.last {
                if top.next == out[top.node].count {
                    onPath[top.node] = false
                    if top.node < start { earlier -= 1 }
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let head = out[top.node][top.next]
                work += stack.count
                if onPath[head] {
                    if head == start {
                        work += kept
                        if earlier == 0 { kept += 1 }
                    }
                } else {
                    onPath[head] = true
                    if head < start { earlier += 1 }
                    stack.append((head, 0))
                }
                if work > limit { return nil }
            }
        }
        let scan = edges.count.multipliedReportingOverflow(by: kept)
        guard !scan.overflow, work <= limit - scan.partialValue else { return nil }
        return work + scan.partialValue
    }
}
