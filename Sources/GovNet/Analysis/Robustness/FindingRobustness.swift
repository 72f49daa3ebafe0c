/// How sure one finding is: the share of perturbed networks in which the same finding
/// (``FindingCore``) still holds, per perturbation, with its Monte Carlo standard error, the spread of
/// its evidence, and a label from the lowest share.
public struct FindingRobustness: Sendable {
    /// One perturbation's result.
    public struct Share: Sendable {
        /// Share of the draws in which the finding still holds.
        public var share: Double
        /// Draws (for non-response: non-respondents).
        public var draws: Int
        /// Monte Carlo standard error √(share·(1 − share)/draws); 0 when every department was taken
        /// in turn (non-response enumerated, not sampled).
        public var se: Double
        /// The finding's first number of evidence in the draws where it holds: name, median, minimum
        /// and maximum (nil when it has no number or never holds).
        public var evidence: EvidenceSpread?

        public var jsonValue: JSONValue {
            var members: [(String, JSONValue)] = [("share", .number(share)), ("draws", .number(Double(draws))), ("se", .number(se))]
            if let e = evidence {
                members.append(("evidence", .object([("name", .string(e.name)), ("median", .number(e.median)), ("min", .number(e.min)), ("max", .number(e.max))])))
            }
            return .object(members)
        }
    }

    /// The spread of a number of evidence over the draws in which the finding holds.
    public struct EvidenceSpread: Sendable, Hashable {
        public var name: String
        public var median: Double
        public var min: Double
        public var max: Double
    }

    public var deletion: Share
    public var addition: Share
    public var nonresponse: Share
    /// Deletion rate p.
    public var rate: Double
    /// Addition rate.
    public var additionRate: Double
    /// From the lowest of the three shares.
    public var label: RobustnessLabel
    /// Present when the finding's evidence lies within the settings' margin of its rule's threshold.
    public var margin: ThresholdMargin?

    /// The lowest of the three shares (the one the label comes from).
    public var lowestShare: Double { min(deletion.share, addition.share, nonresponse.share) }

    /// The pinned interface: `{"share", "draws", "rate", "se", "addition": {"share"},
    /// "nonresponse": {"share"}, "label"}`, the top-level share being the deletion share.
    public var jsonValue: JSONValue {
        .object([
            ("share", .number(deletion.share)),
            ("draws", .number(Double(deletion.draws))),
            ("rate", .number(rate)),
            ("se", .number(deletion.se)),
            ("addition", .object([("share", .number(addition.share))])),
            ("nonresponse", .object([("share", .number(nonresponse.share))])),
            ("label", .string(label.rawValue)),
        ])
    }

    /// Everything else: each perturbation's share, draws, standard error and evidence spread, the
    /// addition rate, and the near-threshold margin.
    public var detailJSON: JSONValue {
        .object([
            ("deletion", deletion.jsonValue),
            ("addition", {
                guard case .object(var m) = addition.jsonValue else { return .null }
                m.append(("rate", .number(additionRate)))
                return .object(m)
            }()),
            ("nonresponse", nonresponse.jsonValue),
            ("lowest_share", .number(lowestShare)),
            ("margin", margin?.jsonValue ?? .null),
        ])
    }

    /// "robust (deletion 98%, addition 95%, non-response 100%)" /
    /// "稳健（随机删除98%，补充缺失联系95%，部门未应答100%）" (catalogue `robustness.summary`).
    public func summary(_ language: ReportLanguage) -> String {
        let pct = { (x: Double) in MessageArgument.text("\(Int((x * 100).rounded()))%") }
        return language.render("robustness.summary", [("label", .text(language.robustness(label))), ("deletion", pct(deletion.share)),
                                                      ("addition", pct(addition.share)), ("nonresponse", pct(nonresponse.share))])
    }

    /// ``summary(_:)`` followed by the near-threshold note when there is one: the line printed under
    /// each finding.
    public func line(_ language: ReportLanguage) -> String {
        summary(language) + (margin.map { language.render("list.separator") + $0.note(language) } ?? "")
    }
}

/// A finding whose evidence lies near its rule's threshold, on the quantity the rule compares and
/// its sentence states (e.g. the overloaded broker's share of shortest paths between connected pairs).
public struct ThresholdMargin: Sendable, Hashable {
    /// The evidence key of the quantity (e.g. `connected_pair_share`).
    public var quantity: String
    public var value: Double
    public var threshold: Double
    /// The finding's label, stated with the note.
    public var label: RobustnessLabel

    /// The quantity and threshold each rule compares (evidence key, threshold in the config).
    static func quantity(rule: String, config: DiagnosisConfig) -> (key: String, threshold: Double)? {
        switch rule {
        case "overloaded-broker": ("connected_pair_share", config.brokerBetweenness)
        case "one-way-information": ("reciprocity", config.informationReciprocity)
        case "informal-foundation": ("informal_share", config.informalShare)
        case "silo": ("ei_index", config.siloEI)
        default: nil
        }
    }

    /// The margin note of `finding`, when its quantity is within `margin × |threshold|` of the threshold.
    static func of(_ finding: Finding, config: DiagnosisConfig, margin: Double, label: RobustnessLabel) -> ThresholdMargin? {
        guard let (key, threshold) = quantity(rule: finding.rule, config: config),
              let value = finding.evidence.first(where: { $0.0 == key }).flatMap({ if case .number(let x) = $0.1 { x } else { nil } }),
              abs(value - threshold) <= margin * abs(threshold) else { return nil }
        return ThresholdMargin(quantity: key, value: value, threshold: threshold, label: label)
    }

    /// "betweenness share 0.403, threshold 0.35: fragile" / "中介占比0.403，阈值0.35：脆弱" (catalogue
    /// `robustness.margin`; three significant digits).
    public func note(_ language: ReportLanguage) -> String {
        language.render("robustness.margin", [("quantity", .text(language.quantity(quantity))), ("value", .number(value, digits: 3)),
                                              ("threshold", .number(threshold, digits: 3)), ("label", .text(language.robustness(label)))])
    }

    public var jsonValue: JSONValue {
        .object([("quantity", .string(quantity)), ("value", .number(value)), ("threshold", .number(threshold)),
                 ("note", .string(note(.en)))])
    }
}
