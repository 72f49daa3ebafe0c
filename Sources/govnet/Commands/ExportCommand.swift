import ArgumentParser
import Foundation
import GovNet

/// Files `govnet export` writes.
enum ExportFileFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, xlsx
}

/// `govnet export FILE… -o DIR`: tidy tables per network for notebooks (pandas, R, spreadsheets).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write tidy CSV and JSON tables of networks (and of a before/after comparison) for notebooks.",
        discussion: """
        For each FILE, writes DIR/NAME/ with \(NetworkExport.fileNames.joined(separator: ", ")). NAME is the \
        file's path relative to the folder common to all FILEs, without extension, folders joined by '-' \
        (networks/emon/Cheyenne.yaml beside networks/*.yaml gives emon-Cheyenne; a folder named like its \
        file is dropped: florentine/florentine.yaml gives florentine). One file alone gives its stem.
        departments.csv is wide: one row per department, every node metric on all mechanisms, then \
        metric@mechanism columns per mechanism. Numbers have 12 significant digits; rows are sorted; \
        the bytes are identical on every run. notebooks-data/README.md documents every column.
        With --compare BEFORE AFTER [--mapping FILE], also writes DIR/NAME/ with \(ComparisonExport.fileNames.joined(separator: ", ")) \
        (departments aligned by the mapping, else by the AFTER network's `formerly:` lists, as govnet compare).
        With --to xlsx, each network's tables (and the comparison's) go to one Excel workbook DIR/NAME.xlsx \
        instead, a sheet per table (tables.json is not written).
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var csv: CSVOptions

    @Argument(help: "Network files (any readable format).") var files: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder to write into (created if needed).", valueName: "DIR"))
    var output: String

    @Option(help: "Seed of community detection and of the random-failure orders.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Random removal orders behind the random-failure band of resilience.csv, \(OptionRanges.text(OptionRanges.randomRuns)).", valueName: "N"))
    var runs: Int = 100

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Also write comparison tables of two networks (before, after).", valueName: "BEFORE AFTER"))
    var compare: [String] = []

    @Option(help: ArgumentHelp("Department mapping for --compare (CSV with columns from,to).", valueName: "FILE"))
    var mapping: String?

    @Option(name: .customLong("compare-name"), help: ArgumentHelp("Folder name of the comparison tables (default: BEFORE-vs-AFTER stems).", valueName: "NAME"))
    var compareName: String?

    @Flag(help: "Start every CSV with a UTF-8 byte-order mark so that Excel opens Chinese names intact (govnet's readers skip it).")
    var excel = false

    @Option(help: ArgumentHelp("Write each network's tables as CSV files in DIR/NAME/ (csv, the default) or as one Excel workbook DIR/NAME.xlsx with a sheet per table (xlsx).", valueName: "csv|xlsx"))
    var to: ExportFileFormat = .csv

    @Flag(help: "Allow an exported table to replace one of the input files.")
    var force = false

    @Option(help: "Language of the messages (errors, warnings, what was written): en or zh (the tables themselves keep their English column names, which notebooks-data/README.md documents).")
    var lang: ReportLanguage = .en

    /// Refuses to write a table in `dir` that is one of the inputs (unless --force): the input would be lost.
    private func checkNotOverwriting(_ dir: String, _ fileNames: [String]) throws {
        guard !force else { return }
        let inputs = Set((files + compare + (mapping.map { [$0] } ?? [])).compactMap { FileIdentity(path: $0) })
        for name in fileNames where FileIdentity(path: (dir as NSString).appendingPathComponent(name)).map(inputs.contains) == true {
            throw CommandErrors.error("cli.export.overwrite", [], at: (dir as NSString).appendingPathComponent(name), lang)
        }
    }

    /// Writes `tables` as DIR/NAME.xlsx, atomically.
    private func writeWorkbook(_ tables: [ExportTable], name: String) throws {
        let path = (output as NSString).appendingPathComponent(name + ".xlsx")
        if !force, let id = FileIdentity(path: path), (files + compare + (mapping.map { [$0] } ?? [])).contains(where: { FileIdentity(path: $0) == id }) {
            throw CommandErrors.error("cli.export.overwrite", [], at: path, lang)
        }
        try AtomicFile.makeFolder(output)
        try AtomicFile.write(try ExportTable.workbook(tables, file: path), to: path)
        if !input.quiet { Stderr.print("govnet: " + lang.render("export.wrote-workbook", [("path", .text(path)), ("n", .count(tables.count))])) }
    }

    func validate() throws {
        try OptionRanges.check(runs, OptionRanges.randomRuns, "--runs")
        if !compare.isEmpty && compare.count != 2 { throw ValidationError("--compare takes exactly two files: BEFORE AFTER") }
        if mapping != nil && compare.isEmpty { throw ValidationError("--mapping needs --compare") }
        if compareName != nil && compare.isEmpty { throw ValidationError("--compare-name needs --compare") }
        if files.isEmpty && compare.isEmpty { throw ValidationError("give at least one network FILE or --compare BEFORE AFTER") }
        if excel && to == .xlsx { throw ValidationError("--excel marks CSV files; a workbook (--to xlsx) needs no mark") }
        if let compareName, !ExportNaming.isPlainName(compareName) {
            throw ValidationError("--compare-name must be a plain folder name (no '/', not '.' or '..')")
        }
    }

    func run() throws {
        try reportingErrors(language: lang) {
            let settings = ExportSettings(seed: seed, randomRuns: runs)
            let names = ExportNaming.names(for: files)
            var seen: [String: String] = [:]
            for (file, name) in zip(files, names) {
                if let other = seen[name] {
                    throw CommandErrors.error("cli.export.same-folder", [("other", .text(other)), ("file", .text(file)), ("name", .text(name))], lang)
                }
                seen[name] = file
            }
            if compare.count == 2, let compareName, let file = seen[compareName] {
                throw CommandErrors.error("cli.export.compare-name", [("name", .text(compareName)), ("file", .text(file))], lang)
            }
            for (file, name) in zip(files, names) {
                let loaded = try input.load(file, language: lang)
                try OptionRanges.checkMemory("--runs", runs: runs, departments: loaded.network.departments.count,
                                             bytes: RandomFailures.estimatedBytes(runs: runs, nodes: loaded.network.departments.count), lang)
                let export = try NetworkExport(network: loaded.network, name: name, settings: settings)
                if to == .xlsx {
                    try writeWorkbook(export.tables, name: name)
                    if !input.quiet { for (metric, note) in export.notes { Stderr.print("govnet: note: \(file): \(metric): \(note)") } }
                    continue
                }
                let dir = (output as NSString).appendingPathComponent(name)
                try checkNotOverwriting(dir, NetworkExport.fileNames)
                try export.write(to: dir, cells: csv.cells, byteOrderMark: excel)
                if !input.quiet {
                    for (metric, note) in export.notes { Stderr.print("govnet: note: \(file): \(metric): \(note)") }
                    Stderr.print("govnet: " + lang.render("export.wrote-files", [("n", .count(NetworkExport.fileNames.count)), ("dir", .text(dir))]))
                }
            }
            if compare.count == 2 { try exportComparison(settings: settings) }
        }
    }

    private func exportComparison(settings: ExportSettings) throws {
        let (beforePath, afterPath) = (compare[0], compare[1])
        let b = try input.load(beforePath, language: lang), a = try input.load(afterPath, language: lang)
        let map: DepartmentMapping = try mapping.map(DepartmentMapping.read(path:))
            ?? DepartmentMapping.derived(before: b.network, after: a.network, afterFile: afterPath, afterLines: a.sourceMap.departmentLines)
        let resolved = try map.resolve(before: b.network, after: a.network)
        if !input.quiet { for w in resolved.warnings { Stderr.print("govnet: " + w.description(lang)) } }
        func stem(_ path: String) -> String { ((path as NSString).lastPathComponent as NSString).deletingPathExtension }
        let name = compareName ?? "\(stem(beforePath))-vs-\(stem(afterPath))"
        let export = try ComparisonExport(before: b.network, after: a.network, mapping: resolved, name: name, seed: settings.seed)
        if to == .xlsx { return try writeWorkbook(export.tables, name: name) }
        let dir = (output as NSString).appendingPathComponent(name)
        try checkNotOverwriting(dir, ComparisonExport.fileNames)
        try export.write(to: dir, cells: csv.cells, byteOrderMark: excel)
        if !input.quiet { Stderr.print("govnet: " + lang.render("export.wrote-files", [("n", .count(ComparisonExport.fileNames.count)), ("dir", .text(dir))])) }
    }
}
