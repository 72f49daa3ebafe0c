import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// Robustness of findings on planted networks: labels, the finding core, the pinned JSON, and
/// reproducibility of the draws.
@Suite struct DiagnosisRobustnessTests {
    static func run(_ net: Network, draws: Int = 200, seed: UInt64 = 3) -> (findings: [Finding], robustness: DiagnosisRobustness) {
        let context = DiagnosisContext(network: net)
        let findings = Diagnosis.run(context)
        return (findings, DiagnosisRobustness.run(findings, context: context, settings: RobustnessSettings(draws: draws, rate: 0.1, seed: seed)))
    }

    @Test func robustCutPointIsLabelledRobust() throws {
        let (findings, r) = Self.run(PlantedRobustness.robustCutPoint())
        let i = try #require(findings.firstIndex { $0.rule == "single-point-of-failure" && $0.mechanism == "operation" && $0.departments.first == "H" })
        #expect(r.findings[i].label == .robust, "\(r.findings[i].summary(.en))")
        #expect(r.findings[i].deletion.share > 0.95)
        // The evidence (how many H cuts off) varies and is summarised: at most the six leaves.
        let e = try #require(r.findings[i].deletion.evidence)
        #expect(e.name == "cut_off" && e.max == 6 && e.min >= 1 && e.median <= 6)
    }

    @Test func brokerJustAboveThresholdIsFragileWithMarginNote() throws {
        let (findings, r) = Self.run(PlantedRobustness.brokerNearThreshold())
        let i = try #require(findings.firstIndex { $0.rule == "overloaded-broker" && $0.mechanism == "operation" })
        #expect(findings[i].departments == ["EMB"])
        #expect(r.findings[i].label == .fragile, "\(r.findings[i].summary(.en))")
        let m = try #require(r.findings[i].margin)
        // The note states the quantity the rule compares and its sentence uses.
        #expect(m.quantity == "connected_pair_share" && abs(m.value - 17.0 / 42) < 1e-12 && m.threshold == 0.35)
        #expect(m.note(.en) == "betweenness share 0.405, threshold 0.35: fragile")
        #expect(m.note(.zh) == "中介占比0.405，阈值0.35：脆弱")
    }

    @Test func bridgeWithNearPathLosesUnderAddition() throws {
        let (findings, r) = Self.run(PlantedRobustness.bridgeWithNearPath())
        let i = try #require(findings.firstIndex { $0.rule == "fragile-tie" && $0.mechanism == "operation" && $0.ties.contains { Set([$0.from, $0.to]) == ["A1", "B1"] } })
        // Deleting ties cannot add a parallel path: the bridge stays a bridge unless it is deleted itself.
        #expect(r.findings[i].deletion.share >= 0.8)
        #expect(r.findings[i].addition.share < r.findings[i].deletion.share)
        #expect(r.findings[i].label != .robust)
    }

    @Test func pinnedJSONShape() throws {
        let (findings, r) = Self.run(PlantedRobustness.robustCutPoint(), draws: 20)
        let json = Diagnosis.jsonValue(findings, context: DiagnosisContext(network: PlantedRobustness.robustCutPoint()), robustness: r)
        guard case .object(let top) = json, case .array(let items)? = top.first(where: { $0.0 == "findings" })?.1,
              case .object(let first)? = items.first, case .object(let rob)? = first.first(where: { $0.0 == "robustness" })?.1 else {
            Issue.record("no robustness object"); return
        }
        #expect(rob.map(\.0) == ["share", "draws", "rate", "se", "addition", "nonresponse", "label"])
        guard case .object(let add)? = rob.first(where: { $0.0 == "addition" })?.1, case .object(let non)? = rob.first(where: { $0.0 == "nonresponse" })?.1 else {
            Issue.record("addition/nonresponse not objects"); return
        }
        #expect(add.map(\.0) == ["share"] && non.map(\.0) == ["share"])
        #expect(rob.first { $0.0 == "draws" }?.1 == .number(20) && rob.first { $0.0 == "rate" }?.1 == .number(0.1))
        #expect(top.contains { $0.0 == "robustness" })
    }

