/// The ties of a network with their department indices, direction, derived flag and mechanism
/// looked up once, so that several graphs of one network (``NetworkGraph``, one per view) are built
/// without hashing a department id or reading a tie's attributes again. Internal: robustness draws
/// build five or so graphs of each perturbed network, from these arrays gathered by index
/// (``subset(kept:added:)``).
struct ResolvedTies: Sendable {
    /// Department index of each tie's `from` and `to` end (−1: not a declared department).
    var from: [Int32]
    var to: [Int32]
    /// ``Network/isDirected(_:)`` of each tie.
    var directed: [Bool]
    /// ``Tie/isDerived`` of each tie.
    var derived: [Bool]
    /// Each tie's mechanism, an index into ``mechanismIDs``.
    var mechanism: [Int32]
    /// The mechanism ids of the recorded network's ties, in order of first use.
    let mechanismIDs: [String]

    /// - Parameter index: the first index of each department id (``NetworkGraph``'s).
    /// - Complexity: O(m) look-ups.
    init(network: Network, index: [String: Int32]) {
        let m = network.ties.count
        from = []; to = []; directed = []; derived = []; mechanism = []
        from.reserveCapacity(m); to.reserveCapacity(m); directed.reserveCapacity(m); derived.reserveCapacity(m); mechanism.reserveCapacity(m)
        var mechanismDirected: [String: Bool] = [:]
        var position: [String: Int32] = [:]
        var ids: [String] = []
        for tie in network.ties {
            from.append(index[tie.from] ?? -1)
            to.append(index[tie.to] ?? -1)
            directed.append(tie.directed ?? mechanismDirected[tie.mechanism] ?? {
                let d = network.mechanism(tie.mechanism)?.directed ?? true
                mechanismDirected[tie.mechanism] = d
                return d
            }())
            derived.append(tie.isDerived)
            mechanism.append(position[tie.mechanism] ?? {
                let k = Int32(ids.count)
                position[tie.mechanism] = k
                ids.append(tie.mechanism)
                return k
            }())
        }
        mechanismIDs = ids
    }

    private init(from: [Int32], to: [Int32], directed: [Bool], derived: [Bool], mechanism: [Int32], mechanismIDs: [String]) {
        self.from = from; self.to = to; self.directed = directed; self.derived = derived
        self.mechanism = mechanism; self.mechanismIDs = mechanismIDs
    }

    /// The resolved ties of a network whose ties are `kept` (indices into these, in order) followed
    /// by `added` ties (ends, direction, mechanism as an index into ``mechanismIDs``; never derived).
    /// - Complexity: O(kept + added).
    func subset(kept: [Int32], added: [(from: Int32, to: Int32, directed: Bool, mechanism: Int32)]) -> ResolvedTies {
        let count = kept.count + added.count
        var f = [Int32](), t = [Int32](), d = [Bool](), x = [Bool](), m = [Int32]()
        f.reserveCapacity(count); t.reserveCapacity(count); d.reserveCapacity(count); x.reserveCapacity(count); m.reserveCapacity(count)
        for k in kept {
            let i = Int(k)
            f.append(from[i]); t.append(to[i]); d.append(directed[i]); x.append(derived[i]); m.append(mechanism[i])
        }
        for a in added { f.append(a.from); t.append(a.to); d.append(a.directed); x.append(false); m.append(a.mechanism) }
        return ResolvedTies(from: f, to: t, directed: d, derived: x, mechanism: m, mechanismIDs: mechanismIDs)
    }
}
