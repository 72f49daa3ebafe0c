/// Gould–Fernandez brokerage role counts of every node (see ``Brokerage/roles(of:groups:)``).
public struct BrokerageRoles: Sendable, Equatable {
    /// Broker and both ends in one group (`w_I`, "coordinator").
    public let coordinator: [Double]
    /// Both ends in one group, the broker in another (`w_O`, "itinerant" or consultant).
    public let itinerant: [Double]
    /// Broker in the destination's group, the source outside (`b_OI`, "gatekeeper").
    public let gatekeeper: [Double]
    /// Broker in the source's group, the destination outside (`b_IO`, "representative").
    public let representative: [Double]
    /// All three in different groups (`b_O`, "liaison").
    public let liaison: [Double]

    /// Wraps per-node role counts (all arrays of one length, indexed by node).
    public init(coordinator: [Double], itinerant: [Double], gatekeeper: [Double], representative: [Double], liaison: [Double]) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.gatekeeper = gatekeeper
        self.representative = representative
        self.liaison = liaison
    }

    /// Total brokerage of each node (sum of the five roles).
    public var total: [Double] {
        var sums = coordinator
        for i in sums.indices {
            let within: Double = itinerant[i] + gatekeeper[i]
            let between: Double = representative[i] + liaison[i]
            sums[i] += within + between
        }
        return sums
    }
}

/// Gould & Fernandez (1989) brokerage roles.
public enum Brokerage {
    /// Counts, for each node `b`, the open two-paths it brokers, by the groups of the three nodes.
    ///
    /// Every ordered two-path `a → b → c` with `a ≠ c` and no arc `a → c` makes `b` a broker; its role
    /// is: all three in one group — coordinator; `a`, `c` in one group and `b` in another — itinerant;
    /// `b` and `c` in one group, `a` outside — gatekeeper; `a` and `b` in one group, `c` outside —
    /// representative; three different groups — liaison. On an undirected graph every edge counts as
    /// two arcs, so each open path `a — b — c` is counted once in each direction.
    ///
    /// ```swift
    /// // 0 → 1 → 2, groups [0, 1, 1]: node 1 is a gatekeeper once.
    /// let g = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], directed: true)
    /// Brokerage.roles(of: g, groups: [0, 1, 1]).gatekeeper  // [0, 1, 0]
    /// ```
    ///
    /// - Parameters:
    ///   - graph: a directed or undirected graph (weights are ignored).
    ///   - groups: group label of each node (`nodeCount` entries); any `Int32` values.
    /// - Returns: raw counts (as `Double`s) for each role, indexed by node. Not normalised (statnet's
    ///   `raw.nli`, not its z-scores).
    /// - Complexity: O(m + Σ_b indeg(b)·outdeg(b)) time, O(n) extra space.
    ///
    /// References: Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach
    /// to brokerage in transaction networks. *Sociological Methodology* 19, 89–126,
    /// doi:10.2307/270949. Matches statnet `sna::brokerage(g, cl)$raw.nli`; NetworkX has no counterpart.
    public static func roles(of graph: Graph, groups: [Int32]) -> BrokerageRoles {
        precondition(groups.count == graph.nodeCount, "one group per node")
        let n = graph.nodeCount
        var co = [Double](repeating: 0, count: n), it = co, gk = co, rp = co, li = co
        graph.offsets.withUnsafeBufferPointer { off in
        graph.targets.withUnsafeBufferPointer { tg in
            // For each source `a`, stamp its out-neighbours so "no arc a → c" is an O(1) test, then walk
            // every two-path a → b → c and credit the broker b.
            var mark = [Int32](repeating: -1, count: n)
            for a in 0..<n {
                let ga = groups[a]
                let aLo = Int(off[a]), aHi = Int(off[a + 1])
                for y in aLo..<aHi { mark[Int(tg[y])] = Int32(a) }
                for y in aLo..<aHi {
                    let b = Int(tg[y])
                    let gb = groups[b]
                    for z in Int(off[b])..<Int(off[b + 1]) {
                        let c = Int(tg[z])
                        if c == a || mark[c] == Int32(a) { continue }
                        let gc = groups[c]
                        if ga == gb {
                            if gb == gc { co[b] += 1 } else { rp[b] += 1 }
                        } else if gb == gc {
                            gk[b] += 1
                        } else if ga == gc {
                            it[b] += 1
                        } else {
                            li[b] += 1
                        }
                    }
                }
            }
        }}
        return BrokerageRoles(coordinator: co, itinerant: it, gatekeeper: gk, representative: rp, liaison: li)
    }
}
