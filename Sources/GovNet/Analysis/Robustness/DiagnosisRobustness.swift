import Foundation

/// The robustness of every finding of a diagnosis: each rule re-run on perturbed networks
/// (``PerturbationModel``: deletion, addition, non-response), each finding followed by its core
/// (``FindingCore``), and how often findings appear that the recorded network does not have.
///
/// Draws run in parallel over a fixed partition of the work (``SourceChunks``), each with its own
/// network and seed (``Perturbation/seed(_:draw:)``) and its own result slot, so the result is the
/// same with any number of threads (`GOVNET_THREADS=1` runs them in order).
///
/// The rules are re-run unweighted, as they are defined; weight jitter therefore does not change a
/// finding and is applied to weighted metrics only (``MetricSensitivity``).
public struct DiagnosisRobustness: Sendable {
    public let settings: RobustnessSettings
    /// Parallel to the findings diagnosed.
    public let findings: [FindingRobustness]
    /// Per perturbation: the share of draws with at least one new finding, and the mean number.
    public let newFindings: [(perturbation: Perturbation, drawShare: Double, mean: Double)]
    /// How many non-respondents were taken, and whether each reporting department in turn (`true`)
    /// or a random sample.
    public let nonrespondents: Int
    public let nonresponseEnumerated: Bool
    /// Addition candidates and ties added per draw, per mechanism (for the settings record).
    public let additions: [(mechanism: String, candidates: Int, perDraw: Int)]

    /// One perturbed network's verdict on the recorded findings.
    struct Outcome: Sendable {
        var holds: [Bool] = []
        var evidence: [Double] = []
        var new = 0
    }

    /// Runs the draws of `settings` over `findings` (as diagnosed in `context`).
    /// - Complexity: (2 · draws + non-respondents) diagnoses, spread over the cores.
    public static func run(_ findings: [Finding], context: DiagnosisContext, settings: RobustnessSettings) -> DiagnosisRobustness {
        let model = PerturbationModel(network: context.network, mechanisms: context.workingMechanisms,
                                      excluded: context.structure.bodies, rate: settings.rate, additionRate: settings.additionRate)
        let cores = findings.map(FindingCore.init)
        let recorded = CoreIndex(cores)
        let base = context.cachingGraphs()
        let baseTies = base.resolvedTies()
        let evidenceName = findings.map { f in f.evidence.first { if case .number = $0.1 { true } else { false } }?.0 }
        let draws = settings.draws
        let absent = model.nonrespondents(draws: draws, seed: settings.seed)
        let jobs = 2 * draws + absent.count
        let slots = DisjointSlots<Outcome>(count: jobs, repeating: Outcome())
        defer { slots.release() }
        SourceChunks.forEach(count: jobs, chunks: min(jobs, 64)) { range in
            for j in range {
                let perturbed: PerturbedTies
                if j < draws { perturbed = model.deletion(draw: j, seed: settings.seed) }
                else if j < 2 * draws { perturbed = model.addition(draw: j - draws, seed: settings.seed) }
                else { perturbed = model.nonresponse(of: absent[j - 2 * draws]) }
                let network = model.network(perturbed)
                let resolved = baseTies.map { model.resolved(perturbed, base: $0) }
                slots[j] = outcome(of: DiagnosisContext(perturbing: base, network: network, resolved: resolved), cores: cores, recorded: recorded)
            }
        }
        let outcomes = slots.array
        func share(_ range: Range<Int>, _ i: Int, enumerated: Bool) -> FindingRobustness.Share {
            let n = range.count
            var held = 0
            var values: [Double] = []
            for j in range where outcomes[j].holds[i] {
                held += 1
                if !outcomes[j].evidence[i].isNaN { values.append(outcomes[j].evidence[i]) }
            }
            let s = n == 0 ? 1 : Double(held) / Double(n)
            values.sort()
            let spread = evidenceName[i].flatMap { name in values.isEmpty ? nil :
                FindingRobustness.EvidenceSpread(name: name, median: Self.median(values), min: values.first!, max: values.last!) }
            return .init(share: s, draws: n, se: enumerated || n == 0 ? 0 : (s * (1 - s) / Double(n)).squareRoot(), evidence: spread)
        }
        let enumerated = absent.count == model.respondents.count
        let results = findings.indices.map { i in
            let d = share(0..<draws, i, enumerated: false), a = share(draws..<(2 * draws), i, enumerated: false)
            let r = share((2 * draws)..<jobs, i, enumerated: enumerated)
            let label = settings.label(min(d.share, a.share, r.share))
            return FindingRobustness(deletion: d, addition: a, nonresponse: r, rate: settings.rate, additionRate: settings.additionRate, label: label,
                                     margin: ThresholdMargin.of(findings[i], config: context.config, margin: settings.margin, label: label))
        }
        let newRates: [(Perturbation, Double, Double)] = [(.deletion, 0..<draws), (.addition, draws..<(2 * draws)), (.nonresponse, (2 * draws)..<jobs)].map { p, range in
            let n = Double(max(1, range.count))
            return (p, Double(range.filter { outcomes[$0].new > 0 }.count) / n, Double(range.reduce(0) { $0 + outcomes[$1].new }) / n)
        }
        return DiagnosisRobustness(settings: settings, findings: results, newFindings: newRates.map { ($0.0, $0.1, $0.2) },
                                   nonrespondents: absent.count, nonresponseEnumerated: enumerated,
                                   additions: model.mechanisms.indices.map { (model.mechanisms[$0], model.candidateRanges[$0].count, model.additionsPerDraw[$0]) })
    }

