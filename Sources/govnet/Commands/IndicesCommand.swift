import ArgumentParser
import Foundation
import GovNet

/// `govnet indices A B C …`: size-normalised indices of several networks side by side.
struct IndicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indices",
        abstract: "Set networks of different size side by side: density, centralisation, efficiency and the coordinator's share of ties, each normalised to [0, 1].",
        discussion: """
        One column per network, one row per index (NetworkIndices: docs/metrics.md, "Normalised indices \
        across networks"). The graph of each network is its whole recorded structure: every tie as written, \
        membership ties to coordinating bodies included, derived projections left out, undirected, each \
        linked pair once. The coordinator is the department named by --center (one per network, in order; \
        - for the default), else the one marked coordinator: true, else the emergency-management department. \
        Networks transcribed from plans record formal roles, not observed practice: the output says so.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var out: OutputOptions

    @Argument(help: ArgumentHelp("The networks, one column each.", valueName: "network")) var files: [String]

    @Option(name: .customLong("center"), help: ArgumentHelp("The coordinator of each network, in the order of the files (repeatable; - keeps the default).", valueName: "id"))
    var centers: [String] = []

    @Option(name: .customLong("label"), help: ArgumentHelp("Column heading of each network, in the order of the files (repeatable; default: the file name).", valueName: "text"))
    var labels: [String] = []

    @Option(help: "Output format: table, markdown, csv or json (default: table on a terminal, markdown otherwise).")
    var format: OutputFormat?

    @Option(help: "Language of the labels, the caveat and the statuses: en or zh.")
    var lang: ReportLanguage = .en

    func validate() throws {
        if files.isEmpty { throw ValidationError("indices needs at least one network") }
        if centers.count > files.count { throw ValidationError("\(centers.count) --center values for \(files.count) networks; give at most one per network") }
        if labels.count > files.count { throw ValidationError("\(labels.count) --label values for \(files.count) networks; give at most one per network") }
    }

    func run() throws {
        try reportingErrors(language: lang) {
            try out.checkNotOverwriting(inputs: files)
            var columns: [(label: String, network: Network, indices: NetworkIndices)] = []
            for (i, file) in files.enumerated() {
                let network = try input.load(file, language: lang).network
                let requested = centers.indices.contains(i) && centers[i] != "-" ? centers[i] : nil
                if let requested, !network.departments.contains(where: { $0.id == requested }) {
                    throw CommandErrors.unknownCenter(requested, file: file, lang)
                }
                if requested == nil { CoordinatorNotice.warnIfMissing(network, file: file, center: nil, quiet: input.quiet, language: lang) }
                let label = labels.indices.contains(i) ? labels[i] : ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                columns.append((label, network, NetworkIndices(network: network, coordinator: requested)))
            }
            let format = OutputFormat.resolve(self.format, fallback: .markdown, output: out.output)
            try out.emit(format == .json ? json(columns) : text(columns, format))
        }
    }

    private func text(_ columns: [(label: String, network: Network, indices: NetworkIndices)], _ format: OutputFormat) -> String {
        func t(_ key: String, _ arguments: [(String, MessageArgument)] = []) -> String { lang.render("indices.\(key)", arguments) }
        // Counts as integers, shares to three decimals (fixed, so columns line up and output is stable).
        func num(_ name: String, _ x: Double) -> String {
            guard x.isFinite else { return "—" }
            return name == "departments" || name == "linked_pairs" ? String(Int(x)) : String(format: "%.3f", x)
        }
        let clean = TerminalText.cell
        var rows: [[String]] = [
            [t("row.jurisdiction")] + columns.map { clean($0.network.metadataText("jurisdiction", lang) ?? "—") },
            [t("row.status")] + columns.map { $0.network.metadata.status.map(lang.statusLabel) ?? "—" },
            [t("row.coordinator")] + columns.map { c in
                guard let id = c.indices.coordinator else { return "—" }
                let name = c.network.departments.first { $0.id == id }.map { lang == .zh ? ($0.names["zh"] ?? $0.names["ja"] ?? $0.name) : $0.name } ?? id
                return clean("\(name) (\(id))")
            },
        ]
        rows += NetworkIndices.names.map { name in [t("row.\(name)")] + columns.map { num(name, $0.indices[name] ?? .nan) } }
        let table = TableOutput(header: [t("col.index")] + columns.map { clean($0.label) }, rows: rows,
                                numeric: Set(1...columns.count)).rendered(format)
        if format == .csv { return table }
        let caveat = t("caveat")
        if format == .markdown { return "# \(t("title", [("n", .count(columns.count))]))\n\n\(table)\n\(caveat)\n\n\(t("definitions"))\n" }
        return "\(table)\n\(caveat)\n\(t("definitions"))\n"
    }

    private func json(_ columns: [(label: String, network: Network, indices: NetworkIndices)]) -> String {
        JSONValue.object([
            ("view", .string("all ties as written, membership included, derived excluded, undirected")),
            ("caveat", .string(lang.render("indices.caveat"))),
            ("networks", .array(zip(files, columns).map { file, c in
                .object([("file", .string(file)), ("label", .string(c.label)),
                         ("status", c.network.metadata.status.map(JSONValue.string) ?? .null),
                         ("coordinator", c.indices.coordinator.map(JSONValue.string) ?? .null),
                         ("indices", .object(c.indices.values.map { ($0.0, .finite($0.1)) }))])
            })),
        ]).rendered()
    }
}
