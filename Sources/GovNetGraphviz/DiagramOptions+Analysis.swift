import GovNet

extension DiagramOptions {
    /// Marks the bottlenecks of the drawn mechanisms: articulation points and bridges of the undirected
    /// view (Biconnectivity), and brokers (``brokers(ids:betweenness:constraint:)``). Used by
    /// `govnet render --highlight bottlenecks` and by the reports, so both draw the same thing.
    public mutating func highlightBottlenecks(in network: Network) {
        let graph = NetworkGraph(network: network, view: GraphView(mechanisms: mechanisms))
        let undirected = NetworkGraph(network: network, view: GraphView(mechanisms: mechanisms, forceUndirected: true)).graph
        let cuts = Biconnectivity.articulationPoints(of: undirected)
        highlightedDepartments = Set(zip(graph.ids, cuts).filter(\.1).map(\.0))
        let bridges = Biconnectivity.bridges(of: undirected)
        var pairs = Set<TiePair>()
        for e in 0..<undirected.edgeCount where bridges[e] {
            let tie = undirected.edge(e)
            pairs.insert(TiePair(graph.ids[Int(tie.source)], graph.ids[Int(tie.target)]))
        }
        highlightedTies = pairs
        brokers = Self.brokers(ids: graph.ids, betweenness: Centrality.betweenness(of: graph.graph),
                               constraint: StructuralHoles.constraint(of: graph.graph, weighted: false))
        brokersMeaning = "diagram.broker-burt"
    }

    /// The top tenth (at least one) of departments by betweenness, above zero, whose constraint is below
    /// the median constraint (Burt 1992: brokers span structural holes).
    public static func brokers(ids: [String], betweenness: [Double], constraint: [Double]) -> Set<String> {
        let finite = constraint.filter(\.isFinite).sorted()
        let median = finite.isEmpty ? Double.infinity : finite[finite.count / 2]
        let ranked = ids.indices.filter { betweenness[$0] > 0 }.sorted { (betweenness[$0], ids[$1]) > (betweenness[$1], ids[$0]) }
        let top = ranked.prefix(max(1, ids.count / 10))
        return Set(top.filter { !constraint[$0].isFinite || constraint[$0] < median }.map { ids[$0] })
    }
}
