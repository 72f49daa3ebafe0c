import GovNet

/// The report's structure section: the core–periphery partition (Borgatti & Everett 2000) with the
/// continuous coreness, and the positions of structural equivalence with their block densities — the
/// questions "who is core, who is periphery?" and "which departments hold the same position?".
///
/// Both are computed on the combined view of all mechanisms, each pair tied or not (as
/// `govnet metrics --core-periphery` and `--positions` do by default), so the section agrees with the
/// command line. The section appears when the network has at least ``minimumDepartments``
/// departments: with fewer, every partition is a matter of a tie or two.
public struct ReportStructure: Sendable {
    /// Department ids in node order.
    public var ids: [String]
    /// The discrete core–periphery partition (core–periphery pairs ignored) and its fit.
    public var partition: CorePeriphery.Partition
    /// Continuous coreness per department and its fit.
    public var coreness: [Double]
    /// Structural-equivalence positions (1…) and the image of block densities: correlation distances
    /// between tie profiles, complete linkage. Correlation rather than Euclidean distance because the
    /// latter sets the few departments with many ties apart as positions of one and leaves everyone
    /// else in one block on the hub-and-spoke networks of emergency linkage; correlation compares where
    /// ties go, not how many there are.
    public var positions: Positions.Result
    /// The number of positions asked for.
    public var k: Int
    /// The seed of the core–periphery search (used when the network is too large for exhaustive search).
    public var seed: UInt64

    /// The smallest network that gets the section.
    public static let minimumDepartments = 8

    /// The section's data, or nil for a network of fewer than ``minimumDepartments`` departments.
    /// - Complexity: O(2ⁿ·n²) exhaustive core–periphery search up to ``CorePeriphery/exhaustiveLimit``
    ///   departments, else a seeded local search; O(n³) for the structural-equivalence distances.
    public static func compute(_ network: Network, seed: UInt64) -> ReportStructure? {
        guard network.departments.count >= minimumDepartments else { return nil }
        var view = MetricSettings(seed: seed).view
        view.weighted = false
        let ng = NetworkGraph(network: network, view: view)
        let g = ng.graph
        let k = Positions.defaultK(nodes: g.nodeCount)
        return ReportStructure(ids: ng.ids, partition: CorePeriphery.discrete(of: g, between: .ignore, seed: seed),
                               coreness: CorePeriphery.coreness(of: g).values,
                               positions: Positions.compute(g, method: .se, k: k, distance: .correlation), k: k, seed: seed)
    }

    /// The core departments' ids, in node order.
    public var coreIDs: [String] { ids.indices.filter { partition.core[$0] }.map { ids[$0] } }

    /// The members of each position (1…k), in node order.
    public var members: [[String]] {
        let count = positions.blocks.max() ?? 0
        return (1...max(count, 1)).map { p in ids.indices.filter { positions.blocks[$0] == p }.map { ids[$0] } }
    }

    /// The paragraphs of the section, in order: the view, the core, its reading (or that no pattern fits),
    /// how it was found, the caveat.
    func corePeripheryParagraphs(_ data: NetworkReportData) -> [String] {
        let lang = data.options.language
        var lines = [lang.render("report.structure.view")]
        guard partition.fit.isFinite else { return lines + [lang.render("report.structure.core.none")] }
        let core = coreIDs
        lines.append(lang.render("report.structure.core", [
            ("k", .count(core.count)), ("n", .count(ids.count)),
            ("names", .text(MessageCatalogue.list(core.map(data.name), limit: core.count, lang)))]))
        lines.append(lang.render("report.structure.core.reading", [("fit", .number(partition.fit, digits: 3))]))
        lines.append(lang.render(partition.exhaustive ? "report.structure.core.exact" : "report.structure.core.search",
                                 [("n", .count(ids.count)), ("seed", .text(String(seed)))]))
        lines.append(lang.render("report.structure.caveat"))
        return lines
    }

