/// Phrases of a `govnet simulate` scenario from the message catalogue (keys `simulate.*`): whom the
/// reduced network's findings refer to once the centre is removed, and who carries the paths then.
extension ReportLanguage {
    /// Why the findings of the reduced network are stated relative to `name`.
    public func reference(_ basis: FailureScenario.ReferenceBasis, name: String) -> String {
        render("simulate.reference.\(basis.rawValue)", [("name", .text(name))])
    }

    /// Headings and column labels of the re-centring table.
    public func recentringText(_ key: RecentringPhrase) -> String { render("simulate.recentring.\(key.rawValue)") }
}

/// Labels of the re-centring table (``ReportLanguage/recentringText(_:)``; keys `simulate.recentring.<case>`).
public enum RecentringPhrase: String, CaseIterable, Sendable {
    case heading, caption, mechanism, centreBefore = "centre-before", broker, shareAfter = "share-after",
         shareBefore = "share-before", overloaded
}
