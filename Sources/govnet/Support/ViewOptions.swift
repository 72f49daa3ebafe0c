import ArgumentParser
import GovNet

extension ParallelTieRule: ExpressibleByArgument {}
extension TwoModeMetrics.Kind: ExpressibleByArgument {}
extension Bipartite.ProjectionWeighting: ExpressibleByArgument {}
extension Positions.Method: ExpressibleByArgument {}
extension StructuralEquivalence.Distance: ExpressibleByArgument {}
extension CorePeriphery.Between: ExpressibleByArgument {}

/// Options that choose the view of a network an analysis runs on (docs/architecture.md, Views).
struct ViewOptions: ParsableArguments {
    @Option(name: .customLong("mechanism"), help: ArgumentHelp("Mechanism to include (repeatable; default: all mechanisms combined).", valueName: "id"))
    var mechanisms: [String] = []

    @Flag(help: "Project onto an undirected graph (arcs u→v and v→u become one edge).")
    var undirected = false

    @Flag(help: "Use tie weights as strengths; shortest paths then use length = 1/weight.")
    var weighted = false

    @Flag(help: "With --weighted: use the weight itself as the length of a tie (weights are distances).")
    var weightAsLength = false

    @Option(help: "How parallel ties between a pair combine: sum, max, min or count.")
    var combine: ParallelTieRule = .sum

    @Flag(name: .customLong("include-membership"), help: "Include membership ties (member → headquarters or committee, two-mode data) in the one-mode graph; left out by default.")
    var includeMembership = false

    @Flag(name: .customLong("include-derived"), help: "Include derived ties (attribute derived: true — one-mode projections of two-mode data such as co-assignment or co-membership) when no --mechanism is named; left out by default. Naming a derived mechanism with --mechanism analyses it.")
    var includeDerived = false

    @Option(help: ArgumentHelp("Department attribute that groups departments for brokerage roles and the E–I index: kind, level, management, relationship (class relative to the coordinating department) or any attribute (default: relationship where the network records who leads whom — led_by or relation on command ties — else kind).", valueName: "attribute"))
    var groups: String = DepartmentGroups.automatic

    @Option(help: "Seed for community detection and sampling.")
    var seed: UInt64 = 1

    @Option(help: "Convergence tolerance of eigenvector, PageRank and Katz centrality, \(OptionRanges.text(OptionRanges.tolerance)) (default: full convergence, the values of NetworkX and igraph run to convergence; 1e-6 stops where NetworkX's defaults stop and gives nx.pagerank(G) etc.).")
    var tolerance: Double?

    func validate() throws {
        if weightAsLength && !weighted { throw ValidationError("--weight-as-length needs --weighted") }
        if let tolerance { try OptionRanges.check(tolerance, OptionRanges.tolerance, "--tolerance") }
    }

    /// Checks the mechanisms exist in the network (a typo would silently give an empty graph).
    func check(against network: Network, language: ReportLanguage = .en) throws {
        let known = Set(network.allMechanisms.map(\.id)).union(network.ties.map(\.mechanism))
        for m in mechanisms where !known.contains(m) {
            throw CommandErrors.unknownMechanism(m, available: network.usedMechanismIDs, language)
        }
    }

    /// ``settings`` with the grouping resolved for `network`, and a warning (unless `quiet`) naming the
    /// groups that hold a single department when `warnSingletons`.
    func settings(for network: Network, quiet: Bool, warnSingletons: Bool, language: ReportLanguage = .en) -> MetricSettings {
        var s = settings
        s.groupAttribute = DepartmentGroups.resolvedAttribute(groups, for: network)
        if warnSingletons && !quiet {
            let g = DepartmentGroups(network: network, attribute: s.groupAttribute)
            if !g.singletons.isEmpty {
                Stderr.print("govnet: warning: " + language.singletonGroups(attribute: g.attribute, singletons: g.singletons, groups: g.labels.count))
            }
        }
        return s
    }

    var settings: MetricSettings {
        MetricSettings(view: GraphView(mechanisms: mechanisms.isEmpty ? nil : mechanisms, forceUndirected: undirected,
                                       weighted: weighted, combine: combine, includeMembership: includeMembership,
                                       includeDerived: includeDerived ? true : nil),
                       weighted: weighted, pathLength: weightAsLength ? .weight : .inverseWeight,
                       groupAttribute: groups, seed: seed, tolerance: tolerance)
    }
}