    /// The positions: one row per position (name, size, members).
    func positionsTable(_ data: NetworkReportData) -> ReportTable {
        let lang = data.options.language
        let rows = members.enumerated().map { p, ids in
            [lang.render("report.structure.position", [("p", .count(p + 1))]), String(ids.count),
             MessageCatalogue.list(ids.map(data.name), limit: ids.count, lang)]
        }
        return ReportTable(file: "positions.csv", caption: lang.render("report.structure.positions", [("k", .count(members.count))]),
                           header: ["", lang.render("report.structure.size"), lang.render("report.structure.members")], rows: rows, numeric: [1])
    }

    /// The image matrix: block densities from each position (row) to each (column).
    func imageTable(_ data: NetworkReportData) -> ReportTable {
        let lang = data.options.language
        let names = members.indices.map { lang.render("report.structure.position", [("p", .count($0 + 1))]) }
        let rows = positions.image.enumerated().map { r, row in
            [names[r]] + row.map { $0.isFinite ? NumberFormat.significant($0, digits: 3) : "—" }
        }
        return ReportTable(file: "positions-image.csv", caption: lang.render("report.structure.image"),
                           header: [""] + names, rows: rows, numeric: Set(1...max(names.count, 1)))
    }

    /// Per department: core or periphery, coreness and position (the CSV beside the report).
    func departmentTable(_ data: NetworkReportData) -> ReportTable {
        let lang = data.options.language
        func rank(_ i: Int) -> Double { coreness[i].isFinite ? -coreness[i] : 0 }
        let rows = ids.indices.sorted { (partition.core[$0] ? 0 : 1, rank($0), ids[$0]) < (partition.core[$1] ? 0 : 1, rank($1), ids[$1]) }
            .map { i in
                [data.name(ids[i]), ids[i], lang.render(partition.core[i] ? "report.structure.core.member" : "report.structure.periphery.member"),
                 coreness[i].isFinite ? NumberFormat.significant(coreness[i], digits: 4) : "", String(positions.blocks[i])]
            }
        return ReportTable(file: "structure.csv", caption: lang.render("report.structure.table"),
                           header: [lang.text(.department), "id", lang.render("report.structure.core.member"),
                                    lang.render("report.structure.coreness"), lang.render("report.structure.position.column")],
                           rows: rows, numeric: [3, 4])
    }

    /// The tables this section writes beside the report.
    func tables(_ data: NetworkReportData) -> [ReportTable] {
        [departmentTable(data), positionsTable(data), imageTable(data)]
    }

    /// The section in HTML.
    func html(_ data: NetworkReportData) -> String {
        let lang = data.options.language, e = HTMLText.escape
        var h = "<section id=\"structure\"><h2>\(e(lang.render("report.structure")))</h2>\n"
        for line in corePeripheryParagraphs(data) { h += "<p>\(e(line))</p>\n" }
        let positions = positionsTable(data), image = imageTable(data)
        h += "<h3>\(e(positions.caption))</h3>\n<p>\(e(lang.render("report.structure.positions.reading", [("k", .count(members.count))])))</p>\n"
        h += HTMLReport.table(positions, sortable: false, id: "positions")
        h += "<p class=\"hint\">\(e(image.caption))</p>\n" + HTMLReport.table(image, sortable: false, id: "positions-image")
        let all = departmentTable(data)
        h += "<h3>\(e(all.caption))</h3><div class=\"scroll\">" + HTMLReport.table(all, sortable: true, id: "structure-departments") + "</div>"
        return h + "</section>\n"
    }

    /// The section in Markdown.
    func markdown(_ data: NetworkReportData) -> String {
        let lang = data.options.language, esc = MarkdownText.inline
        var m = "## \(esc(lang.render("report.structure")))\n\n"
        for line in corePeripheryParagraphs(data) { m += esc(line) + "\n\n" }
        m += esc(lang.render("report.structure.positions.reading", [("k", .count(members.count))])) + "\n\n"
        m += MarkdownReport.table(positionsTable(data))
        m += MarkdownReport.table(imageTable(data))
        return m
    }
}
