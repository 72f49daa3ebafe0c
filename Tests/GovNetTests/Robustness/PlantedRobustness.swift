import GovNet

/// Networks with a planted robust fault and planted fragile ones, in joint operation (undirected)
/// only, every department at the municipal level, no leadership lines.
enum PlantedRobustness {
    static func department(_ id: String, kind: String = "sector") -> Department {
        Department(id: id, name: id, kind: kind, level: "municipal")
    }

    /// A wheel EMB + R1…R5 (every rim tie redundant), a hub H tied to EMB and R1, and six leaves
    /// L1…L6 hanging on H: H cuts six departments off, and keeps doing so unless all six leaf ties go.
    /// The leaves report their ties to H (`from` the leaf), so H's own non-response loses only its
    /// ties to EMB and R1.
    static func robustCutPoint() -> Network {
        var net = Network()
        let rim = (1...5).map { "R\($0)" }, leaves = (1...6).map { "L\($0)" }
        net.departments = [department("EMB", kind: "emergency-management"), department("H")] + rim.map { department($0) } + leaves.map { department($0) }
        var pairs = rim.map { ("EMB", $0) }
        for i in rim.indices { pairs.append((rim[i], rim[(i + 1) % rim.count])) }
        pairs += [("EMB", "H"), ("H", "R1")] + leaves.map { ($0, "H") }
        net.ties = pairs.map { Tie(from: $0.0, to: $0.1, mechanism: "operation") }
        return net
    }

    /// Two triangles, {EMB, A1, A2} and {B1, B2, B3}, joined by the bridge A1–B1, and a department P
    /// tied to A2 and nothing else: one added tie P–B2 (or any tie across) closes a parallel path.
    static func bridgeWithNearPath() -> Network {
        var net = Network()
        net.departments = [department("EMB", kind: "emergency-management")] + ["A1", "A2", "B1", "B2", "B3", "P"].map { department($0) }
        let pairs = [("EMB", "A1"), ("EMB", "A2"), ("A1", "A2"), ("B1", "B2"), ("B2", "B3"), ("B1", "B3"), ("A1", "B1"), ("A2", "P")]
        net.ties = pairs.map { Tie(from: $0.0, to: $0.1, mechanism: "operation") }
        return net
    }

    /// A broker just above the 0.35 threshold: EMB tied to C1…C8, four ring ties C1–C2, C2–C3, C3–C4,
    /// C4–C5 and seven chords Cᵢ–Cᵢ₊₂ (i = 1…7): EMB carries 17/42 ≈ 0.405 of the shortest paths
    /// between connected pairs (NetworkX unnormalised betweenness over connected pairs).
    static func brokerNearThreshold() -> Network {
        var net = Network()
        let c = (1...8).map { "C\($0)" }
        net.departments = [department("EMB", kind: "emergency-management")] + c.map { department($0) }
        var pairs = c.map { ("EMB", $0) }
        pairs += (0..<4).map { (c[$0], c[($0 + 1) % 8]) }
        pairs += (0..<7).map { (c[$0], c[($0 + 2) % 8]) }
        net.ties = pairs.map { Tie(from: $0.0, to: $0.1, mechanism: "operation") }
        return net
    }
}
