import Testing
import GovNet
@testable import GovNetReport

/// Status labels and meanings come from the phrase catalogue in both languages; unknown values pass through.
@Suite struct StatusPhraseTests {
    @Test func everyStatusHasALabelAndMeaningInBothLanguages() {
        for s in NetworkStatus.allCases {
            let en = ReportLanguage.en.status(s.rawValue), zh = ReportLanguage.zh.status(s.rawValue)
            #expect(en.hasPrefix(s.rawValue + " — "))
            #expect(zh != en && zh.contains("（") && zh.hasSuffix("）"), "Chinese reads 标签（含义）")
        }
        // Terms of docs/glossary.md.
        #expect(ReportLanguage.zh.status("documentary data").hasPrefix("文本数据（"))
        #expect(ReportLanguage.zh.status("illustrative model").hasPrefix("示意性模型（虚构示例，非调研数据"))
        #expect(ReportLanguage.en.status("survey of 2019") == "survey of 2019")
    }
}
