import Foundation
import GovNet

/// `govnet compare A B C …`: the trajectory over three or more waves.
extension CompareCommand {
    func runWaves() throws {
        let loaded = try files.map { try input.load($0, language: lang) }
        for (f, l) in zip(files, loaded) { CoordinatorNotice.warnIfMissing(l.network, file: f, center: nil, centerOption: false, quiet: input.quiet) }
        var mappings: [ResolvedMapping] = []
        for i in 0..<(files.count - 1) {
            let b = loaded[i].network, a = loaded[i + 1].network
            let map = try mapping.indices.contains(i) ? DepartmentMapping.read(path: mapping[i])
                : DepartmentMapping.derived(before: b, after: a, afterFile: files[i + 1], afterLines: loaded[i + 1].sourceMap.departmentLines)
            let resolved = try map.resolve(before: b, after: a)
            if !input.quiet { for w in resolved.warnings { Stderr.print("govnet: " + w.description(lang)) } }
            mappings.append(resolved)
        }
        let trajectory = try WaveTrajectory(networks: zip(files, loaded).map { (label: $0, network: $1.network) }, mappings: mappings, settings: settings)
        let format = OutputFormat.resolve(self.format, fallback: .markdown, output: out.output)
        if format == .json {
            try out.emit(trajectory.jsonValue(extraSettings: [("mapping_files", .array(mapping.map { .string($0) })),
                                                              ("permutations", .number(Double(permutations))), ("seed", .number(Double(seed)))]).rendered())
            return
        }
        let markdown = format == .markdown
        func t(_ key: String, _ arguments: [(String, MessageArgument)] = []) -> String { lang.render("compare.waves.\(key)", arguments) }
        let fmt: OutputFormat = markdown ? .markdown : .table
        func heading(_ s: String) -> String { markdown ? "## \(s)\n\n" : "\(s)\n\(String(repeating: "=", count: TextTable.displayWidth(s)))\n" }
        func num(_ x: Double) -> String { NumberFormat.significant(x, digits: 3) }
        let top = trajectory.waves.map(\.centreBetweenness).filter(\.isFinite).max() ?? 0
        func bar(_ x: Double) -> String { x.isFinite && top > 0 ? String(repeating: "█", count: Int((x / top * 20).rounded())) : "" }
        var text = markdown ? "# \(t("title", [("n", .count(files.count))]))\n\n" : ""
        text += heading(t("waves"))
        text += TableOutput(header: [t("col.wave"), t("col.departments"), t("col.ties"), t("col.centre"), t("col.centre-degree"), t("col.centre-betweenness"), ""],
                            rows: trajectory.waves.map { [$0.label, "\($0.departments)", "\($0.ties)", $0.centre ?? "", num($0.centreDegree), num($0.centreBetweenness), bar($0.centreBetweenness)] },
                            numeric: [1, 2, 4, 5]).rendered(fmt) + "\n"
        text += heading(t("steps"))
        text += TableOutput(header: ["from", "to", "alignment", "qap-r", "p-greater", "ties-added", "ties-removed", "lead-moved", "lead-merged", "gained", "lost"].map { t("col.\($0)") },
                            rows: trajectory.steps.enumerated().map { i, c in
                                let q = c.qap.last!.1, all = c.diff.counts.last!.1
                                let k = Dictionary(uniqueKeysWithValues: c.functions.counts.map { ($0.0, $0.1) })
                                return [trajectory.waves[i].label, trajectory.waves[i + 1].label, c.alignment.rule.name(lang), num(q.correlation),
                                        q.p(.greater).text, "\(all.added)", "\(all.removed)", "\(k[.leadMoved]!)", "\(k[.leadMerged]!)",
                                        "\(k[.leadGained]!)", "\(k[.leadLost]!)"]
                            }, numeric: [3, 5, 6, 7, 8, 9, 10]).rendered(fmt) + "\n"
        text += heading(t("leads"))
        text += TableOutput(header: [t("col.function")] + trajectory.waves.indices.map { t("col.wave-n", [("n", .count($0 + 1))]) },
                            rows: trajectory.functions.map { f in
                                [lang == .zh ? (loaded.lazy.compactMap { $0.network.functions.first { $0.id == f.id }?.names["zh"] }.first ?? f.name) : f.name] + f.leading.map { r in
                                    guard let r else { return "—" }
                                    return (r.lead.isEmpty ? t("none") : r.lead.joined(separator: lang.render("list.comma")))
                                        + (r.coLead.isEmpty ? "" : lang.render("punct.paren", [("text", .text(r.coLead.joined(separator: lang.render("list.comma"))))]))
                                }
                            }).rendered(fmt)
        try out.emit(text)
    }
}
