import Foundation
import Testing
import GovNetTestSupport

/// `govnet ergm`: the pinned JSON shape, the Florentine MPLE against ergmx (Fixtures/ergm/ergm-oracle.json,
/// written by scripts/oracle/ergm.py), formula errors, notes, Chinese output and byte-identical reruns.
@Suite struct ERGMCLITests {
    static let florentine = "networks/florentine/florentine.yaml"
    static let post = "networks/hubei-city-post-reform.yaml"
    static let pre = "networks/hubei-city-pre-reform.yaml"
    static let mapping = "networks/hubei-city-reform-mapping.csv"

    func json(_ args: [String]) throws -> [String: Any] {
        let r = try CLIRunner.run(["ergm"] + args + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test func florentineMatchesTheOracle() throws {
        let fixture = ERGMOracleFixtureFile.load()
        for (formula, expected) in [("edges + triangle", fixture["edges + triangle"]!), ("edges + kstar(2)", fixture["edges + kstar(2)"]!)] {
            let o = try json([Self.florentine, "--model", formula, "--estimate", "mple"])
            let coefficients = try #require(o["coefficients"] as? [[String: Any]])
            #expect(coefficients.map { $0["term"] as? String } == expected.names)
            expectClose(coefficients.map { $0["estimate"] as? Double ?? .nan }, expected.estimates, formula)
            expectClose(coefficients.map { $0["std_error"] as? Double ?? .nan }, expected.stdErrors, formula)
            for c in coefficients {
                let (e, s, z, p) = (c["estimate"] as! Double, c["std_error"] as! Double, c["z"] as! Double, c["p"] as! Double)
                #expect(approximatelyEqual(z, e / s) && p > 0 && p <= 1)
            }
            #expect(o["estimate"] as? String == "MPLE")
            #expect((o["notes"] as? [String])?.first?.contains("unreliable") == true)
        }
    }

    @Test func directedModelWithAttributesAndTheOtherWave() throws {
        let o = try json([Self.post, "--mechanism", "information", "--model", "edges + mutual + gwesp(0.5, fixed) + nodematch(kind) + edgecov(wave:information)",
                          "--wave", Self.pre, "--mapping", Self.mapping])
        let terms = (o["coefficients"] as? [[String: Any]] ?? []).map { $0["term"] as? String ?? "" }
            + (o["excluded"] as? [[String: Any]] ?? []).map { $0["term"] as? String ?? "" }
        #expect(Set(terms) == ["edges", "mutual", "gwesp.OTP.fixed.0.5", "nodematch.kind", "edgecov.wave:information"])
        let notes = try #require(o["notes"] as? [String])
        #expect(notes.contains { $0.contains("not a model of change") && $0.contains("STERGM") && $0.contains("SAOM") }, "\(notes)")
        let text = try CLIRunner.run(["ergm", Self.post, "--mechanism", "information", "--model", "edges + mutual + edgecov(wave:information)",
                                      "--wave", Self.pre, "--mapping", Self.mapping, "--format", "table", "--lang", "zh"])
        #expect(text.status == 0 && text.stdout.contains("不是变化模型") && text.stdout.contains("估计值"), "\(text.stdout)\(text.stderr)")
    }

    @Test func badFormulasAreUsageErrors() throws {
        let r = try CLIRunner.run(["ergm", Self.florentine, "--model", "edges + gwsep(0.5, fixed)"])
        #expect(r.status == 64 && r.stderr.contains("column 9: unknown term 'gwsep'; did you mean 'gwesp'?"), "\(r.stderr)")
        let s = try CLIRunner.run(["ergm", Self.florentine, "--model", "edges +"])
        #expect(s.status == 64 && s.stderr.contains("column 8"), "\(s.stderr)")
        let m = try CLIRunner.run(["ergm", Self.florentine, "--model", "edges + mutual"])
        #expect(m.status == 64 && m.stderr.contains("directed networks"), "\(m.stderr)")
        let a = try CLIRunner.run(["ergm", Self.florentine, "--model", "edges + nodecov(wealth)"])
        #expect(a.status == 65 && a.stderr.contains("no department has the attribute 'wealth'"), "\(a.stderr)")
        let w = try CLIRunner.run(["ergm", Self.post, "--model", "edges + edgecov(wave:information)"])
        #expect(w.status == 64 && w.stderr.contains("--wave"), "\(w.stderr)")
        let e = try CLIRunner.run(["ergm", Self.florentine, "--model", "edges", "--estimate", "bayes"])
        #expect(e.status == 64, "\(e.stderr)")
    }

    /// Monte Carlo MLE: the MCMC block, Monte Carlo standard errors, the same bytes for the same seed, and
    /// degeneracy explained instead of an estimate.
    @Test func monteCarloMLE() throws {
        let args = [Self.florentine, "--model", "edges + triangle", "--estimate", "mcmle", "--seed", "5", "--sample-size", "512"]
        let o = try json(args)
        #expect(o["estimate"] as? String == "MCMLE")
        let mcmc = try #require(o["mcmc"] as? [String: Any])
        #expect(mcmc["sample_size"] as? Int == 512 && (mcmc["statistics"] as? [[String: Any]])?.count == 2)
        let coefficients = try #require(o["coefficients"] as? [[String: Any]])
        #expect(coefficients.allSatisfy { $0["mcmc_std_error"] is Double && $0["std_error"] is Double })
        let first = try CLIRunner.run(["ergm"] + args + ["--format", "json"]), second = try CLIRunner.run(["ergm"] + args + ["--format", "json"])
        #expect(first.stdout == second.stdout)
        let degenerate = try CLIRunner.run(["ergm", Self.post, "--undirected", "--model", "edges + kstar(2) + triangle", "--estimate", "mcmle"])
        #expect(degenerate.status == 65 && degenerate.stderr.contains("the model is degenerate"), "\(degenerate.stderr)")
    }

    /// Goodness of fit: the JSON block (in-/out-degree, shared partners, distance, model statistics; p never 0),
    /// the CSV table, the Chinese headings, the log-likelihood of the Monte Carlo MLE, and the same bytes for
    /// the same seed.
    @Test func goodnessOfFit() throws {
        let args = [Self.post, "--mechanism", "information", "--model", "edges + mutual", "--gof", "--gof-simulations", "40", "--seed", "3"]
        let o = try json(args)
        let g = try #require(o["goodness_of_fit"] as? [String: Any])
        #expect(g["simulations"] as? Int == 40 && g["verdict"] is String && g["fits"] is Bool)
        let statistics = try #require(g["statistics"] as? [[String: Any]])
        #expect(statistics.map { $0["statistic"] as? String } == ["idegree", "odegree", "espartners", "distance", "model"])
        for s in statistics {
            let rows = try #require(s["rows"] as? [[String: Any]])
            #expect(!rows.isEmpty)
            #expect(rows.allSatisfy { (($0["p"] as? NSNumber)?.doubleValue ?? 0) >= 2.0 / 41.0 - 1e-12 && (($0["p"] as? NSNumber)?.doubleValue ?? 2) <= 1 })
        }
        #expect((statistics[3]["rows"] as? [[String: Any]])?.last?["value"] as? String == "Inf")
        let csv = try CLIRunner.run(["ergm"] + args + ["--format", "csv"])
        #expect(csv.status == 0 && csv.stdout.contains("statistic,value,observed,min,mean,max,p") && csv.stdout.contains("\ndistance,Inf,"), "\(csv.stdout)")
        let zh = try CLIRunner.run(["ergm"] + args + ["--format", "table", "--lang", "zh"])
        #expect(zh.status == 0 && zh.stdout.contains("拟合优度") && zh.stdout.contains("入度"), "\(zh.stdout)")
        let first = try CLIRunner.run(["ergm"] + args + ["--format", "json"]), second = try CLIRunner.run(["ergm"] + args + ["--format", "json"])
        #expect(first.stdout == second.stdout)
        let m = try json([Self.florentine, "--model", "edges + triangle", "--estimate", "mcmle", "--sample-size", "512"])
        #expect((m["log_likelihood"] as? Double).map { $0 < 0 } == true && m["aic"] is Double && m["log_likelihood_mc_std_error"] is Double)
        #expect((m["likelihood"] as? String)?.contains("path sampling") == true)
    }

    @Test func sameInputSameBytesInEveryFormat() throws {
        for format in ["json", "csv", "table", "markdown"] {
            let args = ["ergm", Self.post, "--mechanism", "information", "--model", "edges + mutual + triangle + nodefactor(level)", "--format", format]
            let first = try CLIRunner.run(args), second = try CLIRunner.run(args)
            #expect(first.status == 0 && first.stdout == second.stdout, "\(format): \(first.stderr)")
        }
    }
}

/// The Florentine (15 families) models of the ergmx oracle fixture, by formula.
enum ERGMOracleFixtureFile {
    struct Model { var names: [String?]; var estimates: [Double?]; var stdErrors: [Double?] }
    static func load() -> [String: Model] {
        let url = RepoPaths.fixtures.appendingPathComponent("ergm/ergm-oracle.json")
        let root = try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let nets = root["networks"] as! [[String: Any]]
        let flo = nets.first { $0["name"] as? String == "florentine15" }!
        var out: [String: Model] = [:]
        for m in flo["models"] as! [[String: Any]] {
            out[m["formula"] as! String] = Model(names: (m["names"] as! [String]).map { $0 }, estimates: (m["estimates"] as! [Double]).map { $0 },
                                                 stdErrors: (m["std_errors"] as! [Double]).map { $0 })
        }
        return out
    }
}
