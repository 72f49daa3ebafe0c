/// The robustness vocabulary: labels, perturbations, the quantities rules compare with their
/// thresholds, and the headings and notes of the robustness columns and sections. The words and
/// sentences are in the message catalogue (`robustness.*`, English and Chinese); this names them.
public enum RobustnessPhrase: String, Sendable, CaseIterable {
    case robustness = "title", deletion, addition, nonresponse, jitter, threshold, newFindings, draws, rate, seed
    case robustnessCaption = "caption", nearThreshold, labelRule, metricSensitivity, median, interval90, topShare

    /// The catalogue key: `robustness.<name>`.
    public var key: String { "robustness.\(rawValue)" }
}

extension ReportLanguage {
    /// A robustness phrase in this language (catalogue `robustness.*`).
    public func text(_ key: RobustnessPhrase) -> String { MessageCatalogue.template(key.key, self) }

    /// A robustness label: robust, likely, fragile (稳健, 较可信, 脆弱), catalogue `robustness.label.*`.
    public func robustness(_ label: RobustnessLabel) -> String { MessageCatalogue.template("robustness.label.\(label.rawValue)", self) }

    /// The quantity a threshold rule compares, as its sentence names it (evidence key → words,
    /// catalogue `robustness.quantity.<key>`; the key itself when the catalogue has none).
    public func quantity(_ key: String) -> String {
        MessageCatalogue.table(self)["robustness.quantity.\(key)"] ?? MessageCatalogue.english["robustness.quantity.\(key)"] ?? key
    }
}
