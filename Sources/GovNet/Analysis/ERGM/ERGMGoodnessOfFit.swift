import Foundation

/// Goodness of fit of an ERGM, as statnet's `gof(ergm)` (Hunter, Goodreau & Handcock 2008,
/// doi:10.1198/016214507000000446): networks simulated from the fitted coefficients are compared with the
/// observed network on statistics the model does not fix — the degree distribution (in- and out-degree when
/// directed), the edgewise shared partners and the geodesic distances — and on the model's own statistics.
///
/// For every value of every distribution (e.g. "departments with in-degree 3") the result gives the
/// observed count, the minimum, mean and maximum over the simulated networks, and a two-sided Monte Carlo
/// p-value. ergm's p-value is min(1, 2 · min(P̂(sim ≤ obs), P̂(sim ≥ obs))), which is 0 when no simulated
/// network reaches the observation; GovNet counts the observation as one of the draws,
/// p = min(1, 2 · min(k≤ + 1, k≥ + 1) / (K + 1)) for K simulations (Davison & Hinkley 1997, §4.2), so it is
/// never 0 and its smallest value, 2/(K + 1), says how many simulations were run.
///
/// Distributions (ergm's definitions, checked against ergmx's `gof`):
/// - **degree** (undirected) / **idegree**, **odegree** (directed): departments with degree 0, 1, …, n − 1;
/// - **espartners**: ties with 0, 1, …, n − 2 shared partners; directed: outgoing two-paths i → k → j
///   of the arc i → j (ergm's `esp(type = "OTP")`);
/// - **distance**: pairs (ordered when directed) at geodesic distance 1, …, n − 1, then unreachable ("Inf");
/// - **model**: the model's statistics g(y).
///
/// Simulation: ``ERGMSampler`` (tie/no-tie Metropolis–Hastings) in ``Settings/chains`` chains started at
/// the observed network, burn-in then one network every `interval` proposals, each chain with its own seed
/// (so the result does not depend on the number of threads); same seed, same result.
///
/// - Complexity: O(K · interval · c) for the simulation plus O(K · n · (n + m)) for the distances of K
///   networks of n departments and m ties (breadth-first search from every department).
public enum ERGMGoodnessOfFit {
    /// A distribution compared.
    public enum Statistic: String, Sendable, Hashable, CaseIterable {
        case degree, idegree, odegree, espartners, distance, model
    }

    /// The simulation's settings.
    public struct Settings: Sendable, Hashable {
        /// Networks simulated.
        public var simulations = 100
        /// Proposals between two simulated networks (default: the Monte Carlo MLE's, from the network's size).
        public var interval: Int?
        /// Proposals before the first network of each chain (default: 16 intervals).
        public var burnIn: Int?
        public var chains = 2
        public var seed: UInt64 = 1
        public init(seed: UInt64 = 1, simulations: Int = 100) {
            self.seed = seed
            self.simulations = simulations
        }
    }

    /// One distribution: the observed and simulated counts of each value.
    public struct Table: Sendable, Hashable {
        public var statistic: Statistic
        /// The values ("0", "1", … ; distance ends with "Inf"; model: the statistics' names).
        public var labels: [String]
        public var observed: [Double]
        /// simulated[k][v]: network k's count of value v.
        public var simulated: [[Double]]

        public init(statistic: Statistic, labels: [String], observed: [Double], simulated: [[Double]]) {
            self.statistic = statistic
            self.labels = labels
            self.observed = observed
            self.simulated = simulated
        }

        public var minimum: [Double] { labels.indices.map { v in simulated.map { $0[v] }.min() ?? .nan } }
        public var maximum: [Double] { labels.indices.map { v in simulated.map { $0[v] }.max() ?? .nan } }
        public var mean: [Double] {
            labels.indices.map { v in simulated.reduce(0.0) { $0 + $1[v] } / Double(max(simulated.count, 1)) }
        }

        /// Two-sided Monte Carlo p-value of each value, min(1, 2 · min(k≤ + 1, k≥ + 1) / (K + 1)); never 0.
        public var pValues: [Double] {
            let k = Double(simulated.count)
            return labels.indices.map { v in
                var below = 0.0, above = 0.0
                for s in simulated {
                    if s[v] <= observed[v] { below += 1 }
                    if s[v] >= observed[v] { above += 1 }
                }
                return min(1, 2 * min(below + 1, above + 1) / (k + 1))
            }
        }

        /// The rows worth showing (as ergm prints them): up to the last value observed or simulated at
        /// least once; distance always shows "Inf"; the model's statistics all.
        public var shown: [Int] {
            if statistic == .model { return Array(labels.indices) }
            let finite = statistic == .distance ? labels.count - 1 : labels.count
            let top = maximum
            let last = (0..<finite).last { observed[$0] > 0 || top[$0] > 0 } ?? 0
            var rows = Array(0...min(last, max(finite - 1, 0)))
            if statistic == .distance, let inf = labels.indices.last { rows.append(inf) }
            return rows
        }

        /// Shown values whose p-value is below `level`.
        public func misfits(level: Double = 0.05) -> [Int] {
            let p = pValues
            return shown.filter { p[$0] < level }
        }
    }

