import Testing
@testable import GovNet

/// The message catalogue: both languages carry the same keys with the same parameters, every key the
/// code asks for exists, Chinese templates use Chinese punctuation, and the renderer fills named
/// parameters, plural forms and lists the way each language writes them.
@Suite struct MessageCatalogueTests {
    /// Parameter names of a template: `{name}` and `{name|…}`.
    static func parameters(_ template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let body = rest[rest.index(after: open)..<close]
            names.insert(String(body.split(separator: "|", omittingEmptySubsequences: false)[0]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    @Test func everyKeyExistsInBothLanguages() {
        let en = Set(MessageCatalogue.english.keys), zh = Set(MessageCatalogue.chinese.keys)
        #expect(en.subtracting(zh).sorted() == [], "keys with English only")
        #expect(zh.subtracting(en).sorted() == [], "keys with Chinese only")
    }

    /// The catalogue is split over files (one table per language and part); a key in two parts of one
    /// language would shadow the other silently.
    @Test func partsDoNotOverlap() {
        for parts in [MessageCatalogue.englishParts, MessageCatalogue.chineseParts] {
            var seen = Set<String>()
            for part in parts {
                let twice = seen.intersection(part.keys)
                #expect(twice.isEmpty, "keys in two parts: \(twice.sorted())")
                seen.formUnion(part.keys)
            }
        }
    }

    /// Every value of a vocabulary shown to users (kinds read by the governance classes, levels, roles,
    /// sources, management, relations, affiliation roles, relationship classes, bases, metrics, alignment
    /// rules, function changes) has a catalogue entry in both languages, so a Chinese table never shows
    /// the English value.
    @Test func everyDisplayedVocabularyValueHasBothLanguages() {
        var keys: [String] = []
        keys += Role.allCases.map { "role.\($0.rawValue)" }
        keys += EvidenceSource.allCases.map { "source.\($0.rawValue)" }
        keys += Management.allCases.map { "management.\($0.rawValue)" }
        keys += CommandRelation.allCases.map { "relation.\($0.rawValue)" }
        keys += AffiliationRole.allCases.map { "affiliation.\($0.rawValue)" }
        keys += RelationshipClass.allCases.map { "relationshipClass.\($0.rawValue)" }
        keys += RelationshipClass.allCases.map { "relationship.\($0.rawValue)" }
        keys += Basis.allCases.map { "basis.\($0.rawValue)" } + ["basis.unrecorded"]
        keys += AlignmentRule.allCases.map { "alignmentRule.\($0.rawValue)" }
        keys += AlignmentRule.allCases.map { "compare.alignment.\($0.rawValue)" }
        keys += FunctionChanges.Change.allCases.map { "functionChange.\($0.rawValue)" }
        keys += WeightCombination.allCases.map { "combine.\($0.rawValue)" }
        keys += SuggestionObjective.allCases.map { "suggest.objective.\($0.rawValue)" }
        keys += ObjectiveOutcome.Status.allCases.map { "suggest.outcome.\($0.rawValue)" }
        keys += TieAdmissibility.Refusal.allCases.map { "suggest.refusal.\($0.rawValue)" }
        keys += FailureScenario.ReferenceBasis.allCases.map { "simulate.reference.\($0.rawValue)" }
        keys += PermutationPValue.Tail.allCases.map { "pvalue.tail.\($0.rawValue)" }
        let net = Network(departments: [Department(id: "A", name: "A", kind: "water"), Department(id: "B", name: "B", kind: "health")],
                          ties: [Tie(from: "A", to: "B", mechanism: "information")])
        let networkMetrics = NetworkMetrics.compute(net, settings: MetricSettings()).values.map(\.0)
        #expect(networkMetrics.contains("modularity"))
        keys += (NodeMetrics.all + TieMetrics.all + networkMetrics).map { "metric.\($0)" }
        keys += ["national", "provincial", "municipal", "county", "township", "village"].map { "level.\($0)" }
        let kinds = RelationshipClass.militaryKinds.union(RelationshipClass.soeKinds).union(RelationshipClass.ngoKinds)
            .union(RelationshipClass.bodyKinds).union(RelationshipClass.governmentKinds)
        keys += kinds.sorted().map { "kind.\($0)" }
        keys += ["mapping-file", "formerly", "identity"].map { "compare.origin.\($0)" }
        for key in keys {
            #expect(MessageCatalogue.english[key] != nil, "\(key): no English")
            #expect(MessageCatalogue.chinese[key] != nil, "\(key): no Chinese")
        }
    }

    @Test func bothLanguagesNameTheSameParameters() {
        // "and 3 more" counts the rest, "等7个部门" the whole list: the one place the languages differ.
        for (key, en) in MessageCatalogue.english where !key.hasPrefix("list.more.") {
            guard let zh = MessageCatalogue.chinese[key] else { continue }
            // Chinese needs no plural form, so a parameter English only counts with may be absent.
            let pe = Self.parameters(en), pz = Self.parameters(zh)
            #expect(pz.isSubset(of: pe), "\(key): \(zh) names a parameter English lacks")
            for missing in pe.subtracting(pz) { #expect(en.contains("{\(missing)|"), "\(key): Chinese lacks {\(missing)}") }
        }
    }

    @Test func everyKeyTheCodeNamesExists() {
        var keys = Phrase.allCases.map(\.key)
        keys += Remedy.allCases.map { "remedy.\($0.rawValue)" }
        keys += Instrument.allCases.map { "instrument.\($0.rawValue)" }
        keys += Severity.allCases.map { "severity.\($0.rawValue)" }
        keys += Phase.allCases.map { "phase.\($0.rawValue)" }
        keys += Diagnosis.rules.flatMap { ["rationale.\($0.id)", "rule.\($0.id)"] }
        for key in keys { #expect(MessageCatalogue.english[key] != nil && MessageCatalogue.chinese[key] != nil, "\(key)") }
    }

    /// Chinese sentences use ，。：；、 — an ASCII comma, colon or semicolon followed by a space, or a
    /// sentence ending in an ASCII full stop, is English punctuation in Chinese text.
    @Test func chineseTemplatesUseChinesePunctuation() {
        for (key, zh) in MessageCatalogue.chinese {
            let stripped = zh.replacingOccurrences(of: #"\{[^}]*\}"#, with: "X", options: .regularExpression)
            for bad in [", ", "; ", ": "] { #expect(!stripped.contains(bad), "\(key): \(zh)") }
            #expect(!stripped.hasSuffix("."), "\(key): \(zh)")
        }
    }

    @Test func namedParametersPluralsAndLists() {
        let a = LocalizedName("Water Bureau", chinese: "市水利局"), b = LocalizedName("Red Cross"), c = LocalizedName("Civil Affairs", chinese: "市民政局")
        let m = Message("count.ties", [("n", .count(1))])
        #expect(ReportLanguage.en.render(m) == "1 tie")
        #expect(ReportLanguage.en.render("count.ties", [("n", .count(3))]) == "3 ties")
        #expect(ReportLanguage.zh.render("count.ties", [("n", .count(3))]) == "3条联系")
        let names: MessageArgument = .names([a, b, c], limit: 6, unit: .department)
        #expect(MessageCatalogue.text(names, .en) == "Water Bureau, Red Cross and Civil Affairs")
        #expect(MessageCatalogue.text(names, .zh) == "市水利局、Red Cross、市民政局")
        let cut: MessageArgument = .names([a, b, c], limit: 2, unit: .department)
        #expect(MessageCatalogue.text(cut, .en) == "Water Bureau, Red Cross and 1 more")
        #expect(MessageCatalogue.text(cut, .zh) == "市水利局、Red Cross等3个部门")
        // A missing key shows itself rather than disappearing.
        #expect(ReportLanguage.zh.render("no.such.key") == "no.such.key")
    }
}
