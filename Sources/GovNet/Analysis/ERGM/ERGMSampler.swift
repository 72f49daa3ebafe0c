import Foundation

/// Draws networks from an ERGM, P(y) ∝ exp(θᵀ g(y)), by Metropolis–Hastings with ergm's tie/no-tie
/// (TNT) proposal (Morris, Handcock & Hunter 2008, doi:10.18637/jss.v024.i04; ergm's `MH_TNT`): with
/// probability ½ a uniformly chosen tie is proposed for removal, otherwise a uniformly chosen dyad is
/// toggled (always a random dyad when the network is empty). With D dyads and E ties, the proposal
/// ratio is E/(E + D) for removing a tie (1/(D/2 + ½) when it is the last) and 1 + D/(E + 1) for adding
/// one ((D + 1)/2 on the empty network); the move is accepted with probability
/// min(1, exp(θᵀ δ) · ratio), δ the change of the statistics.
///
/// The sampler keeps the statistics relative to the network it started from (g(y) − g(y₀)), so the
/// sample is centred on the observed network when it starts there.
///
/// - Complexity: O(c) per proposal (c the cost of one change statistic, ``ERGMKernel``), O(n²) memory.
struct ERGMSampler {
    let model: ERGMModel
    var state: ERGMDyadState
    /// Ties in an array (random choice) with each tie's slot (n × n, −1 when absent; undirected: low, high).
    var ties: [(Int32, Int32)]
    var slot: [Int32]
    /// g(y) − g(y₀).
    var statistics: [Double]
    let dyads: Double
    var delta: [Double]

    init(model: ERGMModel, state: ERGMDyadState) {
        self.model = model
        self.state = state
        let n = state.nodeCount
        ties = state.edges
        slot = [Int32](repeating: -1, count: n * n)
        for (k, (i, j)) in ties.enumerated() { slot[Int(i) * n + Int(j)] = Int32(k) }
        statistics = [Double](repeating: 0, count: model.width)
        dyads = Double(state.isDirected ? n * (n - 1) : n * (n - 1) / 2)
        delta = [Double](repeating: 0, count: model.width)
    }

    mutating func addTie(_ i: Int32, _ j: Int32) {
        state.add(i, j)
        slot[Int(i) * state.nodeCount + Int(j)] = Int32(ties.count)
        ties.append((i, j))
    }

    /// Takes the tie out of the tie list (the adjacency is updated by the caller).
    mutating func dropFromList(_ i: Int32, _ j: Int32) {
        let n = state.nodeCount
        let k = Int(slot[Int(i) * n + Int(j)])
        let last = ties[ties.count - 1]
        ties[k] = last
        slot[Int(last.0) * n + Int(last.1)] = Int32(k)
        ties.removeLast()
        slot[Int(i) * n + Int(j)] = -1
    }

    /// One proposal and its acceptance.
    mutating func step(_ theta: [Double], _ rng: inout SeededGenerator) {
        let n = state.nodeCount
        let edges = Double(ties.count)
        var i: Int32, j: Int32
        if ties.isEmpty || rng.nextUnit() < 0.5 {
            let a = rng.nextInt(below: n)
            var b = rng.nextInt(below: n - 1)
            if b >= a { b += 1 }
            (i, j) = state.isDirected || a < b ? (Int32(a), Int32(b)) : (Int32(b), Int32(a))
        } else {
            (i, j) = ties[rng.nextInt(below: ties.count)]
        }
        let present = state.hasTie(i, j)
        let logRatio: Double
        if present {
            logRatio = edges == 1 ? -log(dyads / 2 + 0.5) : log(edges / (edges + dyads))
            state.remove(i, j)
        } else {
            logRatio = edges == 0 ? log(dyads / 2 + 0.5) : log(1 + dyads / (edges + 1))
        }
        delta.withUnsafeMutableBufferPointer { model.changeStatistics(state, i, j, into: $0.baseAddress!) }
        var logAccept = logRatio
        let sign = present ? -1.0 : 1.0
        for k in 0..<delta.count { logAccept += sign * theta[k] * delta[k] }
        if logAccept >= 0 || log(rng.nextUnit()) < logAccept {
            if present {
                dropFromList(i, j)
            } else {
                addTie(i, j)
            }
            for k in 0..<delta.count { statistics[k] += sign * delta[k] }
        } else if present {
            state.add(i, j)
        }
    }

    /// `count` statistics vectors, one every `interval` proposals after `burnIn` proposals, and the
    /// density of each sampled network.
    mutating func sample(_ theta: [Double], count: Int, interval: Int, burnIn: Int, seed: UInt64) -> (statistics: [[Double]], ties: [Int]) {
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<burnIn { step(theta, &rng) }
        var out: [[Double]] = [], ties: [Int] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            for _ in 0..<interval { step(theta, &rng) }
            out.append(statistics)
            ties.append(self.ties.count)
        }
        return (out, ties)
    }
}
