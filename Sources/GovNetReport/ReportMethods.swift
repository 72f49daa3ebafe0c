import GovNet

/// The methods section: every setting needed to reproduce the numbers, and what each metric means.
enum ReportMethods {
    static func lines(_ data: NetworkReportData) -> [String] {
        let s = data.settings
        var out: [String] = []
        out.append("Software: GovNet \(GovNetVersion.string) (Swift); diagrams by Graphviz (libgvc, in-process).")
        out.append("Mechanisms analysed: \(data.context.mechanisms.joined(separator: ", ")) (each alone, and all combined; parallel ties between a pair are combined by \(s.view.combine.rawValue)).")
        out.append("Direction: a view is directed when any of its ties is directed (undirected ties count as two opposite arcs); articulation points, bridges, local efficiency and vulnerability use the undirected projection.")
        out.append("Weights: metrics are unweighted (every tie counts once) except strength, the weighted degree; weighted analyses (govnet metrics --weighted) treat weight as strength with length = 1/weight.")
        out.append("Normalisation: betweenness as NetworkX betweenness_centrality(normalized=True); closeness with the Wasserman–Faust correction on disconnected graphs; PageRank alpha 0.85; eigenvector, PageRank and Katz \(s.tolerance.map { "stop at NetworkX's stopping rule with tol = \($0)" } ?? "iterated to full convergence (equal to NetworkX's and igraph's converged values to 1e-9)").")
        let groups = DepartmentGroups.resolvedAttribute(s.groupAttribute, for: data.network)
        out.append("Brokerage: Gould & Fernandez (1989) roles as statnet sna::brokerage raw counts, groups by \(groups == "relationship" ? "relationship class to the coordinating department (same-level, subordinate, vertical-or-dual, …)" : "department \(groups)").")
        out.append("Structural holes: Burt (1992) constraint and effective size as NetworkX; hierarchy as UCINET (Coleman–Theil index of the constraint contributions).")
        out.append("Communities: Louvain (Blondel et al. 2008) with seed \(s.seed).")
        if let c = data.context.center { out.append("Coordinating department: \(c) (\(data.options.center == nil ? "the emergency-management department with most ties" : "given")).") }
        let cfg = data.context.config
        out.append("Diagnosis thresholds: broker on ≥ \(cfg.brokerBetweenness) of the shortest paths between connected pairs; information reciprocity < \(cfg.informationReciprocity); informal share ≥ \(cfg.informalShare); silo E–I ≤ \(cfg.siloEI) (groups of ≥ \(cfg.siloMinimumSize)).")
        if let r = data.resilience {
            out.append("Resilience: departments removed in order of initial degree and of initial betweenness (ties broken by id), and \(r.random?.runs.count ?? 0) random orders (seed \(data.options.seed)); largest weakly connected component over the original number of departments; efficiency retained = Σ 1/distance over pairs of remaining departments (undirected hops) over the same sum for the intact network — the share of the intact efficiency left, counted over the original pairs, never above 1 (NetworkX global_efficiency of the remaining graph, which averages over remaining pairs only, can rise when a poorly connected department goes); R = mean largest-component share over all removals (Schneider et al. 2011).")
        }
        if let p = data.network.metadata.provenance?.split(separator: "\n").first { out.append("Data: \(p)") }
        return out
    }
}
