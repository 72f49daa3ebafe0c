import Foundation

/// A Monte Carlo permutation p-value and its honest printed form.
///
/// Definition (Davison & Hinkley 1997, §4.2.1; Phipson & Smyth 2010, doi:10.2202/1544-6115.1585):
/// with k of n random relabellings at least as extreme as the observed statistic in the stated tail,
/// p = (k + 1) / (n + 1) — the observed labelling counts as one of the equally likely ones, so p is
/// never 0 and the test is exact at level α when (n + 1)·α is an integer. statnet's `sna::qaptest`
/// and `netlm` report k / n instead. Printed, p is "p = 0.034" (2 significant digits), and when
/// k = 0 "p ≤ B" where B is 1/(n + 1) rounded **up** to 2 significant digits ("p ≤ 0.002" for 500
/// permutations, "p ≤ 0.001" for 999); "p < 0.001" is printed only when 1/(n + 1) < 0.001 (n ≥ 1000).
public struct PermutationPValue: Sendable, Hashable {
    /// Which tail was counted.
    public enum Tail: String, Sendable, CaseIterable {
        case greater, less, twoSided = "two-sided"
        /// What "at least as extreme" means for a statistic s (observed s₀).
        public var meaning: String {
            switch self {
            case .greater: return "s' ≥ s"
            case .less: return "s' ≤ s"
            case .twoSided: return "|s' − E s'| ≥ |s − E s'|"
            }
        }
    }
    /// Replicates at least as extreme as the observed statistic.
    public var k: Int
    /// Replicates drawn.
    public var n: Int
    public var tail: Tail

    public init(k: Int, n: Int, tail: Tail) {
        self.k = k
        self.n = n
        self.tail = tail
    }

    /// (k + 1) / (n + 1); NaN when n = 0.
    public var value: Double { n > 0 ? Double(k + 1) / Double(n + 1) : .nan }

    /// The smallest p this number of replicates can give: 1 / (n + 1).
    public var floor: Double { 1 / Double(n + 1) }

    /// "p = 0.034", "p ≤ 0.002" (k = 0), "p < 0.001" (k = 0 and n ≥ 1000), or "—" (no replicates).
    public var text: String {
        guard n > 0 else { return "—" }
        if k == 0 {
            if floor < 0.001 { return "p < 0.001" }
            return "p ≤ " + Self.roundedUp(floor)
        }
        return "p = " + NumberFormat.significant(value, digits: 2)
    }

    /// `text` followed by the tail, e.g. "p ≤ 0.002 (one-sided, greater; 500 permutations)".
    public var textWithTail: String {
        guard n > 0 else { return "—" }
        let side = tail == .twoSided ? "two-sided" : "one-sided, \(tail.rawValue)"
        return "\(text) (\(side); \(n) permutations)"
    }

    /// ``textWithTail`` as a catalogue message (`pvalue.with-tail`), for sentences in either language.
    public var tailMessage: Message {
        guard n > 0 else { return Message("pvalue.none") }
        return Message("pvalue.with-tail", [("p", .text(text)), ("side", .message(Message("pvalue.tail.\(tail.rawValue)"))), ("n", .count(n))])
    }

    /// x rounded up to 2 significant digits, printed without exponent.
    static func roundedUp(_ x: Double) -> String {
        let e = Int(Foundation.floor(log10(x))) - 1
        let scale = pow(10, Double(-e))
        let v = (x * scale).rounded(.up) / scale
        return NumberFormat.significant(v, digits: 2)
    }
}
