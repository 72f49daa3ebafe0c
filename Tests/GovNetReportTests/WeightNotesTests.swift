import Testing
@testable import GovNet
import GovNetTestSupport
@testable import GovNetReport

/// The report says whether weights change a conclusion (``WeightSensitivity``), in both languages,
/// and says nothing about weights when every tie weighs the same.
@Suite struct WeightNotesTests {
    @Test(arguments: [ReportLanguage.en, .zh]) func reportStatesTheWeightedView(language: ReportLanguage) throws {
        let data = try ReportBuilder.build(weightedSquare(strong: 5), options: ReportOptions(language: language, randomRuns: 0, diagrams: false, robustness: .off))
        #expect(data.weightNotes.count == 2)
        let html = HTMLReport.render(data), md = MarkdownReport.render(data)
        // Four departments, top five: the same set either way.
        let phrase = language == .en ? "Weights do not change the conclusions" : "权重不改变结论"
        #expect(data.weightNotes[0].hasPrefix(phrase))
        #expect(html.contains(HTMLText.escape(data.weightNotes[0])) && html.contains(HTMLText.escape(data.weightNotes[1])))
        #expect(md.contains(data.weightNotes[1]))
        let plain = try ReportBuilder.build(weightedSquare(strong: 1), options: ReportOptions(language: language, randomRuns: 0, diagrams: false, robustness: .off))
        #expect(plain.weightNotes.isEmpty)
    }
}
