/// How `diagnose` and `report` order their findings (`--order`).
///
/// - ``severity``: most severe first, then rule, mechanism and subjects (``Diagnosis/run(_:)``).
/// - ``robustness``: by severity × robustness — the severity's weight (critical 4, high 3, medium 2,
///   low 1) times the finding's lowest robustness share (``FindingRobustness/lowestShare``), highest
///   first; equal scores keep the severity order. A high finding that holds in every draw (3 × 1)
///   comes before a critical one that holds in half of them (4 × 0.5); a fragile critical finding
///   sinks below robust medium ones. Without robustness the order is the severity order.
public enum FindingOrder: String, Sendable, Hashable, CaseIterable {
    case severity, robustness

    /// The weight of a severity in the ``robustness`` order: critical 4, high 3, medium 2, low 1.
    public static func weight(_ severity: Severity) -> Double {
        switch severity {
        case .critical: 4
        case .high: 3
        case .medium: 2
        case .low: 1
        }
    }

    /// The score of the ``robustness`` order: ``weight(_:)`` × the lowest share.
    public static func score(_ finding: Finding, _ robustness: FindingRobustness) -> Double {
        weight(finding.severity) * robustness.lowestShare
    }

    /// `findings` (in severity order) and their robustness (parallel to them) in this order.
    /// - Complexity: O(f log f).
    public func apply(_ findings: [Finding], _ robustness: DiagnosisRobustness?) -> ([Finding], DiagnosisRobustness?) {
        guard self == .robustness, let robustness, robustness.findings.count == findings.count else { return (findings, robustness) }
        let scores = findings.indices.map { Self.score(findings[$0], robustness.findings[$0]) }
        let order = findings.indices.sorted { (scores[$0], -$0) > (scores[$1], -$1) }
        return (order.map { findings[$0] }, robustness.reordered(order))
    }
}

extension DiagnosisRobustness {
    /// The same results with the findings in `order` (indices into ``findings``).
    public func reordered(_ order: [Int]) -> DiagnosisRobustness {
        DiagnosisRobustness(settings: settings, findings: order.map { findings[$0] }, newFindings: newFindings,
                            nonrespondents: nonrespondents, nonresponseEnumerated: nonresponseEnumerated, additions: additions)
    }
}
