import Foundation
import Testing
import GovNet
import GovNetTestSupport

/// `--lang zh` of compare, simulate, suggest and validate on a network whose departments and functions
/// are named in Chinese only (as a Chinese office writes them): no English sentence in the output
/// (``EnglishSentences``), Chinese punctuation and counters, p-values never "p = 0".
@Suite struct ChineseCommandsTests {
    /// A small county network before and after a reform, written in Chinese, with a mapping.
    static let before = """
    title: 某县应急联动（改革前）
    status: illustrative model
    departments:
      - {id: GOV, name: 县人民政府, kind: government, level: county}
      - {id: EMO, name: 县政府应急管理办公室, kind: emergency-management, level: county, led_by: GOV}
      - {id: SAWS, name: 县安全生产监督管理局, kind: work-safety, level: county, led_by: GOV}
      - {id: WATER, name: 县水利局, kind: water, level: county, led_by: GOV}
      - {id: CIVIL, name: 县民政局, kind: civil-affairs, level: county, led_by: GOV}
      - {id: MET, name: 县气象局, kind: meteorology, level: county, management: dual}
      - {id: FIRE, name: 县公安消防大队, kind: fire-rescue, level: county}
    ties:
      - {from: GOV, to: EMO, mechanism: command, relation: leadership, basis: regulation}
      - {from: GOV, to: SAWS, mechanism: command, relation: leadership, basis: regulation}
      - {from: GOV, to: WATER, mechanism: command, relation: leadership, basis: regulation}
      - {from: WATER, to: EMO, mechanism: information, basis: plan}
      - {from: MET, to: EMO, mechanism: information, basis: agreement}
      - {from: CIVIL, to: EMO, mechanism: information, basis: informal}
      - {from: EMO, to: FIRE, mechanism: operation, basis: plan}
      - {from: SAWS, to: FIRE, mechanism: operation, basis: informal}
      - {from: CIVIL, to: WATER, mechanism: material, basis: agreement}
    functions:
      - id: flood
        name: 防汛抗旱
        assignments: [{department: WATER, role: lead}, {department: MET, role: support}, {department: CIVIL, role: support}]
      - id: relief
        name: 灾害救助
        assignments: [{department: CIVIL, role: lead}, {department: EMO, role: lead}]
    """

    static let after = """
    title: 某县应急联动（改革后）
    status: illustrative model
    derived_from: before.yaml
    departments:
      - {id: GOV, name: 县人民政府, kind: government, level: county}
      - {id: EMB, name: 县应急管理局, kind: emergency-management, level: county, led_by: GOV, formerly: [EMO, SAWS]}
      - {id: WATER, name: 县水利局, kind: water, level: county, led_by: GOV}
      - {id: CIVIL, name: 县民政局, kind: civil-affairs, level: county, led_by: GOV}
      - {id: MET, name: 县气象局, kind: meteorology, level: county, management: dual}
      - {id: FIRE, name: 县消防救援大队, kind: fire-rescue, level: county, management: dual}
    ties:
      - {from: GOV, to: EMB, mechanism: command, relation: leadership, basis: regulation}
      - {from: GOV, to: WATER, mechanism: command, relation: leadership, basis: regulation}
      - {from: WATER, to: EMB, mechanism: information, basis: plan}
      - {from: MET, to: EMB, mechanism: information, basis: agreement}
      - {from: EMB, to: MET, mechanism: information, basis: agreement}
      - {from: CIVIL, to: EMB, mechanism: information, basis: plan}
      - {from: EMB, to: FIRE, mechanism: operation, basis: plan}
      - {from: EMB, to: CIVIL, mechanism: material, basis: agreement}
    functions:
      - id: flood
        name: 防汛抗旱
        assignments: [{department: EMB, role: lead}, {department: WATER, role: co-lead}, {department: MET, role: support}]
      - id: relief
        name: 灾害救助
        assignments: [{department: EMB, role: lead}, {department: CIVIL, role: support}]
    """

