/// What a robustness draw may change in a network, prepared once as integer arrays so that each draw
/// is a pass over indices (``PerturbedTies``) with no strings and no hashing.
///
/// Only the **working** ties are perturbed (information, operation, material and declared mechanisms
/// other than command, supervision and membership): leadership, assessment and membership lines are
/// written in appointment documents and plans, and they define who the coordinating department is.
///
/// - **Deletion** probability of tie i is `min(1, rate · wᵢ / mean(w))`: wᵢ = 2 − confidence when a
///   confidence is recorded (1 otherwise), doubled when the tie's source is `inferred`. With nothing
///   recorded, or the same on every tie, deletion is uniform at the rate.
/// - **Addition** candidates of a mechanism are the ordered pairs (both orders for a directed
///   mechanism, one for an undirected one) of departments — coordinating bodies excepted — that have
///   no tie of that mechanism and are at the same `level`, hold roles in a common function, or are
///   members of a common coordinating body. A draw adds round(additionRate × the mechanism's ties)
///   of them, chosen uniformly without replacement (Floyd's algorithm), as ties of weight 1 with
///   source `inferred`.
/// - **Non-response** drops the working ties reported by the non-respondent: the department named by
///   the tie's `reported_by` attribute, else its `from` end.
/// - **Jitter** moves each integral weight by −1, 0 or +1 (equal chances), kept within the recorded
///   range; networks with non-integral weights are not jittered.
public struct PerturbationModel: Sendable {
    /// A candidate missing tie: department indices (into `network.departments`) and a mechanism
    /// index (into ``mechanisms``).
    public struct Candidate: Sendable, Hashable {
        public var from: Int32
        public var to: Int32
        public var mechanism: Int32
    }

    public let network: Network
    /// The mechanisms perturbed, in the order candidates are drawn.
    public let mechanisms: [String]
    /// Deletion probability of each tie of `network.ties` (0 for ties that are held fixed).
    public let deletionProbability: [Double]
    /// Whether each tie of `network.ties` is perturbed.
    public let perturbable: [Bool]
    /// Reporter (department index of `from`) of each tie, −1 when it is not a declared department.
    let reporter: [Int32]
    /// Departments (indices) that report at least one perturbed tie, ascending.
    public let respondents: [Int32]
    /// Candidate missing ties, grouped by mechanism in ``mechanisms`` order.
    public let candidates: [Candidate]
    /// Range of ``candidates`` of each mechanism, and how many of them an addition draw adds.
    let candidateRanges: [Range<Int>]
    public let additionsPerDraw: [Int]
    /// Whether the perturbed weights are ordinal codes (integral), and their recorded range.
    public let ordinalWeights: Bool
    let weightRange: ClosedRange<Double>

