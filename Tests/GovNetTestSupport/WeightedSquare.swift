import GovNet

/// The square A–B–C–D–A whose ties A–B and B–C weigh `strong` and C–D, D–A weigh 1 (mechanism
/// `operation`, undirected), with Chinese names 部门A…部门D: unweighted, every department carries the
/// same betweenness; weighted (length 1/weight), B carries every shortest A–C path. The fixture of the
/// weight-sensitivity tests of the library and the report.
public func weightedSquare(strong: Double) -> Network {
    var net = Network()
    net.departments = ["A", "B", "C", "D"].map { Department(id: $0, name: $0, names: ["zh": "部门" + $0]) }
    net.ties = [("A", "B", strong), ("B", "C", strong), ("C", "D", 1), ("D", "A", 1)].map {
        Tie(from: $0.0, to: $0.1, mechanism: "operation", weight: $0.2)
    }
    return net
}
