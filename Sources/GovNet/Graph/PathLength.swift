/// How the length of an edge is derived for shortest-path metrics (betweenness, closeness, harmonic,
/// efficiency, diameter).
///
/// In governance networks a tie's weight is a *strength* (frequency, intensity): a stronger tie is a
/// *shorter* path. GovNet therefore uses length = 1/weight on weighted views (``inverseWeight``),
/// the convention of Opsahl, Agneessens & Skvoretz (2010, doi:10.1016/j.socnet.2010.03.006) with
/// α = 1, and offers ``weight`` (`--weight-as-length`) for data whose weights are already distances.
/// NetworkX equivalence: pass `weight="length"` with `length = 1/weight` on every edge.
public enum PathLength: String, Sendable, Hashable, CaseIterable {
    /// Every edge has length 1 (breadth-first search).
    case hops
    /// Length = 1 / weight (weight as strength). The default on weighted views.
    case inverseWeight
    /// Length = weight (weight is already a distance or cost).
    case weight

    /// The length of an edge of weight `w`.
    @inlinable public func length(_ w: Double) -> Double {
        switch self {
        case .hops: return 1
        case .inverseWeight: return 1 / w
        case .weight: return w
        }
    }

    /// The rule for a graph: ``hops`` when it is unweighted, else `weighted`.
    public static func `for`(_ graph: Graph, weighted: PathLength = .inverseWeight) -> PathLength {
        graph.isWeighted ? weighted : .hops
    }
}