    /// Diagnoses one perturbed network (its context built with ``DiagnosisContext/init(perturbing:network:resolved:)``:
    /// the recorded settings — same centre, mechanisms and thresholds) and follows each recorded
    /// finding by its core.
    static func outcome(of perturbed: DiagnosisContext, cores: [FindingCore], recorded: CoreIndex) -> Outcome {
        let found = Diagnosis.rules.flatMap { $0.findings(in: perturbed) }
        var o = Outcome(holds: [Bool](repeating: false, count: cores.count), evidence: [Double](repeating: .nan, count: cores.count))
        // Each recorded finding holds through the first found finding that matches its core; a found
        // finding that matches no recorded core is new.
        var first = [Int](repeating: -1, count: cores.count)
        for (j, f) in found.enumerated() {
            let core = FindingCore(f)
            var known = false
            for i in recorded.indices(withKey: core.key) where cores[i].matches(core) {
                known = true
                if first[i] < 0 { first[i] = j }
            }
            if !known { o.new += 1 }
        }
        for i in cores.indices where first[i] >= 0 {
            o.holds[i] = true
            o.evidence[i] = found[first[i]].evidence.lazy.compactMap { if case .number(let x) = $0.1 { x } else { nil } }.first ?? .nan
        }
        return o
    }

    static func median(_ sorted: [Double]) -> Double {
        let n = sorted.count
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    }

    /// The settings and the new-finding rates, for the top-level `"robustness"` of the JSON output.
    public var jsonValue: JSONValue {
        .object([
            ("draws", .number(Double(settings.draws))),
            ("rate", .number(settings.rate)),
            ("addition_rate", .number(settings.additionRate)),
            ("seed", .number(Double(settings.seed))),
            ("nonrespondents", .number(Double(nonrespondents))),
            ("nonresponse", .string(nonresponseEnumerated ? "each department in turn" : "departments at random")),
            ("labels", .object([("robust", .number(settings.robustShare)), ("likely", .number(settings.likelyShare))])),
            ("margin", .number(settings.margin)),
            ("additions", .array(additions.map { .object([("mechanism", .string($0.mechanism)), ("candidates", .number(Double($0.candidates))), ("per_draw", .number(Double($0.perDraw)))]) })),
            ("new_findings", .object(newFindings.map { ($0.perturbation.rawValue, .object([("draw_share", .number($0.drawShare)), ("mean", .number($0.mean))])) })),
        ])
    }
}

/// Findings' cores grouped by rule and mechanism (``FindingCore/key``), so that a finding of a
/// perturbed network is compared with the few recorded ones that may match it, not with every one.
struct CoreIndex {
    /// Ascending indices of the cores of each key.
    private let byKey: [String: [Int]]

    init(_ cores: [FindingCore]) {
        var byKey: [String: [Int]] = [:]
        for (i, c) in cores.enumerated() { byKey[c.key, default: []].append(i) }
        self.byKey = byKey
    }

    /// Indices of the cores with this key, ascending.
    func indices(withKey key: String) -> [Int] { byKey[key] ?? [] }
}
