import ArgumentParser
import Foundation
import GovNet

/// `govnet qap FILE --dependent MECH --independent MECH…`: MRQAP regression of one mechanism on others.
struct QAPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qap",
        abstract: "Regress one linkage mechanism on others within a network (MRQAP, Dekker–Krackhardt–Snijders double semi-partialling).",
        discussion: """
        The cells of the dependent mechanism's adjacency matrix (1 = tie, or the weight with --weighted; \
        undirected ties fill both cells; the diagonal left out) are regressed by least squares, with an \
        intercept, on the matrices of the independent mechanisms. Each predictor's t-value is tested \
        against --permutations replicates in which its residual on the other predictors is relabelled \
        by a random node permutation (as statnet sna::netlm, nullhyp = "qapspp").
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var out: OutputOptions

    @Argument(help: "Network file.") var file: String
    @Option(help: ArgumentHelp("The mechanism to explain.", valueName: "id")) var dependent: String
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Explanatory mechanisms (one or more).", valueName: "id"))
    var independent: [String] = []
    @Flag(help: "Use tie weights instead of tie presence.") var weighted = false
    @Option(help: "Number of permutations per predictor, \(OptionRanges.text(OptionRanges.permutations)).") var permutations: Int = 1000
    @Option(help: "Seed of the permutations.") var seed: UInt64 = 1
    @Option(help: "Output format: table, markdown or json (default: table on a terminal, markdown otherwise).")
    var format: OutputFormat?

    func validate() throws {
        if independent.isEmpty { throw ValidationError("give at least one --independent mechanism") }
        try OptionRanges.check(permutations, OptionRanges.permutations, "--permutations")
        if format == .csv { throw ValidationError("--format csv is not available for qap; use table, markdown or json") }
        if independent.contains(dependent) { throw ValidationError("the dependent mechanism cannot also be independent") }
    }

    func run() throws {
        try reportingErrors {
            try out.checkNotOverwriting(inputs: [file])
            let net = try input.load(file).network
            let known = Set(net.allMechanisms.map(\.id)).union(net.ties.map(\.mechanism))
            for m in [dependent] + independent where !known.contains(m) {
                throw InputError(message: "error: unknown mechanism '\(m)'; this network has \(net.usedMechanismIDs.joined(separator: ", "))")
            }
            let table = TieTable(network: net)
            var seen = Set<String>()
            let nodes = net.departments.map(\.id).filter { seen.insert($0).inserted }
            func matrix(_ m: String) -> QAP.Matrix { NetworkComparison.matrix(table, nodes: nodes, mechanisms: [m], weighted: weighted) }
            let result: MRQAP.Result
            do {
                result = try MRQAP.test(matrix(dependent), independent.map { ($0, matrix($0)) }, permutations: permutations, seed: seed)
            } catch let e as MRQAP.Failure {
                throw InputError(message: "error: \(e)", code: Exit.dataError)
            }
            let format = OutputFormat.resolve(self.format, fallback: .markdown, output: out.output)
            if format == .json {
                try out.emit(JSONValue.object([
                    ("dependent", .string(dependent)),
                    ("terms", .array(result.terms.map { t in
                        .object([("name", .string(t.name)), ("coefficient", .finite(t.coefficient)), ("std_error", .finite(t.standardError)),
                                 ("t", .finite(t.t)), ("p_greater", .finite(t.pGreater)), ("p_less", .finite(t.pLess)),
                                 ("p_two_sided", .finite(t.pTwoSided)), ("k_greater", .number(Double(t.kGreater))),
                                 ("k_less", .number(Double(t.kLess))), ("k_two_sided", .number(Double(t.kTwoSided))),
                                 ("p_greater_text", .string(t.p(.greater).text)), ("p_less_text", .string(t.p(.less).text)),
                                 ("p_two_sided_text", .string(t.p(.twoSided).text))])
                    })),
                    ("r_squared", .finite(result.rSquared)),
                    ("adjusted_r_squared", .finite(result.adjustedRSquared)),
                    ("observations", .number(Double(result.observations))),
                    ("settings", .object([
                        ("weighted", .bool(weighted)), ("permutations", .number(Double(permutations))), ("seed", .number(Double(seed))),
                        ("null_hypothesis", .string("double semi-partialling (Dekker, Krackhardt & Snijders 2007), as sna::netlm qapspp")),
                        ("p_values", .string("(k+1)/(n+1) for k of n permutations with t' >= t (greater), t' <= t (less), |t'| >= |t| (two-sided), never 0; sna::netlm reports k/n")),
                        ("software", .string("GovNet \(GovNetVersion.string)")),
                    ])),
                ]).rendered())
            } else {
                func num(_ x: Double) -> String { NumberFormat.significant(x, digits: 4) }
                var text = "MRQAP: \(dependent) ~ \(independent.joined(separator: " + ")) (\(weighted ? "weighted" : "binary"), \(result.observations) dyads, \(permutations) permutations, seed \(seed))\n\n"
                text += TableOutput(header: ["term", "coefficient", "std_error", "t", "p_greater", "p_less", "p_two_sided"],
                                    rows: result.terms.map { [$0.name, num($0.coefficient), num($0.standardError), num($0.t),
                                                              $0.replicates == 0 ? "" : $0.p(.greater).text, $0.replicates == 0 ? "" : $0.p(.less).text,
                                                              $0.replicates == 0 ? "" : $0.p(.twoSided).text] },
                                    numeric: Set(1..<7)).rendered(format)
                text += "\nR² \(num(result.rSquared)), adjusted R² \(num(result.adjustedRSquared)); p = (k+1)/(n+1) over \(permutations) permutations of the predictor's residuals (double semi-partialling), never 0; greater: t' ≥ t, less: t' ≤ t, two-sided: |t'| ≥ |t|\n"
                try out.emit(text)
            }
        }
    }
}
