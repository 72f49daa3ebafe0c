/// The robustness of the earlier and the later network under the same attacks, with what the change
/// means.
///
/// For each network on its own departments (not aligned: R is a share of the network's own size, so
/// networks of different sizes compare) the departments are removed one by one, highest total degree
/// first and highest betweenness first (as the report's resilience section does), and
/// ``FailureCurve/robustness`` gives Schneider et al.'s R — the mean share of departments still in the
/// largest connected group. The change is read as **about the same** when |R after − R before| is at
/// most ``tolerance``, else as higher or lower after. R lies in [0, ½); 0.05 is a tenth of that
/// range, below which the order in which hubs fail, not the structure, decides the difference (one
/// department of a 20-department network moves R by up to 0.05).
///
/// Reference: Schneider, Moreira, Andrade, Havlin & Herrmann (2011), "Mitigation of malicious attacks
/// on networks", PNAS 108(10):3838–3841.
///
/// - Complexity: two failure curves per network, O(n · (n + m)) each with efficiency off.
public struct ResilienceComparison: Sendable {
    /// How R changed.
    public enum Verdict: String, Sendable, CaseIterable {
        case aboutTheSame = "about-the-same"
        case higher, lower
    }

    /// One attack strategy: R before and after.
    public struct Row: Sendable {
        /// `degree` or `betweenness`: what the removal order ranks by.
        public let strategy: String
        public let before: Double
        public let after: Double
        public var change: Double { after - before }
        public let verdict: Verdict
    }

    /// |ΔR| at or below which R counts as about the same.
    public static let tolerance = 0.05

    public let rows: [Row]

    /// Computes R for both networks on the view's mechanisms (default: the one-mode mechanisms, without
    /// membership and derived ties).
    public init(before: Network, after: Network, mechanisms: [String]? = nil) {
        func curves(_ net: Network) -> [String: Double] {
            let ng = NetworkGraph(network: net, view: GraphView(mechanisms: mechanisms))
            let g = ng.graph
            let options = FailureCurveOptions(efficiency: false, strongComponents: false)
            let byDegree = FailureCurve.compute(graph: g, order: RemovalOrder.targeted(values: RemovalOrder.totalDegree(of: g), ids: ng.ids),
                                                label: "degree", options: options)
            let byBetweenness = FailureCurve.compute(graph: g, order: RemovalOrder.targeted(values: Centrality.betweenness(of: g), ids: ng.ids),
                                                     label: "betweenness", options: options)
            return ["degree": byDegree.robustness, "betweenness": byBetweenness.robustness]
        }
        let b = curves(before), a = curves(after)
        rows = ["degree", "betweenness"].map { s in
            let x = b[s] ?? .nan, y = a[s] ?? .nan
            return Row(strategy: s, before: x, after: y, verdict: ResilienceComparison.verdict(before: x, after: y))
        }
    }

    /// The reading of a change of R.
    public static func verdict(before: Double, after: Double) -> Verdict {
        let d = after - before
        if !d.isFinite || abs(d) <= tolerance { return .aboutTheSame }
        return d > 0 ? .higher : .lower
    }

    /// The sentence for one row, from the message catalogue (`compare.resilience.<verdict>`).
    public func message(_ row: Row) -> Message {
        Message("compare.resilience.\(row.verdict.rawValue)", [
            ("strategy", .message(Message("report.resilience.by\(row.strategy == "degree" ? "Degree" : "Betweenness")"))),
            ("before", .number(row.before, digits: 3)), ("after", .number(row.after, digits: 3)),
            ("tolerance", .number(ResilienceComparison.tolerance, digits: 2)),
        ])
    }

    /// The rows as JSON: per strategy `r_before`, `r_after`, `change`, `verdict`, and the tolerance.
    public var jsonValue: JSONValue {
        .object([("tolerance", .number(ResilienceComparison.tolerance))] + rows.map { r in
            (r.strategy, .object([("change", .finite(r.change)), ("r_after", .finite(r.after)), ("r_before", .finite(r.before)),
                                  ("verdict", .string(r.verdict.rawValue))]))
        })
    }
}
