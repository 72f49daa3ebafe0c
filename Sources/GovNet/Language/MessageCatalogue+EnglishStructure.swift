extension MessageCatalogue {
    /// The English table of the report's structure section (core–periphery and positions), merged into
    /// ``english``. Keys sorted.
    static let englishStructure: [String: String] = [
        "report.structure": "Core, periphery and positions",
        "report.structure.caveat": "Being in the core describes where the recorded ties concentrate; it does not say who leads whom or how well a department performs its duties.",
        "report.structure.core": "Core ({k} of {n} departments): {names}.",
        "report.structure.core.exact": "The partition is the best of all partitions of the {n} departments.",
        "report.structure.core.member": "core",
        "report.structure.core.none": "No core–periphery pattern can be fitted: the fit is undefined (no ties, or every pair tied).",
        "report.structure.core.reading": "Core departments are tied densely to one another; periphery departments are tied to the core, if at all, rather than to each other. Fit r = {fit}: the correlation between the recorded ties and the ideal pattern (core–core pairs tied, periphery–periphery pairs not, core–periphery pairs not counted — Borgatti and Everett's default); 1 would be a perfect core–periphery structure.",
        "report.structure.core.search": "With {n} departments there are too many partitions to try them all: a local search from 20 starting points (seed {seed}) found this one, which is not guaranteed to be the best.",
        "report.structure.coreness": "coreness",
        "report.structure.image": "Block densities: the share of the possible ties from the departments of one position (row) to those of another (column) that are recorded; a dash where a one-department position meets itself.",
        "report.structure.members": "departments",
        "report.structure.periphery.member": "periphery",
        "report.structure.position": "position {p}",
        "report.structure.position.column": "position",
        "report.structure.positions": "Positions ({k}, structural equivalence)",
        "report.structure.positions.reading": "Departments in one position have similar ties to the same other departments (structural equivalence: correlations between tie profiles, so a department with few ties and one with many share a position when their ties go to the same others; complete-linkage clustering cut into {k} positions, as sna's equiv.clust; govnet metrics --positions gives the other distances and CONCOR). Sharing a position means being placed alike in the network, not working together.",
        "report.structure.size": "size",
        "report.structure.table": "Core, coreness and position of each department",
        "report.structure.view": "Computed on the ties of all mechanisms together, each pair of departments counted as tied or not (weights left out).",
    ]
}