    /// - Parameters:
    ///   - mechanisms: the working mechanisms to perturb (those without ties are skipped).
    ///   - excluded: departments never given an added tie (coordinating bodies).
    /// - Complexity: O(m + n² · f) for n departments, m ties and f functions per department, once.
    public init(network: Network, mechanisms: [String], excluded: Set<String> = [], rate: Double, additionRate: Double) {
        self.network = network
        let index = network.departmentIndex
        let n = network.departments.count
        let mechanismSet = Set(mechanisms)
        let ties = network.ties
        var perturbable = [Bool](repeating: false, count: ties.count)
        var reporter = [Int32](repeating: -1, count: ties.count)
        var weight = [Double](repeating: 0, count: ties.count)
        var used = Set<String>()
        var reports = [Bool](repeating: false, count: n)
        var integral = true, lo = Double.infinity, hi = -Double.infinity
        for (i, t) in ties.enumerated() where mechanismSet.contains(t.mechanism) {
            perturbable[i] = true
            used.insert(t.mechanism)
            let by: String = if case .string(let s)? = t.attributes["reported_by"] { s } else { t.from }
            if let r = index[by] { reporter[i] = Int32(r); reports[r] = true }
            weight[i] = (2 - (t.confidence ?? 1)) * (t.source == .inferred ? 2 : 1)
            if t.weight != t.weight.rounded() { integral = false }
            lo = min(lo, t.weight); hi = max(hi, t.weight)
        }
        let count = perturbable.lazy.filter { $0 }.count
        let mean = count == 0 ? 1 : weight.reduce(0, +) / Double(count)
        self.deletionProbability = weight.map { min(1, rate * $0 / mean) }
        self.perturbable = perturbable
        self.reporter = reporter
        self.respondents = (0..<n).filter { reports[$0] }.map(Int32.init)
        self.ordinalWeights = integral && count > 0
        self.weightRange = count > 0 ? lo...hi : 1...1
        let order = mechanisms.filter { used.contains($0) }
        self.mechanisms = order

        // Who may plausibly be tied: level, functions and bodies per department.
        var levelOf = [Int32](repeating: -1, count: n)
        var levels: [String: Int32] = [:]
        for (i, d) in network.departments.enumerated() {
            if let l = d.level { levelOf[i] = levels[l] ?? { let k = Int32(levels.count); levels[l] = k; return k }() }
        }
        var groups = [[Int32]](repeating: [], count: n)  // functions, then bodies (offset), sorted
        for (f, fn) in network.functions.enumerated() {
            for a in fn.assignments { if let i = index[a.department] { groups[i].append(Int32(f)) } }
        }
        let offset = Int32(network.functions.count)
        var bodies: [String: Int32] = [:]
        for t in ties where t.mechanism == Mechanism.membership.id {
            let b = bodies[t.to] ?? { let k = offset + Int32(bodies.count); bodies[t.to] = k; return k }()
            if let i = index[t.from] { groups[i].append(b) }
        }
        for i in 0..<n { groups[i] = Array(Set(groups[i])).sorted() }
        func share(_ a: [Int32], _ b: [Int32]) -> Bool {
            var i = 0, j = 0
            while i < a.count && j < b.count {
                if a[i] == b[j] { return true }
                if a[i] < b[j] { i += 1 } else { j += 1 }
            }
            return false
        }
        let eligible = (0..<n).filter { !excluded.contains(network.departments[$0].id) && index[network.departments[$0].id] == $0 }
        var plausible: [(Int32, Int32)] = []
        for x in 0..<eligible.count {
            let a = eligible[x]
            for y in (x + 1)..<eligible.count {
                let b = eligible[y]
                if (levelOf[a] >= 0 && levelOf[a] == levelOf[b]) || share(groups[a], groups[b]) { plausible.append((Int32(a), Int32(b))) }
            }
        }
        var candidates: [Candidate] = []
        var ranges: [Range<Int>] = []
        var additions: [Int] = []
        for (k, mech) in order.enumerated() {
            let directed = network.mechanism(mech)?.directed ?? true
            var present = Set<Int64>()
            var m = 0
            for (i, t) in ties.enumerated() where t.mechanism == mech {
                m += 1
                guard let a = index[t.from], let b = index[t.to] else { continue }
                let tieDirected = network.isDirected(ties[i])
                present.insert(Int64(a) << 32 | Int64(b))
                if !tieDirected || !directed { present.insert(Int64(b) << 32 | Int64(a)) }
            }
            let start = candidates.count
            for (a, b) in plausible {
                if !present.contains(Int64(a) << 32 | Int64(b)) { candidates.append(Candidate(from: a, to: b, mechanism: Int32(k))) }
                if directed && !present.contains(Int64(b) << 32 | Int64(a)) { candidates.append(Candidate(from: b, to: a, mechanism: Int32(k))) }
            }
            ranges.append(start..<candidates.count)
            additions.append(min(candidates.count - start, Int((additionRate * Double(m)).rounded())))
        }
        self.candidates = candidates
        self.candidateRanges = ranges
        self.additionsPerDraw = additions
    }

    /// Deletion draw `i`: one uniform number per perturbed tie, in tie order; the tie is dropped when
    /// the number is below its ``deletionProbability``.
    /// - Complexity: O(m).
    public func deletion(draw i: Int, seed: UInt64) -> PerturbedTies {
        var rng = SeededGenerator(seed: Perturbation.deletion.seed(seed, draw: i))
        var kept: [Int32] = []
        kept.reserveCapacity(perturbable.count)
        for t in 0..<perturbable.count {
            if perturbable[t] && rng.nextUnit() < deletionProbability[t] { continue }
            kept.append(Int32(t))
        }
        return PerturbedTies(kept: kept, added: [], weights: [])
    }