    @Test func sameSeedSameResultOtherSeedOtherDraws() {
        let net = PlantedRobustness.bridgeWithNearPath()
        let a = Self.run(net, draws: 60, seed: 5), b = Self.run(net, draws: 60, seed: 5)
        let ctx = DiagnosisContext(network: net)
        #expect(Diagnosis.jsonValue(a.findings, context: ctx, robustness: a.robustness).rendered()
                == Diagnosis.jsonValue(b.findings, context: ctx, robustness: b.robustness).rendered())
        let model = PerturbationModel(network: net, mechanisms: ["operation"], rate: 0.5, additionRate: 0.5)
        #expect((0..<20).map { model.deletion(draw: $0, seed: 5) } != (0..<20).map { model.deletion(draw: $0, seed: 6) })
    }

    @Test func findingCoreFollowsTheSubjectNotTheEvidence() {
        let a = Finding(rule: "single-point-of-failure", severity: .high, mechanism: "operation", category: "bottleneck",
                        departments: ["H", "L1", "L2"], evidence: [("cut_off", .number(2))], explanation: Message("x"), recommendation: Message("x"), problem: .overloadedHub)
        var b = a
        b.departments = ["H", "L5"]; b.evidence = [("cut_off", .number(1))]; b.severity = .low
        var c = a
        c.departments = ["L1", "H"]
        var d = a
        d.mechanism = "information"
        #expect(FindingCore(a).matches(FindingCore(b)))
        #expect(!FindingCore(a).matches(FindingCore(c)))
        #expect(!FindingCore(a).matches(FindingCore(d)))
        let t1 = Finding(rule: "fragile-tie", severity: .low, mechanism: "operation", category: "bottleneck", departments: ["X", "Y"],
                         ties: [TieRef(from: "A", to: "B", mechanism: "operation"), TieRef(from: "C", to: "D", mechanism: "operation")],
                         explanation: Message("x"), recommendation: Message("x"), problem: .noJointWork)
        var t2 = t1
        t2.ties = [TieRef(from: "B", to: "A", mechanism: "operation")]
        #expect(FindingCore(t1).matches(FindingCore(t2)))
    }

    @Test func labelsComeFromTheLowestShare() {
        let s = RobustnessSettings()
        #expect(s.label(0.9) == .robust && s.label(0.899) == .likely && s.label(0.5) == .likely && s.label(0.49) == .fragile)
        if case .failure = RobustnessSettings.parse("500,0.1", seed: 1) { Issue.record("500,0.1 rejected") }
        if case .success(let z) = RobustnessSettings.parse("0", seed: 1) { #expect(!z.isEnabled) } else { Issue.record("0 rejected") }
        for bad in ["", "-1", "10,0", "10,1", "10,x", "1,2,3", "ten"] {
            if case .success = RobustnessSettings.parse(bad, seed: 1) { Issue.record("'\(bad)' accepted") }
        }
    }
}

/// ``FindingOrder``: severity × lowest share, ties in severity order; the robustness follows its finding.
@Suite struct FindingOrderTests {
    @Test func robustnessOrderWeighsSeverityByTheLowestShare() throws {
        let net = PlantedRobustness.brokerNearThreshold()
        let context = DiagnosisContext(network: net)
        let findings = Diagnosis.run(context)
        let robustness = DiagnosisRobustness.run(findings, context: context, settings: RobustnessSettings(draws: 40, rate: 0.1, seed: 2))
        let (ordered, reordered) = FindingOrder.robustness.apply(findings, robustness)
        let r = try #require(reordered)
        #expect(ordered.count == findings.count && r.findings.count == findings.count)
        let scores = ordered.indices.map { FindingOrder.score(ordered[$0], r.findings[$0]) }
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 })
        // Each finding keeps its own robustness.
        for (i, f) in ordered.enumerated() {
            let j = findings.firstIndex { $0.identity == f.identity }!
            #expect(r.findings[i].lowestShare == robustness.findings[j].lowestShare)
        }
        let (same, _) = FindingOrder.severity.apply(findings, robustness)
        #expect(same.map(\.identity) == findings.map(\.identity))
        #expect(FindingOrder.weight(.critical) == 4 && FindingOrder.weight(.low) == 1)
    }
}

/// The robustness sentences come from the message catalogue; the Chinese ones use full-width
/// punctuation (，：；（）) and counters, the English ones keep their wording.
@Suite struct RobustnessTextTests {
    static let asciiPunctuation: Set<Character> = [",", ":", ";", "(", ")"]

    @Test func chineseSentencesUseFullWidthPunctuation() throws {
        let net = PlantedRobustness.brokerNearThreshold()
        let context = DiagnosisContext(network: net)
        let findings = Diagnosis.run(context)
        let r = DiagnosisRobustness.run(findings, context: context, settings: RobustnessSettings(draws: 30, rate: 0.1, seed: 1))
        let broker = try #require(findings.firstIndex { $0.rule == "overloaded-broker" })
        let margin = try #require(r.findings[broker].margin)
        var chinese = r.lines(.zh) + [r.findings[broker].summary(.zh), margin.note(.zh), r.findings[broker].line(.zh)]
        chinese += RobustnessLabel.allCases.map { ReportLanguage.zh.robustness($0) } + RobustnessPhrase.allCases.map { ReportLanguage.zh.text($0) }
        for line in chinese {
            #expect(!line.contains { Self.asciiPunctuation.contains($0) }, "\(line)")
            #expect(!line.contains { $0.isASCII && $0.isLetter && $0 != "E" && $0 != "I" }, "English in \(line)")
        }
        #expect(r.findings[broker].summary(.zh).contains("（随机删除") && r.findings[broker].summary(.zh).hasSuffix("）"))
        #expect(margin.note(.zh).hasPrefix("中介占比0.405，阈值0.35："))
        #expect(r.lines(.zh)[1].hasPrefix("每种扰动抽样30次，"))
        // English wording.
        #expect(margin.note(.en).hasPrefix("betweenness share 0.405, threshold 0.35: "))
        #expect(r.findings[broker].summary(.en).contains(" (deletion ") && r.lines(.en)[1].hasPrefix("30 draws per perturbation, deletion rate 10%"))
    }
}
