import Testing
@testable import GovNet

/// Every catalogue key `govnet suggest`, a `simulate` scenario and the grouping warning name exists in
/// English and Chinese, and the sentences come out whole in both.
@Suite struct SuggestionAndScenarioMessagesTests {
    static var keys: [String] {
        SuggestionPhrase.allCases.map { "suggest.\($0.rawValue)" }
            + SuggestionObjective.allCases.map { "suggest.objective.\($0.rawValue)" }
            + ObjectiveOutcome.Status.allCases.map { "suggest.outcome.\($0.rawValue)" }
            + TieAdmissibility.Refusal.allCases.map { "suggest.refusal.\($0.rawValue)" }
            + ["suggest.outcome.ranks", "suggest.outcome.after-ranks", "suggest.outcome.left", "suggest.outcome.no-tie-needed",
               "suggest.line.not-needed", "suggest.line.needed", "suggest.line.follows", "suggest.line.assessment",
               "metrics.singleton-groups"]
            + RecentringPhrase.allCases.map { "simulate.recentring.\($0.rawValue)" }
            + FailureScenario.ReferenceBasis.allCases.map { "simulate.reference.\($0.rawValue)" }
    }

    @Test func everyKeyExistsInBothLanguages() {
        for key in Self.keys { #expect(MessageCatalogue.english[key] != nil && MessageCatalogue.chinese[key] != nil, "\(key)") }
    }

    @Test func sentencesAreWhole() {
        let o = ObjectiveOutcome(objective: .biconnectivity, status: .noAdmissibleTie, ranks: [1, 2], remaining: ["single-point-of-failure EMB (all)"])
        #expect(ReportLanguage.en.outcome(o) == "remove cut points and bridges: no admissible tie improves it after ranks 1, 2; left: single-point-of-failure EMB (all)")
        #expect(ReportLanguage.zh.outcome(o) == "消除单点失效和脆弱联系：没有符合治理结构的联系能够改进（第1、2项之后）；仍有：single-point-of-failure EMB (all)")
        let met = ObjectiveOutcome(objective: .biconnectivity, status: .met, ranks: [], remaining: [])
        #expect(ReportLanguage.en.outcome(met) == "remove cut points and bridges: met before any new tie")
        let one = ObjectiveOutcome(objective: .efficiency, status: .budgetSpent, ranks: [5], remaining: [])
        #expect(ReportLanguage.en.outcome(one) == "shorten paths: the budget ran out after rank 5")
        #expect(ReportLanguage.en.leadershipLine(.within(leader: "GOV", led: "WATER"), needed: true, name: { $0 }) == "needed, present: GOV leads WATER")
        #expect(ReportLanguage.zh.reference(.leaderOfCenter, name: "市人民政府") == "发现以领导被移除统筹协调部门的市人民政府为参照")
        #expect(ReportLanguage.en.singletonGroups(attribute: "relationship", singletons: ["leader"], groups: 12)
            == "grouping by relationship: 1 of 12 groups hold a single department (leader); their E–I index and brokerage roles rest on one department (choose another grouping with --groups)")
    }
}