    /// Addition draw `i`: for each mechanism in order, ``additionsPerDraw`` distinct candidates by
    /// Floyd's algorithm (for j in N−K..<N: t = uniform below j+1; take t, or j if t is taken).
    /// - Complexity: O(m + added).
    public func addition(draw i: Int, seed: UInt64) -> PerturbedTies {
        var rng = SeededGenerator(seed: Perturbation.addition.seed(seed, draw: i))
        var added: [Int32] = []
        for (k, range) in candidateRanges.enumerated() {
            let size = range.count, take = additionsPerDraw[k]
            guard take > 0 else { continue }
            var chosen = Set<Int>(minimumCapacity: take)
            for j in (size - take)..<size {
                let t = rng.nextInt(below: j + 1)
                chosen.insert(chosen.contains(t) ? j : t)
            }
            added += chosen.sorted().map { Int32(range.lowerBound + $0) }
        }
        return PerturbedTies(kept: (0..<Int32(perturbable.count)).map { $0 }, added: added, weights: [])
    }

    /// The non-respondents of the non-response draws: every reporting department in turn when there
    /// are at most `draws` of them, else `draws` departments drawn at random (with replacement, draw i
    /// from its own seed).
    public func nonrespondents(draws: Int, seed: UInt64) -> [Int32] {
        if respondents.count <= draws { return respondents }
        return (0..<draws).map { i in
            var rng = SeededGenerator(seed: Perturbation.nonresponse.seed(seed, draw: i))
            return respondents[rng.nextInt(below: respondents.count)]
        }
    }

    /// The network without the working ties reported by department `d`.
    /// - Complexity: O(m).
    public func nonresponse(of d: Int32) -> PerturbedTies {
        PerturbedTies(kept: (0..<Int32(perturbable.count)).filter { !(perturbable[Int($0)] && reporter[Int($0)] == d) }, added: [], weights: [])
    }

    /// Jitters the weights of `base` (draw `i`): one uniform integer below 3 per kept perturbed tie,
    /// in order, the weight moving by it − 1 within the recorded range. Unchanged when the weights
    /// are not ordinal.
    /// - Complexity: O(m).
    public func jitter(_ base: PerturbedTies, draw i: Int, seed: UInt64) -> PerturbedTies {
        guard ordinalWeights else { return base }
        var rng = SeededGenerator(seed: Perturbation.jitter.seed(seed, draw: i))
        var out = base
        out.weights = base.kept.map { t in
            let w = network.ties[Int(t)].weight
            guard perturbable[Int(t)] else { return w }
            return min(weightRange.upperBound, max(weightRange.lowerBound, w + Double(rng.nextInt(below: 3) - 1)))
        }
        return out
    }

    /// ``network(_:)``'s ties resolved (``ResolvedTies``), gathered from the recorded network's
    /// resolved ties `base` without looking a department id up.
    /// - Complexity: O(m + added).
    func resolved(_ p: PerturbedTies, base: ResolvedTies) -> ResolvedTies {
        let directed = mechanisms.map { network.mechanism($0)?.directed ?? true }
        // Every perturbed mechanism has ties in the recorded network, hence a place in its list.
        let position = mechanisms.map { m in Int32(base.mechanismIDs.firstIndex(of: m)!) }
        return base.subset(kept: p.kept, added: p.added.map { c in
            let cand = candidates[Int(c)]
            return (cand.from, cand.to, directed[Int(cand.mechanism)], position[Int(cand.mechanism)])
        })
    }

    /// The perturbed network itself (departments, functions and metadata unchanged).
    /// - Complexity: O(m + added).
    public func network(_ p: PerturbedTies) -> Network {
        var net = network
        var ties: [Tie] = []
        ties.reserveCapacity(p.kept.count + p.added.count)
        for (j, t) in p.kept.enumerated() {
            var tie = network.ties[Int(t)]
            if !p.weights.isEmpty { tie.weight = p.weights[j] }
            ties.append(tie)
        }
        for c in p.added {
            let cand = candidates[Int(c)]
            ties.append(Tie(from: network.departments[Int(cand.from)].id, to: network.departments[Int(cand.to)].id,
                            mechanism: mechanisms[Int(cand.mechanism)], source: .inferred))
        }
        net.ties = ties
        return net
    }
}
