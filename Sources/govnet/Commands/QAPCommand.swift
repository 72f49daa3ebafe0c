import ArgumentParser
import Foundation
import GovNet

/// `govnet qap FILE --dependent TERM --independent TERM…`: MRQAP regression (sna::netlm / netlogit) of
/// one dyadic matrix on others — mechanisms, transposes, attribute matrices, another wave.
struct QAPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qap",
        abstract: "Regress one dyadic matrix on others (MRQAP as statnet sna::netlm / netlogit, double semi-partialling or Y-permutation).",
        discussion: """
        Terms (--dependent, --independent): MECH (a mechanism's ties, row → column; all = every one-mode \
        mechanism), t:MECH (its transpose: information up vs command down; t of the dependent tests \
        reciprocity), same:ATTR (both departments share kind, level, management, class = relationship \
        class to the coordinating department, or any attribute), led-by-same (they share a leader), \
        co-member (members of one coordinating body), centre (dyads involving the coordinating \
        department), wave:MECH (MECH in the other wave given by --wave, aligned onto FILE's departments \
        by --mapping; the regression then uses the common node set, and dyads of departments that exist \
        in only one wave are left out). The off-diagonal cells (1 = tie, or the weight with --weighted) \
        are regressed with an intercept: least squares (--model linear, as sna::netlm) or logistic \
        (--model logistic, as sna::netlogit; binary dependent). Each predictor's t- (z-) value is tested \
        against --permutations replicates: --null qapspp (default) relabels its residual on the other \
        predictors (double semi-partialling, netlm's nullhyp = "qapspp"), --null qapy relabels the \
        dependent matrix. p = (k+1)/(n+1), never 0; sna reports k/n (JSON and CSV give k).
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var out: OutputOptions

    @Argument(help: "Network file.") var file: String
    @Option(help: ArgumentHelp("The matrix to explain (usually a mechanism).", valueName: "term")) var dependent: String
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Predictor matrices (one or more terms).", valueName: "term"))
    var independent: [String] = []
    @Option(help: ArgumentHelp("linear (least squares, sna::netlm) or logistic (sna::netlogit; binary dependent).", valueName: "model"))
    var model: String = "linear"
    @Option(name: .customLong("null"), help: ArgumentHelp("What the permutations relabel: qapspp (each predictor's residual; default) or qapy (the dependent).", valueName: "hypothesis"))
    var nullHypothesis: String = "qapspp"
    @Flag(help: "Use tie weights instead of tie presence (mechanism terms).") var weighted = false
    @OptionGroup var waves: WaveOptions
    @Option(help: ArgumentHelp("The coordinating department, for centre and same:class (default: found by role).", valueName: "id"))
    var center: String?
    @Option(help: "Number of permutations (per predictor with qapspp), \(OptionRanges.text(OptionRanges.permutations)).") var permutations: Int = 1000
    @Option(help: "Seed of the permutations.") var seed: UInt64 = 1
    @Option(help: "Output format: table, markdown, json or csv (default: table on a terminal, markdown otherwise).")
    var format: OutputFormat?
    @Option(help: "Language of the table's headings and notes: en or zh.") var lang: ReportLanguage = .en

    func validate() throws {
        if independent.isEmpty { throw ValidationError("give at least one --independent term") }
        try OptionRanges.check(permutations, OptionRanges.permutations, "--permutations")
        var problems: [String] = []
        for t in [dependent] + independent where DyadicTerm(t) == nil {
            problems.append("'\(t)' is not a term; use \(DyadicTerm.spellings)")
        }
        if independent.contains(dependent) { problems.append("the dependent term '\(dependent)' cannot also be a predictor") }
        if Set(independent).count != independent.count { problems.append("a predictor is given twice") }
        if MRQAP.Model(rawValue: model) == nil { problems.append("--model must be linear or logistic; got '\(model)'") }
        if MRQAP.NullHypothesis(rawValue: nullHypothesis) == nil { problems.append("--null must be qapspp or qapy; got '\(nullHypothesis)'") }
        problems += waves.problems
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() throws {
        try reportingErrors(language: lang) {
            try out.checkNotOverwriting(inputs: [file] + waves.inputs, language: lang)
            let loaded = try input.load(file, language: lang)
            let net = loaded.network
            // The centre and same:class terms, and the reading of the result, turn on the coordinating department.
            CoordinatorNotice.warnIfMissing(net, file: file, center: center, quiet: input.quiet, language: lang)
            var seen = Set<String>()
            var nodes = net.departments.map(\.id).filter { seen.insert($0).inserted }
            var otherTies: TieTable?
            var waveNodes: (common: Int, leftOut: [String])?
            if let alignment = try waves.aligned(onto: loaded, file: file, input: input, language: lang) {
                let added = Set(alignment.added)
                nodes = nodes.filter { !added.contains($0) }
                otherTies = alignment.beforeTies
                waveNodes = (nodes.count, alignment.added + alignment.removed)
            }
            if let center, !net.departments.contains(where: { $0.id == center }) {
                throw CommandErrors.unknownCenter(center, file: file, lang)
            }
            let builder = DyadicMatrices(network: net, nodes: nodes, weighted: weighted, center: center, otherWave: otherTies)
            // Every term's problem in one pass.
            var problems: [String] = []
            var matrices: [QAP.Matrix] = []
            for spelling in [dependent] + independent {
                do { matrices.append(try builder.matrix(DyadicTerm(spelling)!)) } catch let p as DyadicMatrices.Problem {
                    problems.append("error: " + lang.render("cli.term-problem", [("term", .text(p.term)), ("problem", .text(p.remedy.appended(to: p.reason)))]))
                }
            }
            if !problems.isEmpty { throw InputError(message: problems.joined(separator: "\ngovnet: ")) }
            let model = MRQAP.Model(rawValue: model)!, null = MRQAP.NullHypothesis(rawValue: nullHypothesis)!
            let predictors = independent.map { DyadicTerm($0)!.description }
            let result: MRQAP.Result
            do {
                result = try MRQAP.test(matrices[0], Array(zip(predictors, matrices.dropFirst())), model: model,
                                        nullHypothesis: null, permutations: permutations, seed: seed)
            } catch let e as MRQAP.Failure {
                throw InputError(message: "error: \(e.remedy.appended(to: e.description))", code: Exit.dataError)
            }
            let format = OutputFormat.resolve(self.format, fallback: .markdown, output: out.output)
            let depName = DyadicTerm(dependent)!.description
            switch format {
            case .json: try out.emit(json(result, dependent: depName, nodes: nodes, wave: waveNodes, status: net.metadata.status).rendered())
            case .csv: try out.emit(StatusNotice.apply(csv(result), format: .csv, network: net))
            case .table, .markdown:
                try out.emit(StatusNotice.apply(text(result, dependent: depName, nodes: nodes.count, wave: waveNodes, format: format),
                                                format: format, network: net, language: lang))
            }
        }
    }

    func json(_ result: MRQAP.Result, dependent: String, nodes: [String], wave: (common: Int, leftOut: [String])?, status: String?) -> JSONValue {
        let logistic = result.model == .logistic
        var fit: [(String, JSONValue)] = logistic
            ? [("deviance", .finite(result.deviance)), ("null_deviance", .finite(result.nullDeviance)), ("aic", .finite(result.aic)),
               ("bic", .finite(result.bic)), ("converged", .bool(result.converged)), ("separated", .bool(result.separated))]
            : [("r_squared", .finite(result.rSquared)), ("adjusted_r_squared", .finite(result.adjustedRSquared))]
        fit.append(("observations", .number(Double(result.observations))))
        return JSONValue.object([
            ("dependent", .string(dependent)),
            ("model", .string(result.model.rawValue)),
            ("null_hypothesis", .string(result.nullHypothesis.rawValue)),
            ("statistic", .string(logistic ? "z" : "t")),
            ("terms", .array(result.terms.map { t in
                .object([("name", .string(t.name)), ("coefficient", .finite(t.coefficient)), ("std_error", .finite(t.standardError)),
                         (logistic ? "z" : "t", .finite(t.t)), ("p_greater", .finite(t.pGreater)), ("p_less", .finite(t.pLess)),
                         ("p_two_sided", .finite(t.pTwoSided)), ("k_greater", .number(Double(t.kGreater))),
                         ("k_less", .number(Double(t.kLess))), ("k_two_sided", .number(Double(t.kTwoSided))),
                         ("p_greater_text", .string(t.p(.greater).text)), ("p_less_text", .string(t.p(.less).text)),
                         ("p_two_sided_text", .string(t.p(.twoSided).text))])
            })),
        ] + fit + [
            ("status", status.map { .string($0) } ?? .null),
            ("nodes", .array(nodes.map { .string($0) })),
            ("node_set", wave.map { w in .object([("rule", .string("common node set of the two waves")), ("common", .number(Double(w.common))),
                                                   ("left_out", .array(w.leftOut.map { .string($0) }))]) } ?? .string("all departments")),
            ("settings", .object([
                ("weighted", .bool(weighted)), ("permutations", .number(Double(permutations))), ("seed", .number(Double(seed))),
                ("wave", wave.map { _ in .string(waves.wave!) } ?? .null), ("mapping", waves.mapping.map { .string($0) } ?? .null),
                ("null_hypothesis", .string(result.nullHypothesis == .qapspp
                    ? "double semi-partialling (Dekker, Krackhardt & Snijders 2007), as sna::netlm nullhyp = \"qapspp\""
                    : "permutation of the dependent matrix, as sna::netlm nullhyp = \"qapy\"")),
                ("p_values", .string("(k+1)/(n+1) for k of n permutations with s' >= s (greater), s' <= s (less), |s'| >= |s| (two-sided), never 0; sna reports k/n")),
                ("software", .string("GovNet \(GovNetVersion.string)")),
            ])),
        ])
    }

    func csv(_ result: MRQAP.Result) -> String {
        let logistic = result.model == .logistic
        let header = ["term", "coefficient", "std_error", logistic ? "z" : "t", "p_greater", "p_less", "p_two_sided",
                      "k_greater", "k_less", "k_two_sided", "permutations"]
        let rows = result.terms.map { t -> [String] in
            let tested = t.replicates > 0
            return [t.name, metricText(t.coefficient), metricText(t.standardError), metricText(t.t),
                    tested ? metricText(t.pGreater) : "", tested ? metricText(t.pLess) : "", tested ? metricText(t.pTwoSided) : "",
                    tested ? "\(t.kGreater)" : "", tested ? "\(t.kLess)" : "", tested ? "\(t.kTwoSided)" : "", tested ? "\(t.replicates)" : ""]
        }
        return TableOutput(header: header, rows: rows).rendered(.csv)
    }

    /// A phrase of the catalogue (`qap.<key>`) in the output language.
    func say(_ key: String) -> String { MessageCatalogue.template("qap.\(key)", lang) }

    func text(_ result: MRQAP.Result, dependent: String, nodes: Int, wave: (common: Int, leftOut: [String])?, format: OutputFormat) -> String {
                let logistic = result.model == .logistic
        func num(_ x: Double) -> String { NumberFormat.significant(x, digits: 4) }
        func line(_ s: String) -> String { (format == .markdown ? MarkdownText.inline(s) : TerminalText.cell(s)) + (format == .markdown ? "  \n" : "\n") }
        var text = line("\(say(logistic ? "mrqapLogistic" : "mrqapLinear")): \(dependent) ~ \(independent.map { DyadicTerm($0)!.description }.joined(separator: " + "))")
        text += line("(\(say(weighted ? "weightedCells" : "binaryCells")); \(nodes) \(say("departments")), \(result.observations) \(say("dyads")); "
                     + "\(permutations) \(say("permutations")), \(say("seed")) \(seed))")
        if let wave { text += line("\(say("commonNodeSet")): \(wave.common)\(wave.leftOut.isEmpty ? "" : " (− " + wave.leftOut.joined(separator: ", ") + ")")") }
        text += "\n"
        text += TableOutput(header: [say("term"), say("coefficient"), say("standardError"), logistic ? "z" : "t", "p (>)", "p (<)", "p (|·|)"],
                            rows: result.terms.map { t in
                                [t.name, num(t.coefficient), num(t.standardError), num(t.t),
                                 t.replicates == 0 ? "" : t.p(.greater).text, t.replicates == 0 ? "" : t.p(.less).text,
                                 t.replicates == 0 ? "" : t.p(.twoSided).text]
                            }, numeric: Set(1..<4)).rendered(format)
        text += "\n"
        if logistic {
            text += line("\(say("deviance")) \(num(result.deviance)), \(say("nullDeviance")) \(num(result.nullDeviance)), AIC \(num(result.aic)), BIC \(num(result.bic))")
            if !result.converged { text += line("! " + say("notConvergedWarning")) }
            if result.separated { text += line("! " + say("separationWarning")) }
        } else {
            text += line("\(say("rSquared")) \(num(result.rSquared)), \(say("adjustedRSquared")) \(num(result.adjustedRSquared))")
        }
        text += line("\(say(result.nullHypothesis == .qapspp ? "qapsppMeaning" : "qapyMeaning")); \(say("pValueMeaning"))")
        text += line(say("regressionTests"))
        return text
    }
}
