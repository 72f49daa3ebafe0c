/// Phrases of `govnet suggest` from the message catalogue (keys `suggest.*`): objectives, how far each
/// got, why pairs were left out, and the leadership line a tie needs.
extension ReportLanguage {
    /// An objective of the suggestions.
    public func objective(_ o: SuggestionObjective) -> String { render("suggest.objective.\(o.rawValue)") }

    /// How far an objective got, as one sentence; `label` shows a finding left (default: as labelled).
    public func outcome(_ o: ObjectiveOutcome, label: (String) -> String = { $0 }) -> String {
        let ranks: MessageArgument = o.ranks.isEmpty ? .empty
            : .message(Message(o.status == .met ? "suggest.outcome.ranks" : "suggest.outcome.after-ranks",
                               [("n", .count(o.ranks.count)), ("ranks", .text(o.ranks.map(String.init).joined(separator: render("list.enumeration"))))]))
        let left: MessageArgument = o.remaining.isEmpty ? .empty
            : .message(Message("suggest.outcome.left", [("left", .text(o.remaining.map(label).joined(separator: render("list.separator"))))]))
        let none: MessageArgument = o.ranks.isEmpty && o.status == .met ? .message(Message("suggest.outcome.no-tie-needed")) : .empty
        return render("suggest.outcome.\(o.status.rawValue)", [("objective", .text(objective(o.objective))), ("ranks", ranks),
                                                               ("left", left), ("none", none)])
    }

    /// Why pairs were left out.
    public func refusal(_ r: TieAdmissibility.Refusal) -> String { render("suggest.refusal.\(r.rawValue)") }

    /// The leadership line a suggested tie needs or follows; `name` gives display names.
    public func leadershipLine(_ line: TieAdmissibility.Line, needed: Bool, name: (String) -> String) -> String {
        switch line {
        case .notNeeded: return render("suggest.line.not-needed")
        case .within(let leader, let led):
            return render(needed ? "suggest.line.needed" : "suggest.line.follows", [("leader", .text(name(leader))), ("led", .text(name(led)))])
        case .assessment(let assessor): return render("suggest.line.assessment", [("assessor", .text(name(assessor)))])
        }
    }

    /// An administrative level (`municipal`) or a span of levels (`municipal–county`) in this language;
    /// a level the catalogue does not know (`level.<value>`) as written.
    public func level(_ value: String) -> String {
        value.split(separator: "–", omittingEmptySubsequences: false)
            .map { MessageCatalogue.term("level", String($0)).text(self) }.joined(separator: "–")
    }

    /// Headings and labels of the suggestions output.
    public func suggestionText(_ key: SuggestionPhrase) -> String { render("suggest.\(key.rawValue)") }
}

/// Fixed labels of the suggestions output (``ReportLanguage/suggestionText(_:)``; keys `suggest.<case>`).
public enum SuggestionPhrase: String, CaseIterable, Sendable {
    case title, objectives, leftOut = "left-out", overloaded, none, commandHint = "command-hint"
}
