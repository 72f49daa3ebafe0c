extension Centrality {
    /// The degree of every node, as NetworkX `G.degree`: the number of neighbours on an undirected
    /// graph, in-degree + out-degree on a directed one (a pair tied both ways counts twice).
    ///
    /// Not normalised (NetworkX `degree_centrality` divides by n − 1). Parallel ties were combined
    /// and self-loops dropped when the ``Graph`` was built, so this is the degree of the simple graph.
    ///
    /// Example: in the star with centre a and leaves b, c, d: `[3, 1, 1, 1]`.
    /// - Returns: one value per node index; empty for the empty graph.
    /// - Complexity: O(n).
    ///
    /// References: L. C. Freeman, "Centrality in social networks: conceptual clarification",
    /// Social Networks 1(3):215–239, 1979, doi:10.1016/0378-8733(78)90021-7. Matches NetworkX
    /// `G.degree` and igraph `igraph_degree(mode=ALL)`.
    public static func degree(of graph: Graph) -> [Double] {
        (0..<graph.nodeCount).map { v in
            Double(graph.isDirected ? graph.outDegree(v) + graph.inDegree(v) : graph.outDegree(v))
        }
    }

    /// The in-degree of every node (number of arcs into it), as NetworkX `G.in_degree`; on an
    /// undirected graph, the degree.
    /// - Returns: one value per node index.
    /// - Complexity: O(n).
    ///
    /// References: Freeman 1979 (see ``degree(of:)``). Matches NetworkX `DiGraph.in_degree` and
    /// igraph `igraph_degree(mode=IN)`.
    public static func inDegree(of graph: Graph) -> [Double] {
        (0..<graph.nodeCount).map { Double(graph.inDegree($0)) }
    }

    /// The out-degree of every node (number of arcs out of it), as NetworkX `G.out_degree`; on an
    /// undirected graph, the degree.
    /// - Returns: one value per node index.
    /// - Complexity: O(n).
    ///
    /// References: Freeman 1979 (see ``degree(of:)``). Matches NetworkX `DiGraph.out_degree` and
    /// igraph `igraph_degree(mode=OUT)`.
    public static func outDegree(of graph: Graph) -> [Double] {
        (0..<graph.nodeCount).map { Double(graph.outDegree($0)) }
    }

    /// The strength (weighted degree) of every node, as NetworkX `G.degree(weight="weight")`: the sum
    /// of the weights of its ties, over in- and out-arcs on a directed graph. On an unweighted graph
    /// every weight is 1 and strength equals ``degree(of:)``.
    /// - Returns: one value per node index; 0 for isolated nodes.
    /// - Complexity: O(n + m).
    ///
    /// References: A. Barrat, M. Barthélemy, R. Pastor-Satorras and A. Vespignani, "The architecture
    /// of complex weighted networks", PNAS 101(11):3747–3752, 2004, doi:10.1073/pnas.0400087101.
    /// Matches NetworkX `G.degree(weight="weight")` and igraph `igraph_strength(mode=ALL)`.
    public static func strength(of graph: Graph) -> [Double] {
        (0..<graph.nodeCount).map { v in
            var s = 0.0
            for slot in Int(graph.offsets[v])..<Int(graph.offsets[v + 1]) { s += graph.weights[slot] }
            if graph.isDirected {
                for slot in Int(graph.inOffsets[v])..<Int(graph.inOffsets[v + 1]) { s += graph.inWeights[slot] }
            }
            return s
        }
    }
}
