/// `govnet diagnose`: rules over the metrics engine that list where the linkage fails, ranked, with
/// evidence, a plain explanation naming departments, and a recommendation tied to one of the five
/// remedies.
public enum Diagnosis {
    /// Every rule, in a fixed order.
    public static let rules: [any DiagnosisRule] = [
        SinglePointOfFailureRule(), FragileTieRule(), UnreachableRule(), CoordinationReachRule(), MembershipWithoutLinkageRule(),
        LowRedundancyRule(), OverloadedBrokerRule(), OneWayInformationRule(), MaterialGapRule(), SupervisionGapRule(),
        ResponsibilityRule(), InformalFoundationRule(), SiloRule(),
    ]

    /// All findings, sorted by severity, then rule, then mechanism and subjects.
    public static func run(_ context: DiagnosisContext) -> [Finding] {
        rules.flatMap { $0.findings(in: context) }.sorted {
            ($0.severity, $0.rule, $0.mechanism, $0.departments.first ?? "", $0.ties.first.map { "\($0.from)>\($0.to)" } ?? "", $0.functions.first ?? "")
                < ($1.severity, $1.rule, $1.mechanism, $1.departments.first ?? "", $1.ties.first.map { "\($0.from)>\($0.to)" } ?? "", $1.functions.first ?? "")
        }
    }

    /// The JSON interface: `{"status": …, "findings": [...], "synthesis": {...}, "settings": {...}}`;
    /// `status` is the network's status metadata as written (null when absent). With `robustness`,
    /// each finding carries `"robustness"` (``FindingRobustness/jsonValue``) and `"robustness_detail"`,
    /// and the top level `"robustness"` records the draws and the rate of new findings.
    public static func jsonValue(_ findings: [Finding], context: DiagnosisContext, robustness: DiagnosisRobustness? = nil) -> JSONValue {
        let items: [JSONValue] = findings.indices.map { i in
            let plain = findings[i].jsonValue(language: context.outputLanguage)
            guard let r = robustness?.findings[i], case .object(var members) = plain else { return plain }
            members.append(("robustness", r.jsonValue))
            members.append(("robustness_detail", r.detailJSON))
            return .object(members)
        }
        var top: [(String, JSONValue)] = [
            ("status", context.network.metadata.status.map { .string($0) } ?? .null),
            ("findings", .array(items)),
            ("synthesis", DiagnosisSynthesis(findings: findings, context: context).jsonValue),
            ("settings", .object([
                ("center", context.center.map { .string($0) } ?? .null),
                ("mechanisms", .array(context.mechanisms.map { .string($0) })),
                ("thresholds", context.config.jsonValue),
                ("software", .string("GovNet \(GovNetVersion.string)")),
            ])),
        ]
        if let robustness { top.append(("robustness", robustness.jsonValue)) }
        return .object(top)
    }
}
