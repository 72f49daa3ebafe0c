extension NetworkComparison {
    /// The comparison as the JSON interface of `govnet compare --format json`: every object's keys
    /// sorted, every list sorted (departments by id, ties by from, to, mechanism), numbers in shortest
    /// round-trip form, undefined values `null`, so the bytes are deterministic.
    ///
    /// Keys: `alignment` (the split rule used); `sensitivity` (per rule: `qap_r`, `ties_added`,
    /// `ties_removed`, `ties_added_by_alignment`, `ties_removed_by_alignment`, `findings_appeared`,
    /// `findings_disappeared`, `centre_degree_before`/`_after`, `centre_betweenness_before`/`_after`,
    /// `unattributed_ties`); `centre`; `unattributed` (earlier ties with a split end serving no named
    /// duty); `tie_functions` (how many earlier ties had recorded, inferred or no functions, and the
    /// inference rule); `departments` (`added`, `removed`, `merged` [{from, into}], `split` [{from, into}],
    /// `renamed` [{from, to, name_before, name_after}]); `ties` (`added`, `removed`, `reweighted`,
    /// `rebased`, compared after alignment); `tie_counts` and `jaccard` per mechanism and `all`; `qap`
    /// per mechanism and `all`; `network_metrics` per scope; `departments_metrics`; `findings`
    /// (`appeared`, `disappeared`, `persisted`); `functions` (every function's roles before and after
    /// on each network's own ids — `id`, `name`, `id_before`, `before` and `after` {`lead`, `co_lead`,
    /// `support`}, `change`, `transfers` [{from, to, kind}] — in ``FunctionChanges`` order);
    /// `function_changes` (count per change); `responsibilities` (lead overlaps resolved or created);
    /// `recorded` (the tie counts by id, without the mapping); `resilience` (robustness R before and after
    /// per targeted attack, its change and reading, see ``ResilienceComparison``); `settings`.
    /// - Parameter extraSettings: more entries for `settings` (e.g. the file names).
    /// - Returns: the JSON value.
    /// - Complexity: O(size of the result · log).
    public func jsonValue(extraSettings: [(String, JSONValue)] = []) -> JSONValue {
        let names = Dictionary(alignment.after.departments.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func obj(_ members: [(String, JSONValue)]) -> JSONValue { .object(members.sorted { $0.0 < $1.0 }) }
        func strings(_ xs: [String]) -> JSONValue { .array(xs.map { .string($0) }) }
        func basis(_ b: Basis?) -> JSONValue { b.map { .string($0.rawValue) } ?? .null }
        func tie(_ c: NetworkDiff.TieChange, _ extra: [(String, JSONValue)]) -> JSONValue {
            obj([("from", .string(c.key.from)), ("to", .string(c.key.to)), ("mechanism", .string(c.key.mechanism)),
                 ("directed", .bool(c.key.directed))] + extra)
        }
        let departments = obj([
            ("added", strings(diff.added)),
            ("removed", strings(diff.removed)),
            ("merged", .array(diff.merged.map { obj([("from", strings($0.from)), ("into", .string($0.into))]) })),
            ("split", .array(diff.split.map { obj([("from", .string($0.from)), ("into", strings($0.into))]) })),
            ("renamed", .array(diff.renamed.map {
                obj([("from", .string($0.from)), ("to", .string($0.to)), ("name_before", .string($0.nameBefore)), ("name_after", .string($0.nameAfter))])
            })),
        ])
        let ties = obj([
            ("added", .array(diff.tiesAdded.map { tie($0, [("weight", .finite($0.after!.weight)), ("basis", basis($0.after!.basis)),
                                                          ("attributed_by_alignment", .bool($0.byAlignment))]) })),
            ("removed", .array(diff.tiesRemoved.map { tie($0, [("weight", .finite($0.before!.weight)), ("basis", basis($0.before!.basis)),
                                                              ("attributed_by_alignment", .bool($0.byAlignment))]) })),
            ("reweighted", .array(diff.tiesReweighted.map { tie($0, [("weight_before", .finite($0.before!.weight)), ("weight_after", .finite($0.after!.weight))]) })),
            ("rebased", .array(diff.tiesRebased.map { tie($0, [("basis_before", basis($0.before!.basis)), ("basis_after", basis($0.after!.basis))]) })),
        ])
        func counts(_ d: NetworkDiff) -> JSONValue {
            obj(d.counts.map { name, c in
                (name, obj([("before", .number(Double(c.before))), ("after", .number(Double(c.after))), ("added", .number(Double(c.added))),
                            ("removed", .number(Double(c.removed))), ("reweighted", .number(Double(c.reweighted))),
                            ("rebased", .number(Double(c.rebased))), ("unchanged", .number(Double(c.unchanged))), ("jaccard", .finite(c.jaccard)),
                            ("added_by_alignment", .number(Double(c.addedByAlignment))), ("removed_by_alignment", .number(Double(c.removedByAlignment)))]))
            })
        }
        let qapValue = obj(qap.map { name, r in
            (name, obj([("correlation", .finite(r.correlation)), ("p_greater", .finite(r.pGreater)), ("p_less", .finite(r.pLess)),
                        ("k_greater", .number(Double(r.kGreater))), ("k_less", .number(Double(r.kLess))), ("k_two_sided", .number(Double(r.kTwoSided))),
                        ("p_greater_text", .string(r.p(.greater).text)), ("p_less_text", .string(r.p(.less).text)),
                        ("p_two_sided_text", .string(r.p(.twoSided).text)),
                        ("p_two_sided", .finite(r.pTwoSided)), ("permutations", .number(Double(r.permutations))),
                        ("jaccard", .finite(r.jaccard)), ("simple_matching", .finite(r.simpleMatching)),
                        ("hamming", .number(Double(r.hamming))), ("nodes", .number(Double(r.nodes)))]))
        })
        let sensitivityValue = obj(sensitivity.map { rule, x in
            (rule.rawValue, obj([("qap_r", .finite(x.qapR)), ("ties_added", .number(Double(x.tiesAdded))), ("ties_removed", .number(Double(x.tiesRemoved))),
                                 ("ties_added_by_alignment", .number(Double(x.tiesAddedByAlignment))),
                                 ("ties_removed_by_alignment", .number(Double(x.tiesRemovedByAlignment))),
                                 ("findings_appeared", deltas == nil ? .null : .number(Double(x.findingsAppeared))),
                                 ("findings_disappeared", deltas == nil ? .null : .number(Double(x.findingsDisappeared))),
                                 ("centre_degree_before", .finite(x.centreDegreeBefore)), ("centre_degree_after", .finite(x.centreDegreeAfter)),
                                 ("centre_betweenness_before", .finite(x.centreBetweennessBefore)),
                                 ("centre_betweenness_after", .finite(x.centreBetweennessAfter)),
                                 ("unattributed_ties", .number(Double(x.unattributed)))]))
        })
        var members: [(String, JSONValue)] = [
            ("alignment", .string(alignment.rule.rawValue)),
            ("resilience", resilience?.jsonValue ?? .null),
            ("qap_caveat", qapCaveat.map { .string($0) } ?? .null),
            ("sensitivity", sensitivityValue),
            ("centre", centre.map { .string($0) } ?? .null),
            ("unattributed", .array(alignment.unattributed.map { k in
                obj([("from", .string(k.from)), ("to", .string(k.to)), ("mechanism", .string(k.mechanism)), ("directed", .bool(k.directed))])
            })),
            ("tie_functions", obj([("recorded", .number(Double(alignment.tieFunctions.recorded))),
                                   ("inferred", .number(Double(alignment.tieFunctions.inferred))),
                                   ("none", .number(Double(alignment.tieFunctions.none))),
                                   ("rule", .string(Alignment.inferenceRule))])),
            ("departments", departments),
            ("ties", ties),
            ("tie_counts", counts(diff)),
            ("jaccard", obj(diff.counts.map { ($0.0, .finite($0.1.jaccard)) })),
            ("qap", qapValue),
            ("recorded", obj([("tie_counts", counts(recorded)), ("jaccard", obj(recorded.counts.map { ($0.0, .finite($0.1.jaccard)) }))])),
            ("functions", .array(functions.entries.map { e in
                func roles(_ r: FunctionChanges.Roles) -> JSONValue {
                    obj([("lead", strings(r.lead)), ("co_lead", strings(r.coLead)), ("support", strings(r.support))])
                }
                return obj([("id", .string(e.id)), ("name", .string(e.name)), ("id_before", e.idBefore.map { .string($0) } ?? .null),
                            ("exists_after", .bool(e.existsAfter)),
                            ("before", roles(e.before)), ("after", roles(e.after)), ("change", .string(e.change.rawValue)),
                            ("transfers", .array(e.transfers.map { obj([("from", .string($0.from)), ("to", strings($0.to)), ("kind", .string($0.kind))]) }))])
            })),
            ("function_changes", obj(functions.counts.map { ($0.0.rawValue, .number(Double($0.1))) })),
            ("responsibilities", .array(diff.responsibilities.map {
                obj([("function", .string($0.function)), ("change", .string($0.change)),
                     ("leads_before", strings($0.leadsBefore)), ("leads_after", strings($0.leadsAfter))])
            })),
        ]
        if let deltas {
            members.append(("network_metrics", obj(deltas.network.map { scope, values in
                (scope, obj(values.map { name, d in
                    (name, obj([("before", .finite(d.before)), ("after", .finite(d.after)), ("change", .finite(d.change)),
                                ("relative_change", .finite(d.relativeChange))]))
                }))
            })))
            members.append(("departments_metrics", .array(deltas.departments.map { row in
                obj([("id", .string(row.id)), ("name", .string(names[row.id] ?? row.id)),
                     ("metrics", obj(zip(deltas.nodeMetrics, row.metrics).map { name, d in
                         (name, obj([("before", .finite(d.before)), ("after", .finite(d.after)), ("change", .finite(d.change)),
                                     ("rank_before", d.rankBefore.map { .number(Double($0)) } ?? .null),
                                     ("rank_after", d.rankAfter.map { .number(Double($0)) } ?? .null)]))
                     }))])
            })))
            func findings(_ fs: [Finding]) -> JSONValue {
                .array(fs.sorted { $0.identity < $1.identity }.map {
                    obj([("identity", .string($0.identity)), ("rule", .string($0.rule)), ("severity", .string($0.severity.rawValue)),
                         ("mechanism", .string($0.mechanism)), ("departments", strings($0.departments)),
                         ("functions", strings($0.functions)), ("explanation", .string($0.explanation))])
                })
            }
            members.append(("findings", obj([("appeared", findings(deltas.appeared)), ("disappeared", findings(deltas.disappeared)),
                                             ("persisted", findings(deltas.persisted))])))
        }
        members.append(("settings", obj([
            ("mechanisms", strings(diff.mechanisms)),
            ("mapping", .string(alignment.mapping.origin)),
            ("weighted", .bool(settings.weighted)),
            ("permutations", .number(Double(settings.permutations))),
            ("seed", .number(Double(settings.seed))),
            ("node_metrics", strings(settings.nodeMetrics)),
            ("absorbed_ties", .number(Double(alignment.absorbedTies))),
            ("alignment", .string(alignment.rule.explanation)),
            ("weights_combined", .string(alignment.combine.rawValue)),
            ("qap_nodes", .string("later departments, then removed earlier departments")),
            ("p_values", .string("(k+1)/(n+1) for k of n permutations with r' >= r (greater), r' <= r (less), |r' - E r'| >= |r - E r'| (two-sided); the observed labelling counted as one, so never 0; sna::qaptest reports k/n (k_greater, k_less, k_two_sided)")),
            ("qap_tests", .string(NetworkComparison.qapMeaning)),
            ("software", .string("GovNet \(GovNetVersion.string)")),
        ] + extraSettings)))
        return obj(members)
    }
}
