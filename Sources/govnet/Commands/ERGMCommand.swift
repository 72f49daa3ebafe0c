import ArgumentParser
import Foundation
import GovNet

/// `govnet ergm FILE --model "edges + mutual + …"`: an exponential random graph model of one view of
/// the network (R ergm's terms and names), estimated by maximum pseudo-likelihood.
struct ERGMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ergm",
        abstract: "Fit an exponential random graph model (ERGM, as R's ergm) to the ties of one or more mechanisms.",
        discussion: """
        --model is an ergm formula: terms joined by '+'. Terms (directed and undirected as in ergm 4): \
        edges, mutual (directed), triangle, kstar(k) (undirected), istar(k), ostar(k) (directed), \
        gwesp(a, fixed), gwdsp(a, fixed), gwdegree(a, fixed) (undirected), gwidegree(a, fixed), \
        gwodegree(a, fixed) (directed), nodecov(ATTR), absdiff(ATTR), nodefactor(ATTR), nodematch(ATTR) \
        and nodematch(ATTR, diff), edgecov(X). ATTR is kind, level, management or a department \
        attribute; X is a dyadic matrix as in govnet qap: a mechanism MECH, t:MECH, same:ATTR, \
        led-by-same, co-member, centre, or wave:MECH (the other wave given by --wave, aligned by \
        --mapping; the model then uses the common node set). Statistics are named as ergm prints them \
        (kstar2, gwesp.fixed.0.5, gwesp.OTP.fixed.0.5, nodefactor.kind.bureau, …). The network is the \
        view of the --mechanism ties (all one-mode mechanisms by default), directed when any of its ties \
        is. --estimate mple (maximum pseudo-likelihood, R's estimate = "MPLE", the default; its standard \
        errors are unreliable for dyad-dependent terms, which the output marks) or mcmle (Monte Carlo \
        maximum likelihood with the log-likelihood, AIC and BIC by path sampling, as R's ergm). --gof \
        simulates --gof-simulations networks from the estimates and compares their degree, edgewise \
        shared partner and geodesic distance distributions with the observed ones (R's gof), with Monte \
        Carlo p-values that are never 0. \
        Statistics without variation or at an extreme of their range are reported and left out instead \
        of being estimated as ±infinity. p-values are two-sided normal, never below 2.2e-16.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var out: OutputOptions

    @Argument(help: "Network file.") var file: String
    @Option(help: ArgumentHelp("The model formula, e.g. \"edges + mutual + gwesp(0.5, fixed) + nodematch(kind)\".", valueName: "formula"))
    var model: String
    @Option(name: .customLong("mechanism"), help: ArgumentHelp("Mechanism whose ties are modelled (repeatable; default: every one-mode mechanism combined).", valueName: "id"))
    var mechanisms: [String] = []
    @Flag(help: "Model the undirected projection (a tie either way is one edge).") var undirected = false
    @Option(help: ArgumentHelp("Estimator: mple (maximum pseudo-likelihood, instantaneous) or mcmle (Monte Carlo maximum likelihood, started at the MPLE).", valueName: "method"))
    var estimate: String = "mple"
    @Option(help: "Seed of the sampler of --estimate mcmle (MPLE is deterministic).") var seed: UInt64 = 1
    @Option(name: .customLong("sample-size"), help: "Networks sampled per iteration of --estimate mcmle.") var sampleSize: Int = 1024
    @Flag(help: "Goodness of fit: simulate networks from the estimates and compare their degree, edgewise-shared-partner and geodesic-distance distributions with the observed ones (as R's gof(ergm)).")
    var gof = false
    @Option(name: .customLong("gof-simulations"), help: "Networks simulated for --gof (seeded by --seed).") var gofSimulations: Int = 100
    @OptionGroup var waves: WaveOptions
    @Option(help: ArgumentHelp("The coordinating department, for edgecov(centre) and same:class (default: found by role).", valueName: "id"))
    var center: String?
    @Option(help: "Output format: table, markdown, json or csv (default: table on a terminal, markdown otherwise).")
    var format: OutputFormat?
    @Option(help: "Language of the table's headings, notes and explanations: en or zh.") var lang: ReportLanguage = .en

    func validate() throws {
        var problems: [String] = []
        switch estimate {
        case "mple", "mcmle": break
        default: problems.append("--estimate must be mple or mcmle; got '\(estimate)'")
        }
        if !(16...1_000_000).contains(sampleSize) { problems.append("--sample-size must be between 16 and 1000000; got \(sampleSize)") }
        if !(10...100_000).contains(gofSimulations) { problems.append("--gof-simulations must be between 10 and 100000; got \(gofSimulations)") }
        problems += waves.problems
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() throws {
        try reportingErrors(language: lang) {
            try out.checkNotOverwriting(inputs: [file] + waves.inputs, language: lang)
            let formula: ERGMFormula
            do { formula = try ERGMFormula(model) } catch let e as ERGMFormulaError {
                throw InputError(message: "error: " + e.text(lang))
            }
            let loaded = try input.load(file, language: lang)
            let net = loaded.network
            // edgecov(centre) and same:class turn on the coordinating department.
            CoordinatorNotice.warnIfMissing(net, file: file, center: center, quiet: input.quiet, language: lang)
            let known = Set(net.allMechanisms.map(\.id)).union(net.ties.map(\.mechanism))
            for m in mechanisms where !known.contains(m) {
                throw CommandErrors.unknownMechanism(m, available: net.usedMechanismIDs, lang)
            }
            if let center, !net.departments.contains(where: { $0.id == center }) {
                throw CommandErrors.unknownCenter(center, file: file, lang)
            }
            var seen = Set<String>()
            var nodes = net.departments.map(\.id).filter { seen.insert($0).inserted }
            var otherTies: TieTable?
            let usesWave = formula.calls.contains { $0.name == "edgecov" && ($0.arguments.first?.value.name ?? "").hasPrefix("wave:") }
            if usesWave && waves.wave == nil {
                throw CommandErrors.error("cli.ergm.wave-missing", [], lang)
            }
            if let alignment = try waves.aligned(onto: loaded, file: file, input: input, language: lang) {
                let added = Set(alignment.added)
                nodes = nodes.filter { !added.contains($0) }
                otherTies = alignment.beforeTies
            }
            let bound = try ERGMBinding(network: net, nodes: nodes, formula: formula, mechanisms: mechanisms, undirected: undirected,
                                        center: center, otherWave: otherTies, language: lang)
            let (ergm, state, directed) = (bound.model, bound.state, bound.directed)
            var settings = ERGMMCMLE.Settings(seed: seed)
            settings.sampleSize = sampleSize
            let (fit, diagnostics) = try Self.estimate(ergm, state, mcmle: estimate == "mcmle", settings: settings, language: lang)
            let waveMatrices = ergm.terms.compactMap { t -> String? in
                if case .edgecov(let x) = t, x.hasPrefix("wave:") { return x }
                return nil
            }
            var goodness: ERGMGoodnessOfFit.Result?
            var gofNote: String?
            if gof {
                if fit.excluded.isEmpty {
                    var settings = ERGMGoodnessOfFit.Settings(seed: seed, simulations: gofSimulations)
                    settings.interval = diagnostics?.interval
                    goodness = ERGMGoodnessOfFit.compare(ergm, state, coefficients: fit.coefficients.map(\.estimate), settings: settings)
                } else {
                    gofNote = say("gof.notRun")
                }
            }
            let summary = Summary(departments: nodes.count, ties: state.edgeCount, directed: directed, waveMatrices: waveMatrices,
                                  exact: !ergm.terms.contains { $0.isDyadDependent }, goodness: goodness, gofNote: gofNote)
            let format = OutputFormat.resolve(self.format, fallback: .markdown, output: out.output)
            switch format {
            case .json: try out.emit(json(fit, ergm, summary, diagnostics, status: net.metadata.status).rendered())
            case .csv: try out.emit(StatusNotice.apply(goodness.map(gofCSV) ?? csv(fit), format: .csv, network: net))
            case .table, .markdown:
                try out.emit(StatusNotice.apply(text(fit, ergm, summary, diagnostics, format: format), format: format, network: net, language: lang))
            }
        }
    }

    /// What the output says about the network beside the fit.
    struct Summary {
        var departments: Int
        var ties: Int
        var directed: Bool
        var waveMatrices: [String]
        /// Every term dyad-independent: the pseudo-likelihood is the likelihood.
        var exact: Bool
        /// The goodness of fit (--gof), or why it was not run.
        var goodness: ERGMGoodnessOfFit.Result?
        var gofNote: String?
    }

    /// A phrase of the catalogue (`ergm.<key>`) in the output language.
    func say(_ key: String) -> String { MessageCatalogue.template("ergm.\(key)", lang) }

    func render(_ key: String, _ arguments: [(String, MessageArgument)]) -> String {
        MessageCatalogue.render(Message("ergm.\(key)", arguments), lang)
    }

    static func pText(_ p: Double) -> String {
        p <= ERGMFit.pFloor ? "< 2.2e-16" : NumberFormat.significant(p, digits: 3)
    }

    /// Fits the model (MPLE, or Monte Carlo MLE with `settings`), turning a model that cannot be estimated
    /// into a data error that says why, in `language`.
    static func estimate(_ model: ERGMModel, _ state: ERGMDyadState, mcmle: Bool, settings: ERGMMCMLE.Settings,
                         language lang: ReportLanguage) throws -> (ERGMFit, ERGMMCMLE.Diagnostics?) {
        func say(_ key: String) -> String { MessageCatalogue.template("ergm.\(key)", lang) }
        do {
            if mcmle {
                let (fit, diagnostics) = try ERGMMCMLE.fit(model, state, settings: settings)
                return (fit, diagnostics)
            }
            return (try ERGMMPLE.fit(model, state), nil)
        } catch let f as ERGMMCMLE.Failure {
            switch f {
            case .excluded(let excluded):
                throw InputError(message: "error: \(say("mcmle.excluded"))\n" + excluded.map { "  " + excludedText($0, lang) }.joined(separator: "\n"), code: Exit.dataError)
            case .degenerate(let d):
                throw InputError(message: "error: \(degeneracyText(d, lang))", code: Exit.dataError)
            }
        } catch let f as ERGMMPLE.Failure {
            switch f {
            case .tooFewNodes: throw CommandErrors.error("cli.ergm.too-few", [], lang, code: Exit.dataError)
            case .nothingToEstimate(let excluded):
                let reasons = excluded.map { excludedText($0, lang) }
                throw InputError(message: "error: \(say("nothingToEstimate"))\n" + reasons.map { "  " + $0 }.joined(separator: "\n"), code: Exit.dataError)
            }
        }
    }

    func degeneracyText(_ d: ERGMMCMLE.Degeneracy) -> String { Self.degeneracyText(d, lang) }

    static func degeneracyText(_ d: ERGMMCMLE.Degeneracy, _ lang: ReportLanguage) -> String {
        func render(_ key: String, _ arguments: [(String, MessageArgument)]) -> String { MessageCatalogue.render(Message("ergm.\(key)", arguments), lang) }
        func say(_ key: String) -> String { MessageCatalogue.template("ergm.\(key)", lang) }
        switch d {
        case .empty(let sampled, let observed):
            return render("degenerate.empty", [("sampled", .text(NumberFormat.significant(sampled, digits: 3))), ("observed", .text(NumberFormat.significant(observed, digits: 3)))])
        case .complete(let sampled, let observed):
            return render("degenerate.complete", [("sampled", .text(NumberFormat.significant(sampled, digits: 3))), ("observed", .text(NumberFormat.significant(observed, digits: 3)))])
        case .frozen(let name): return render("degenerate.frozen", [("name", .text(name))])
        case .diverging: return say("degenerate.diverging")
        }
    }

    func excludedText(_ e: ERGMFit.Excluded) -> String { Self.excludedText(e, lang) }

    static func excludedText(_ e: ERGMFit.Excluded, _ lang: ReportLanguage) -> String {
        MessageCatalogue.render(Message("ergm.excluded.\(e.reason.rawValue)", [("name", .text(e.name)), ("observed", .text(NumberFormat.significant(e.observed, digits: 6)))]), lang)
    }

    func notes(_ fit: ERGMFit, _ summary: Summary) -> [String] {
        var notes: [String] = []
        if fit.dyadDependent && fit.method == .mple { notes.append(say("dyadDependent")) }
        if !fit.converged { notes.append(render(fit.method == .mcmle ? "mcmle.notConverged" : "converged.not", [("iterations", .count(fit.iterations))])) }
        for w in summary.waveMatrices { notes.append(render("edgecovWave", [("matrix", .text("edgecov.\(w)"))])) }
        if let n = summary.gofNote { notes.append(n) }
        return notes
    }

    /// The plain explanation of each coefficient with p < 0.05.
    func explanations(_ fit: ERGMFit, _ model: ERGMModel) -> [String] {
        fit.coefficients.compactMap { c -> String? in
            guard c.p < 0.05, let k = model.names.firstIndex(of: c.name) else { return nil }
            let sign = c.estimate > 0 ? "positive" : "negative"
            let term = model.terms[model.termOfStatistic[k]]
            var attribute = "", level = ""
            let key: String
            switch term {
            case .edges: key = "edges"
            case .mutual: key = "mutual"
            case .triangle, .gwesp: key = "closure"
            case .gwdsp: key = "gwdsp"
            case .kstar, .istar, .ostar, .gwdegree, .gwidegree, .gwodegree:
                key = "popularity"
                // Geometrically weighted degree terms read the other way round (ergm: a negative gwdegree means hubs).
                if case .gwdegree = term { return render("explain.popularity.\(c.estimate > 0 ? "negative" : "positive")", [("name", .text(c.name))]) }
                if case .gwidegree = term { return render("explain.popularity.\(c.estimate > 0 ? "negative" : "positive")", [("name", .text(c.name))]) }
                if case .gwodegree = term { return render("explain.popularity.\(c.estimate > 0 ? "negative" : "positive")", [("name", .text(c.name))]) }
            case .nodecov(let a): key = "nodecov"; attribute = a
            case .absdiff(let a): key = "absdiff"; attribute = a
            case .nodefactor(let a):
                key = "nodefactor"; attribute = a
                level = String(c.name.dropFirst("nodefactor.\(a).".count))
            case .nodematch(let a, _):
                key = "nodematch"; attribute = a
                if c.name.count > "nodematch.\(a)".count { attribute += " (\(c.name.dropFirst("nodematch.\(a).".count)))" }
            case .edgecov(let x): key = "edgecov"; attribute = x
            }
            return render("explain.\(key).\(sign)", [("name", .text(c.name)), ("attribute", .text(attribute)), ("level", .text(level))])
        }
    }

    func json(_ fit: ERGMFit, _ model: ERGMModel, _ summary: Summary, _ diagnostics: ERGMMCMLE.Diagnostics?, status: String?) -> JSONValue {
        let mcmc: JSONValue = diagnostics.map { d in
            .object([("iterations", .number(Double(d.iterations))), ("sample_size", .number(Double(d.sampleSize))),
                     ("interval", .number(Double(d.interval))), ("burn_in", .number(Double(d.burnIn))), ("chains", .number(Double(d.chains))),
                     ("step_lengths", .array(d.steps.map { .finite($0) })),
                     ("statistics", .array(fit.names.indices.map { k in
                         .object([("term", .string(fit.names[k])), ("sample_mean_minus_observed", .finite(d.sampleMean[k])),
                                  ("sample_sd", .finite(d.sampleSD[k])), ("effective_size", .finite(d.effectiveSize[k]))])
                     })),
                     ("seed", .number(Double(d.seed)))])
        } ?? .null
        return JSONValue.object([
            ("model", .string(model.formula.text)),
            ("estimate", .string(fit.method.rawValue)),
            ("coefficients", .array(fit.coefficients.enumerated().map { k, c in
                var fields: [(String, JSONValue)] = [("term", .string(c.name)), ("estimate", .finite(c.estimate)), ("std_error", .finite(c.standardError)),
                                                     ("z", .finite(c.z)), ("p", .finite(c.p)), ("dyad_dependent", .bool(c.dyadDependent))]
                if let diagnostics {
                    fields += [("mcmc_std_error", .finite(diagnostics.monteCarloSE[k])), ("mcmc_percent", .finite(diagnostics.mcmcPercent[k]))]
                }
                return .object(fields)
            })),
            ("excluded", .array(fit.excluded.map { e in
                .object([("term", .string(e.name)), ("reason", .string(e.reason.rawValue)), ("observed", .finite(e.observed)),
                         ("explanation", .string(excludedText(e)))])
            })),
            ("observed_statistics", .array(zip(fit.names, fit.observed).map { .object([("term", .string($0.0)), ("observed", .finite($0.1))]) })),
            ("log_likelihood", .finite(fit.logLikelihood)),
            ("likelihood", .string(likelihoodKind(fit, summary, diagnostics))),
            ("log_likelihood_mc_std_error", diagnostics?.logLikelihoodSE.map { .finite($0) } ?? (fit.method == .mple ? .number(0) : .null)),
            ("mcmc", mcmc),
            ("deviance", .finite(fit.deviance)), ("null_deviance", .finite(fit.nullDeviance)),
            ("aic", .finite(fit.aic)), ("bic", .finite(fit.bic)),
            ("iterations", .number(Double(fit.iterations))), ("converged", .bool(fit.converged)),
            ("network", .object([("departments", .number(Double(summary.departments))), ("ties", .number(Double(summary.ties))),
                                 ("directed", .bool(summary.directed)), ("dyads", .number(Double(fit.dyads))),
                                 ("unique_change_statistic_rows", .number(Double(fit.uniqueRows))),
                                 ("mechanisms", .array((mechanisms.isEmpty ? ["all"] : mechanisms).map { .string($0) }))])),
            ("goodness_of_fit", summary.goodness.map(gofJSON) ?? .null),
            ("notes", .array(notes(fit, summary).map { .string($0) })),
            ("explanations", .array(explanations(fit, model).map { .string($0) })),
            ("status", status.map { .string($0) } ?? .null),
            ("settings", .object([
                ("seed", .number(Double(seed))), ("sample_size", .number(Double(sampleSize))), ("wave", waves.wave.map { .string($0) } ?? .null), ("mapping", waves.mapping.map { .string($0) } ?? .null),
                ("p_values", .string("two-sided normal, erfc(|z|/sqrt 2), never below 2.2e-16 (machine epsilon)")),
                ("software", .string("GovNet \(GovNetVersion.string)")),
            ])),
        ])
    }

    /// The goodness-of-fit verdict in the output language.
    func gofVerdict(_ g: ERGMGoodnessOfFit.Result) -> String {
        let misses = g.tables.filter { $0.statistic != .model }.compactMap { t -> String? in
            let m = t.misfits()
            guard !m.isEmpty else { return nil }
            return render("gof.miss", [("statistic", .text(t.statistic.rawValue)), ("values", .text(m.map { t.labels[$0] }.joined(separator: ", ")))])
        }
        return misses.isEmpty ? say("gof.fits") : render("gof.misfits", [("misses", .text(misses.joined(separator: "; ")))])
    }

    func gofHeading(_ g: ERGMGoodnessOfFit.Result) -> String {
        render("gof.heading", [("simulations", .count(g.simulations)), ("interval", .count(g.interval)), ("burnIn", .count(g.burnIn)),
                               ("chains", .count(g.chains)), ("seed", .text(String(g.seed)))])
    }

    func gofJSON(_ g: ERGMGoodnessOfFit.Result) -> JSONValue {
        .object([
            ("simulations", .number(Double(g.simulations))), ("interval", .number(Double(g.interval))), ("burn_in", .number(Double(g.burnIn))),
            ("chains", .number(Double(g.chains))), ("seed", .number(Double(g.seed))),
            ("p_value", .string("two-sided Monte Carlo, min(1, 2 min(k_le + 1, k_ge + 1) / (K + 1)) over K simulated networks; never 0")),
            ("fits", .bool(g.fits())), ("verdict", .string(gofVerdict(g))),
            ("statistics", .array(g.tables.map { t in
                let (lo, mean, hi, p) = (t.minimum, t.mean, t.maximum, t.pValues)
                return .object([("statistic", .string(t.statistic.rawValue)), ("title", .string(say("gof.title.\(t.statistic.rawValue)"))),
                                ("rows", .array(t.shown.map { v in
                                    .object([("value", .string(t.labels[v])), ("observed", .finite(t.observed[v])), ("min", .finite(lo[v])),
                                             ("mean", .finite(mean[v])), ("max", .finite(hi[v])), ("p", .finite(p[v]))])
                                }))])
            })),
        ])
    }

    /// One row per shown value of every distribution.
    func gofCSV(_ g: ERGMGoodnessOfFit.Result) -> String {
        var rows: [[String]] = []
        for t in g.tables {
            let (lo, mean, hi, p) = (t.minimum, t.mean, t.maximum, t.pValues)
            for v in t.shown { rows.append([t.statistic.rawValue, t.labels[v], metricText(t.observed[v]), metricText(lo[v]), metricText(mean[v]), metricText(hi[v]), metricText(p[v])]) }
        }
        return TableOutput(header: ["statistic", "value", "observed", "min", "mean", "max", "p"], rows: rows).rendered(.csv)
    }

    func gofText(_ g: ERGMGoodnessOfFit.Result, format: OutputFormat, line: (String) -> String) -> String {
        var text = "\n" + line(gofHeading(g) + ":")
        for t in g.tables {
            let (lo, mean, hi, p) = (t.minimum, t.mean, t.maximum, t.pValues)
            text += "\n" + line(say("gof.title.\(t.statistic.rawValue)"))
            text += TableOutput(header: [say("gof.value"), say("gof.observed"), say("gof.min"), say("gof.mean"), say("gof.max"), say("gof.p")],
                                rows: t.shown.map { v in
                                    [t.labels[v], NumberFormat.significant(t.observed[v], digits: 6), NumberFormat.significant(lo[v], digits: 6),
                                     NumberFormat.significant(mean[v], digits: 4), NumberFormat.significant(hi[v], digits: 6), NumberFormat.significant(p[v], digits: 2)]
                                }, numeric: Set(1..<6)).rendered(format)
        }
        text += "\n" + line(say("gof.pNote"))
        text += line(gofVerdict(g))
        return text
    }

    func likelihoodKind(_ fit: ERGMFit, _ summary: Summary, _ diagnostics: ERGMMCMLE.Diagnostics?) -> String {
        if fit.method == .mcmle {
            guard let d = diagnostics, d.logLikelihoodSE != nil else { return "not computed" }
            return d.logLikelihoodExact ? "exact (every term dyad-independent)"
                : "path sampling (ergm's bridge sampling) from the dyad-independent submodel, 32 bridges"
        }
        return summary.exact ? "exact (every term dyad-independent: the MPLE is the MLE)" : "pseudo-likelihood"
    }

    func csv(_ fit: ERGMFit) -> String {
        let rows = fit.coefficients.map { c in
            [c.name, metricText(c.estimate), metricText(c.standardError), metricText(c.z), metricText(c.p), c.dyadDependent ? "true" : "false", ""]
        } + fit.excluded.map { e in [e.name, "", "", "", "", "", e.reason.rawValue] }
        return TableOutput(header: ["term", "estimate", "std_error", "z", "p", "dyad_dependent", "not_estimated"], rows: rows).rendered(.csv)
    }

    func text(_ fit: ERGMFit, _ model: ERGMModel, _ summary: Summary, _ diagnostics: ERGMMCMLE.Diagnostics?, format: OutputFormat) -> String {
        func num(_ x: Double) -> String { NumberFormat.significant(x, digits: 4) }
        func line(_ s: String) -> String { (format == .markdown ? MarkdownText.inline(s) : TerminalText.cell(s)) + (format == .markdown ? "  \n" : "\n") }
        var text = line(say(fit.method == .mcmle ? "mcmle.title" : "mple.title"))
        text += line("\(model.formula.text)")
        text += line("(\(summary.departments) \(say("departments")), \(summary.ties) \(say("ties")), \(fit.dyads) \(say("dyads")); "
                     + "\(say(summary.directed ? "directed" : "undirected")))")
        text += "\n"
        if let d = diagnostics {
            text += TableOutput(header: [say("term"), say("estimate"), say("standardError"), say("mcmcPercent"), "z", say("p")],
                                rows: fit.coefficients.enumerated().map { k, c in
                                    [c.name, num(c.estimate), num(c.standardError), NumberFormat.significant(d.mcmcPercent[k], digits: 2), num(c.z), Self.pText(c.p)]
                                }, numeric: Set(1..<5)).rendered(format)
            text += "\n"
            text += line(render("mcmc.summary", [("iterations", .count(d.iterations)), ("sample", .count(d.sampleSize)), ("interval", .count(d.interval)),
                                                  ("burnIn", .count(d.burnIn)), ("chains", .count(d.chains)), ("seed", .text(String(d.seed)))]))
            if let se = d.logLikelihoodSE {
                let label = d.logLikelihoodExact ? say("logLikelihood.exact") : render("logLikelihood.bridge", [("se", .text(NumberFormat.significant(se, digits: 2)))])
                text += line("\(label) \(num(fit.logLikelihood)), \(say("deviance")) \(num(fit.deviance)), "
                             + "\(say("nullDeviance")) \(num(fit.nullDeviance)), AIC \(num(fit.aic)), BIC \(num(fit.bic))")
            }
            text += line(say("mcmc.diagnostics") + ": " + fit.names.indices.map { k in
                "\(fit.names[k]) \(NumberFormat.significant(d.sampleMean[k], digits: 3)) ± \(NumberFormat.significant(d.sampleSD[k], digits: 3)), ESS \(Int(d.effectiveSize[k].rounded()))"
            }.joined(separator: "; "))
        } else {
            text += TableOutput(header: [say("term"), say("estimate"), say("standardError"), "z", say("p")],
                                rows: fit.coefficients.map { c in
                                    [c.name + (c.dyadDependent ? " *" : ""), num(c.estimate), num(c.standardError), num(c.z), Self.pText(c.p)]
                                }, numeric: Set(1..<4)).rendered(format)
            text += "\n"
            text += line("\(say(summary.exact ? "logLikelihood.exact" : "logLikelihood")) \(num(fit.logLikelihood)), \(say("deviance")) \(num(fit.deviance)), "
                         + "\(say("nullDeviance")) \(num(fit.nullDeviance)), AIC \(num(fit.aic)), BIC \(num(fit.bic))")
        }
        if !fit.excluded.isEmpty {
            text += "\n" + line(say("excluded.heading") + ":")
            for e in fit.excluded { text += line("- " + excludedText(e)) }
        }
        let notes = notes(fit, summary)
        if !notes.isEmpty { text += "\n"; for n in notes { text += line(n) } }
        let explained = explanations(fit, model)
        if !explained.isEmpty {
            text += "\n" + line(say("explain.heading") + ":")
            for e in explained { text += line("- " + e) }
        }
        if let g = summary.goodness { text += gofText(g, format: format, line: line) }
        return text
    }
}