    /// The comparison: one table per statistic, in the order degree (or idegree, odegree), espartners,
    /// distance, model.
    public struct Result: Sendable, Hashable {
        public var tables: [Table]
        public var simulations: Int
        public var interval: Int
        public var burnIn: Int
        public var chains: Int
        public var seed: UInt64

        public func table(_ s: Statistic) -> Table? { tables.first { $0.statistic == s } }

        /// Whether no shown value of the structural distributions (all but `model`) has p < `level`.
        public func fits(level: Double = 0.05) -> Bool {
            tables.allSatisfy { $0.statistic == .model || $0.misfits(level: level).isEmpty }
        }
    }

    /// The structural statistics of a network's direction.
    public static func statistics(directed: Bool) -> [Statistic] {
        (directed ? [.idegree, .odegree] : [.degree]) + [.espartners, .distance]
    }

    /// The distribution of one structural statistic of a network (not `model`).
    /// - Complexity: degree O(n); espartners O(Σ over ties of the out-degree); distance O(n · (n + m)).
    public static func distribution(_ statistic: Statistic, of state: ERGMDyadState) -> [Double] {
        let n = state.nodeCount
        switch statistic {
        case .degree, .idegree, .odegree:
            var counts = [Double](repeating: 0, count: n)
            for i in 0..<n {
                let d = statistic == .idegree ? state.inDegree(Int32(i)) : state.outDegree(Int32(i))
                counts[d] += 1
            }
            return counts
        case .espartners:
            var counts = [Double](repeating: 0, count: max(n - 1, 0))
            for (i, j) in state.edges { counts[state.twoPaths(i, j)] += 1 }
            return counts
        case .distance:
            var counts = [Double](repeating: 0, count: n)
            guard n > 1 else { return counts }
            var depth = [Int32](repeating: -1, count: n)
            var queue = [Int32](repeating: 0, count: n)
            var reached = 0
            for s in 0..<n {
                for k in 0..<n { depth[k] = -1 }
                depth[s] = 0
                queue[0] = Int32(s)
                var head = 0, tail = 1
                while head < tail {
                    let u = queue[head]
                    head += 1
                    for v in state.outLists[Int(u)] where depth[Int(v)] < 0 {
                        depth[Int(v)] = depth[Int(u)] + 1
                        queue[tail] = v
                        tail += 1
                        counts[Int(depth[Int(v)]) - 1] += 1
                    }
                }
                reached += tail - 1
            }
            let pairs = n * (n - 1)
            counts[n - 1] = Double(pairs - reached)
            if !state.isDirected { counts = counts.map { $0 / 2 } }
            return counts
        case .model:
            return []
        }
    }

    /// The labels of a structural statistic's values on n departments.
    static func labels(_ statistic: Statistic, n: Int) -> [String] {
        switch statistic {
        case .degree, .idegree, .odegree: return (0..<n).map(String.init)
        case .espartners: return (0..<max(n - 1, 0)).map(String.init)
        case .distance: return (1..<max(n, 1)).map(String.init) + ["Inf"]
        case .model: return []
        }
    }

    /// Simulates `settings.simulations` networks from the model at `coefficients` (one per statistic of
    /// `model`, in order) and compares them with the observed network.
    /// - Complexity: see the type.
    public static func compare(_ model: ERGMModel, _ observed: ERGMDyadState, coefficients: [Double],
                               settings: Settings = Settings()) -> Result {
        precondition(coefficients.count == model.width, "one coefficient per statistic")
        let n = observed.nodeCount
        let dyads = observed.isDirected ? n * (n - 1) : n * (n - 1) / 2
        let interval = settings.interval ?? ERGMMCMLE.Settings().interval(dyads: dyads)
        let burnIn = settings.burnIn ?? 16 * interval
        let count = max(1, settings.simulations)
        let chains = max(1, min(settings.chains, count))
        let structural = statistics(directed: observed.isDirected)
        let observedModel = model.statistics(observed)
        // Each chain's networks' distributions, in chain order.
        let perChain = (count + chains - 1) / chains
        let byChain = ParallelChunks.map(count: chains, chunks: chains) { range -> [[[Double]]] in
            var sampler = ERGMSampler(model: model, state: observed)
            var rng = SeededGenerator(seed: settings.seed &+ UInt64(range.lowerBound + 1) &* 0x9E37_79B9_7F4A_7C15)
            for _ in 0..<burnIn { sampler.step(coefficients, &rng) }
            var rows: [[[Double]]] = []
            for _ in 0..<perChain {
                for _ in 0..<interval { sampler.step(coefficients, &rng) }
                var row = structural.map { distribution($0, of: sampler.state) }
                row.append(zip(observedModel, sampler.statistics).map(+))
                rows.append(row)
            }
            return rows
        }
        let drawn = Array(byChain.joined().prefix(count))
        var tables: [Table] = []
        for (k, s) in structural.enumerated() {
            tables.append(Table(statistic: s, labels: labels(s, n: n), observed: distribution(s, of: observed),
                                simulated: drawn.map { $0[k] }))
        }
        tables.append(Table(statistic: .model, labels: model.names, observed: observedModel,
                            simulated: drawn.map { $0[structural.count] }))
        return Result(tables: tables, simulations: drawn.count, interval: interval, burnIn: burnIn, chains: chains, seed: settings.seed)
    }
}
