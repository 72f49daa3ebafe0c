/// Three or more snapshots of a network (waves), compared step by step: the trajectory of the headline
/// quantities and of each function's lead.
///
/// Definition. Step i compares wave i with wave i + 1 through its own mapping (``NetworkComparison``,
/// with the given settings). Per wave: departments, ties, the coordinating department
/// (``DiagnosisContext/defaultCenter(_:)``) and its degree and betweenness on the combined view,
/// unweighted, in the raw network. Per step: the alignment rule used, QAP r and its p-value, ties
/// added and removed, function changes by category. Per function (matched by id, or through the
/// steps' function mappings starting from the first wave that has it): its leads and co-leads in
/// each wave, in that wave's own ids (empty when the function does not exist in the wave).
///
/// References: as ``NetworkComparison``; panel network comparison across organisational change
/// (Kapucu & Garayev 2011, doi:10.1080/01900692.2011.572223).
public struct WaveTrajectory: Sendable {
    /// One wave's headline quantities.
    public struct Wave: Sendable {
        public var label: String
        public var departments: Int
        public var ties: Int
        public var centre: String?
        public var centreDegree: Double
        public var centreBetweenness: Double
    }

    public let waves: [Wave]
    /// Comparisons of consecutive waves.
    public let steps: [NetworkComparison]
    /// Function id (as in the first wave that has it) → name and leading departments per wave.
    public let functions: [(id: String, name: String, leading: [FunctionChanges.Roles?])]

    /// Compares consecutive waves.
    /// - Parameters:
    ///   - networks: the waves, earliest first, with a label each (e.g. the file name).
    ///   - mappings: `mappings[i]` joins wave i and i + 1.
    /// - Throws: ``AlgorithmError`` for an unknown node metric.
    /// - Complexity: that of `networks.count − 1` comparisons.
    public init(networks: [(label: String, network: Network)], mappings: [ResolvedMapping], settings: NetworkComparison.Settings) throws {
        precondition(networks.count >= 2 && mappings.count == networks.count - 1)
        var ms = MetricSettings()
        ms.weighted = false
        ms.seed = settings.seed
        waves = try networks.map { label, net in
            let centre = DiagnosisContext.defaultCenter(net)
            var degree = Double.nan, betweenness = Double.nan
            if let centre {
                var s = ms
                s.view.mechanisms = net.usedMechanismIDs
                let m = try NodeMetrics.compute(net, settings: s, metrics: ["degree", "betweenness"])
                if let i = m.ids.firstIndex(of: centre) { degree = m.columns[0].values[i]; betweenness = m.columns[1].values[i] }
            }
            return Wave(label: label, departments: net.departments.count, ties: net.ties.count, centre: centre,
                        centreDegree: degree, centreBetweenness: betweenness)
        }
        steps = try (0..<(networks.count - 1)).map { i in
            try NetworkComparison(before: networks[i].network, after: networks[i + 1].network, mapping: mappings[i], settings: settings)
        }
        // Follow each function from the first wave that has it.
        var rows: [(String, String, [FunctionChanges.Roles?])] = []
        var covered = [Set<String>](repeating: [], count: networks.count)
        for (w, (_, net)) in networks.enumerated() {
            for f in net.functions where !covered[w].contains(f.id) {
                var leading = [FunctionChanges.Roles?](repeating: nil, count: networks.count)
                var ids: [String] = [f.id]
                for v in w..<networks.count {
                    let present = networks[v].network.functions.filter { ids.contains($0.id) }
                    if present.isEmpty { break }
                    var r = FunctionChanges.Roles()
                    for g in present {
                        covered[v].insert(g.id)
                        r.lead += g.departments(withRole: .lead).filter { !r.lead.contains($0) }
                        r.coLead += g.departments(withRole: .coLead).filter { !r.coLead.contains($0) }
                    }
                    leading[v] = r
                    if v < mappings.count { ids = ids.flatMap { mappings[v].functionTargets($0) } }
                }
                rows.append((f.id, f.name, leading))
            }
        }
        functions = rows.map { (id: $0.0, name: $0.1, leading: $0.2) }
    }

    /// The trajectory as JSON: `waves` (one entry per wave: `label`, `departments`, `ties`, `centre`,
    /// `centre_degree`, `centre_betweenness`), `steps` (`from`, `to`, `alignment`, `qap_r`, `p_greater`,
    /// `p_greater_text`, `ties_added`, `ties_removed`, `function_changes`), `functions` (`id`, `name`,
    /// `leads` [per wave: {lead, co_lead} or null]). Keys sorted, deterministic.
    public func jsonValue(extraSettings: [(String, JSONValue)] = []) -> JSONValue {
        func obj(_ m: [(String, JSONValue)]) -> JSONValue { .object(m.sorted { $0.0 < $1.0 }) }
        func strings(_ xs: [String]) -> JSONValue { .array(xs.map { .string($0) }) }
        return obj([
            ("waves", .array(waves.map { w in
                obj([("label", .string(w.label)), ("departments", .number(Double(w.departments))), ("ties", .number(Double(w.ties))),
                     ("centre", w.centre.map { .string($0) } ?? .null), ("centre_degree", .finite(w.centreDegree)),
                     ("centre_betweenness", .finite(w.centreBetweenness))])
            })),
            ("steps", .array(steps.enumerated().map { i, c in
                let q = c.qap.last!.1, all = c.diff.counts.last!.1
                return obj([("from", .string(waves[i].label)), ("to", .string(waves[i + 1].label)), ("alignment", .string(c.alignment.rule.rawValue)),
                            ("qap_r", .finite(q.correlation)), ("p_greater", .finite(q.pGreater)), ("p_greater_text", .string(q.p(.greater).text)),
                            ("ties_added", .number(Double(all.added))), ("ties_removed", .number(Double(all.removed))),
                            ("function_changes", obj(c.functions.counts.map { ($0.0.rawValue, .number(Double($0.1))) }))])
            })),
            ("functions", .array(functions.map { f in
                obj([("id", .string(f.id)), ("name", .string(f.name)),
                     ("leads", .array(f.leading.map { r in r.map { obj([("lead", strings($0.lead)), ("co_lead", strings($0.coLead))]) } ?? .null }))])
            })),
            ("settings", obj([("software", .string("GovNet \(GovNetVersion.string)"))] + extraSettings)),
        ])
    }
}