    /// Writes the two networks and returns their folder.
    static func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-zh-cmd-\(UUID())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try before.write(toFile: dir + "/before.yaml", atomically: true, encoding: .utf8)
        try after.write(toFile: dir + "/after.yaml", atomically: true, encoding: .utf8)
        return dir
    }

    /// What the files wrote (ids, names, file names): printed as written.
    static let written = ["before.yaml", "after.yaml", "GOV", "EMO", "EMB", "SAWS", "WATER", "CIVIL", "MET", "FIRE", "flood", "relief"]

    func check(_ output: String, _ what: String) {
        let english = EnglishSentences.find(in: output, allowing: Self.written)
        #expect(english.isEmpty, "\(what): English in the Chinese output: \(english)")
        #expect(!output.contains("p = 0 ") && !output.contains("p = 0\n") && !output.contains("p = 0 |"), "\(what): a p-value is never 0")
        for ascii in ["departments", "ties", "(untitled)", "none"] { #expect(!output.contains(" \(ascii) "), "\(what): \(ascii)") }
    }

    @Test(arguments: ["table", "markdown"]) func compare(format: String) throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLIRunner.run(["compare", dir + "/before.yaml", dir + "/after.yaml", "--lang", "zh", "--format", format, "--permutations", "99"])
        #expect(r.status == 0, "\(r.stderr)")
        check(r.stdout, "compare \(format)")
        #expect(r.stdout.contains("改革前：某县应急联动（改革前）") && r.stdout.contains("防汛抗旱"))
        #expect(!r.stdout.contains("（原文未提供中文）"), "a title written in Chinese needs no translation")
        // Three waves: the trajectory.
        let w = try CLIRunner.run(["compare", dir + "/before.yaml", dir + "/after.yaml", dir + "/after.yaml", "--lang", "zh",
                                   "--format", format, "--permutations", "99"])
        #expect(w.status == 0, "\(w.stderr)")
        check(w.stdout, "compare waves \(format)")
    }

    @Test(arguments: ["table", "markdown"]) func simulate(format: String) throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for extra in [["--remove", "EMB"], ["--order", "betweenness", "--random", "5"], ["--remove", "WATER", "--order", "degree", "--adaptive"]] {
            let r = try CLIRunner.run(["simulate", dir + "/after.yaml", "--lang", "zh", "--format", format] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            check(r.stdout, "simulate \(extra) \(format)")
            #expect(r.stdout.contains("部门失效模拟：某县应急联动（改革后）"))
        }
        let plot = dir + "/curves.svg"
        let r = try CLIRunner.run(["simulate", dir + "/after.yaml", "--lang", "zh", "--random", "5", "--plot", plot, "-o", dir + "/curves.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        check(try String(contentsOfFile: plot, encoding: .utf8), "simulate --plot")
        // No option: the note says what is simulated, in Chinese.
        let d = try CLIRunner.run(["simulate", dir + "/after.yaml", "--lang", "zh", "--format", format])
        #expect(d.stderr.contains("提示："), "\(d.stderr)")
        check(d.stderr, "simulate note")
    }

    @Test(arguments: ["table", "markdown"]) func suggest(format: String) throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for net in ["before.yaml", "after.yaml"] {
            let r = try CLIRunner.run(["suggest", dir + "/" + net, "--lang", "zh", "--format", format, "--budget", "3"])
            #expect(r.status == 0, "\(r.stderr)")
            check(r.stdout, "suggest \(net) \(format)")
            #expect(r.stdout.contains("建议新增的联系："))
        }
    }

    /// `info` and the table headings of `metrics` in Chinese; the CSV of `metrics` keeps its column ids.
    @Test func infoAndMetrics() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let info = try CLIRunner.run(["info", dir + "/after.yaml", "--lang", "zh"])
        #expect(info.status == 0, "\(info.stderr)")
        check(info.stdout, "info")
        #expect(info.stdout.contains("各类型部门数") && info.stdout.contains("应急管理") && info.stdout.contains("县级"), "\(info.stdout)")
        for extra in [[String](), ["--network"], ["--ties"]] {
            let r = try CLIRunner.run(["metrics", dir + "/after.yaml", "--lang", "zh", "--format", "table"] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            check(r.stdout, "metrics \(extra)")
        }
        let node = try CLIRunner.run(["metrics", dir + "/after.yaml", "--lang", "zh", "--format", "table", "--metric", "betweenness"])
        #expect(node.stdout.contains("中介中心度") && node.stdout.contains("县应急管理局"), "\(node.stdout)")
        let csv = try CLIRunner.run(["metrics", dir + "/after.yaml", "--lang", "zh", "--format", "csv", "--metric", "betweenness"])
        #expect(csv.stdout.hasPrefix("id,name,betweenness"), "\(csv.stdout)")
    }

    /// The structural views of `metrics` (positions, core–periphery, two-mode, dominators, pair
    /// redundancy, sensitivity) in a Chinese table: headings, names, modes, row labels and the notes on
    /// standard error are Chinese; CSV keeps the column ids and canonical names scripts read.
    @Test func structuralMetricsInChinese() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let views: [[String]] = [["--positions"], ["--core-periphery", "present"], ["--two-mode", "functions"],
                                 ["--root", "GOV"], ["--between", "GOV", "FIRE"], ["--robustness", "20", "--metric", "degree"]]
        for extra in views {
            let r = try CLIRunner.run(["metrics", dir + "/after.yaml", "--lang", "zh", "--format", "table"] + extra)
            #expect(r.status == 0, "\(extra): \(r.stderr)")
            check(r.stdout, "metrics \(extra)")
            check(r.stderr, "metrics \(extra) notes")
        }
        let modes = try CLIRunner.run(["metrics", dir + "/after.yaml", "--lang", "zh", "--format", "table", "--two-mode", "functions"])
        #expect(modes.stdout.contains("职能") && modes.stdout.contains("防汛抗旱") && modes.stdout.contains("县应急管理局"), "\(modes.stdout)")
        let pair = try CLIRunner.run(["metrics", dir + "/after.yaml", "--lang", "zh", "--format", "table", "--between", "GOV", "FIRE"])
        #expect(pair.stdout.contains("最小点割集"), "\(pair.stdout)")
        let core = try CLIRunner.run(["metrics", dir + "/after.yaml", "--lang", "zh", "--format", "table", "--core-periphery", "present"])
        #expect(core.stderr.contains("核心—边缘结构"), "\(core.stderr)")
        let csv = try CLIRunner.run(["metrics", dir + "/after.yaml", "--lang", "zh", "--format", "csv", "--between", "GOV", "FIRE"])
        #expect(csv.stdout.hasPrefix("what,count,departments") && csv.stdout.contains("minimum node cut"), "\(csv.stdout)")
        let whole = try CLIRunner.run(["metrics", dir + "/after.yaml", "--lang", "zh", "--format", "table", "--network"])
        #expect(whole.stdout.contains("三元组普查") && whole.stdout.contains("指挥协调与信息共享的Jaccard相似度"), "\(whole.stdout)")
        #expect(!whole.stdout.contains("jaccard_") && !whole.stdout.contains("triad_census"), "\(whole.stdout)")
        check(whole.stderr, "metrics --network warnings")
        let unknown = try CLIRunner.run(["metrics", dir + "/after.yaml", "--lang", "zh", "--root", "NOPE"])
        #expect(unknown.status != 0 && unknown.stderr.contains("不是") && unknown.stderr.contains("NOPE"), "\(unknown.stderr)")
    }

    /// `govnet render --lang zh`: departments labelled by their Chinese names, the legend, mechanism
    /// names and the illustrative-model caption in Chinese; `--label id` keeps ids on the departments but
    /// the words around the picture stay Chinese.
    @Test func renderInChinese() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLIRunner.run(["render", dir + "/after.yaml", "--lang", "zh", "-o", dir + "/after.dot"])
        #expect(r.status == 0, "\(r.stderr)")
        let dot = try String(contentsOfFile: dir + "/after.dot", encoding: .utf8)
        #expect(dot.contains("县应急管理局") && dot.contains("指挥协调") && dot.contains("示意性模型"), "\(dot)")
        let ids = try CLIRunner.run(["render", dir + "/after.yaml", "--lang", "zh", "--label", "id", "-o", dir + "/ids.dot"])
        #expect(ids.status == 0, "\(ids.stderr)")
        let idDot = try String(contentsOfFile: dir + "/ids.dot", encoding: .utf8)
        #expect(!idDot.contains("县应急管理局") && idDot.contains("指挥协调") && idDot.contains("示意性模型"), "\(idDot)")
        let bad = try CLIRunner.run(["render", dir + "/after.yaml", "--lang", "zh", "--focus", "NOPE", "-o", dir + "/x.dot"])
        #expect(bad.status != 0 && bad.stderr.contains("不是本网络中的部门"), "\(bad.stderr)")
    }

    /// A Chinese office's file with mistakes: every message in Chinese, the location and the severity
    /// word as editors and CI read them (`FILE:LINE: error: …`), did-you-mean hints kept.
    @Test func validate() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bad = """
        title: 某县应急联动
        status: illustrative
        colour: red
        departments:
          - {id: EMB, name: 县应急管理局, kind: emergency-management, led_by: GOVV}
          - {id: WATER, name: 县水利局, kind: water, management: dual, led_by: EMB}
          - {id: WATER, name: 县水利局（重复）}
          - {id: CIVIL, name: 县民政局, shoe: 1}
          - {id: ISOLATED, name: 县档案馆}
        ties:
          - {from: EMB, to: WATR, mechanism: information}
          - {from: EMB, to: CIVIL, mechanism: informaton}
          - {from: EMB, to: CIVIL, mechanism: operation, basis: 预按, relation: leadership}
          - {from: EMB, to: EMB, mechanism: command}
          - {from: WATER, to: CIVIL, mechanism: material, weight: -1, functions: [floood]}
        functions:
          - id: flood
            name: 防汛抗旱
            assignments: [{department: WATR, role: lead}, {department: CIVIL, role: leed}]
        """
        try bad.write(toFile: dir + "/bad.yaml", atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["validate", dir + "/bad.yaml", dir + "/after.yaml", "--lang", "zh"])
        #expect(r.status == 65, "\(r.stderr)")
        // Ids, keys and the vocabularies' values (lists of accepted spellings) are not sentences.
        let vocabularies = ["'observed data', 'documentary data', 'illustrative model'", "command, drafting, information, material, membership, operation, supervision",
                            "law, regulation, plan, agreement, informal", "lead, co-lead, support"]
        let written = Self.written + vocabularies + ["bad.yaml", "GOVV", "WATR", "informaton", "floood", "leed", "colour", "shoe", "ISOLATED", "illustrative"]
        let english = EnglishSentences.find(in: r.stdout, allowing: written)
        #expect(english.isEmpty, "English in validate --lang zh: \(english)\n\(r.stdout)")
        #expect(r.stdout.contains("bad.yaml:"), "\(r.stdout)")
        for expected in [": error: ", ": warning: ", "（是否应为“WATER”？）", "（是否应为“information”？）", "after.yaml：通过，6个部门，8条联系，2项职能"] {
            #expect(r.stdout.contains(expected), "\(expected)\n\(r.stdout)")
        }
        let en = try CLIRunner.run(["validate", dir + "/bad.yaml", dir + "/after.yaml"])
        #expect(en.stdout.contains("(did you mean 'WATER'?)") && en.stdout.contains("ok — 6 departments, 8 ties, 2 functions, 0 warnings"), "\(en.stdout)")
    }

    /// No permutation as extreme as the observed correlation: "p ≤ 1/(n+1)" rounded up, "p < 0.001" from
    /// 1000 permutations on (Phipson & Smyth 2010), in the table and in the report's sentences.
    @Test func pValuesAreNeverZero() throws {
        let base = ["compare", "networks/hubei-city-pre-reform.yaml", "networks/hubei-city-post-reform.yaml",
                    "--mapping", "networks/hubei-city-reform-mapping.csv", "--lang", "zh", "--no-metrics", "--format", "table"]
        for (permutations, shown) in [("499", "p ≤ 0.002"), ("1000", "p < 0.001")] {
            let r = try CLIRunner.run(base + ["--permutations", permutations])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains(" \(shown) "), "\(permutations) permutations: \(shown)")
            #expect(!r.stdout.contains("p = 0 ") && !r.stdout.contains("p = 0\n"))
        }
    }

    /// The comparison's network table carries Krackhardt's hierarchy dimensions and the core–periphery
    /// fit in both languages (values as `govnet metrics --network` computes them), and an undefined
    /// relative change (from 0) is a dash, never "nan".
    @Test func compareShowsHierarchyDimensions() throws {
        let base = ["compare", "networks/hubei-city-pre-reform.yaml", "networks/hubei-city-post-reform.yaml",
                    "--mapping", "networks/hubei-city-reform-mapping.csv", "--permutations", "99", "--format", "markdown"]
        let zh = try CLIRunner.run(base + ["--lang", "zh"])
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stdout.contains("| Krackhardt等级度 |") && zh.stdout.contains("| 核心—边缘结构拟合度 |"), "\(zh.stdout)")
        let en = try CLIRunner.run(base)
        // Markdown escapes the underscores of the English metric ids.
        #expect(en.stdout.contains("| krackhardt\\_hierarchy |") && en.stdout.contains("| core\\_periphery\\_fit |"), "\(en.stdout)")
        #expect(!zh.stdout.contains("nan") && !en.stdout.contains("| nan"), "\(en.stdout)")
    }

    /// The option errors the commands share (an unknown `--center`, an unknown `--mechanism`) speak
    /// `--lang` and name what is available.
    @Test func optionErrorsInChinese() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for command in ["simulate", "suggest", "qap"] {
            var args = [command, dir + "/after.yaml", "--lang", "zh", "--center", "NOPE"]
            if command == "qap" { args += ["--dependent", "information", "--independent", "command"] }
            let r = try CLIRunner.run(args)
            #expect(r.status == 64 && r.stderr.contains("--center 指定的“NOPE”不是"), "\(command): \(r.stderr)")
        }
        let m = try CLIRunner.run(["metrics", dir + "/after.yaml", "--lang", "zh", "--mechanism", "informaton"])
        #expect(m.status == 64 && m.stderr.contains("没有名为“informaton”的联动机制") && m.stderr.contains("information"), "\(m.stderr)")
        let en = try CLIRunner.run(["metrics", dir + "/after.yaml", "--mechanism", "informaton"])
        #expect(en.stderr.contains("unknown mechanism 'informaton'; the mechanisms here are command, information"), "\(en.stderr)")
    }

    /// The English output keeps its words (the catalogue's English reproduces them).
    @Test func englishUnchanged() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLIRunner.run(["compare", dir + "/before.yaml", dir + "/after.yaml", "--format", "markdown", "--permutations", "99"])
        #expect(r.status == 0, "\(r.stderr)")
        for line in ["# Comparison", "before: 某县应急联动（改革前）", "## Ties (after alignment)", "| mechanism | before | after | added | removed |",
                     "QAP: 99 permutations, seed 1, binary matrices over 6 departments;", "## Sensitivity to the alignment rule", "## Tie changes",
                     "Caveat: the later network was derived by hand from before.yaml (derived_from)"] {
            #expect(r.stdout.contains(line), "\(line)")
        }
    }
}
