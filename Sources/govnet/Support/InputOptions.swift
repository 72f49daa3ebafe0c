import ArgumentParser
import Foundation
import GovNet

extension NetworkFormat: ExpressibleByArgument {}

/// Options shared by every command that reads one network.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("input-format"), help: "Input format: yaml, json, tables (a folder of CSV tables), xlsx (an Excel workbook of the same tables), edgelist, graphml, gexf, pajek, dl, dot or nodelink (default: from the file name; a workbook is also recognised by its content).")
    var inputFormat: NetworkFormat?

    @Flag(help: "Edge list: read every tie without a 'directed' cell as directed (default: its mechanism's direction; undirected for a mechanism other than the standard five).")
    var directed = false

    /// The edge-list direction override: true (`--directed`), nil (each tie by its mechanism). The
    /// analysis commands project onto an undirected graph with their own `--undirected`
    /// (``ViewOptions``); `convert` and `validate` read with ``EdgeListUndirected``.
    var direction: Bool? { directed ? true : nil }

    @Flag(name: .shortAndLong, help: "Do not print warnings.")
    var quiet = false

    /// Reads and validates `path`, printing warnings to stderr (in `language`) unless quiet.
    func load(_ path: String, language: ReportLanguage = .en) throws -> LoadedNetwork {
        let loaded = try NetworkReader.read(path: path, format: inputFormat, directed: direction)
        if !quiet {
            for d in loaded.diagnostics where d.severity == .warning { Stderr.print("govnet: " + d.description(language)) }
        }
        return loaded
    }
}

/// `--undirected` for the commands that read a network without analysing a view of it (`convert`,
/// `validate`): every edge-list tie without a `directed` cell read as undirected.
struct EdgeListUndirected: ParsableArguments {
    @Flag(help: "Edge list: read every tie without a 'directed' cell as undirected.")
    var undirected = false

    /// The override given `--directed` (from ``InputOptions``): true, false or nil (by mechanism).
    func direction(_ input: InputOptions) -> Bool? { input.directed ? true : undirected ? false : nil }
}

/// Where a command's main output goes: stdout, or a file written atomically.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write the output to this file (atomically) instead of standard output; - is standard output.")
    var output: String?

    @Flag(help: "Allow --output to replace one of the input files.")
    var force = false

    /// Refuses an output path that is one of the inputs (unless --force): the input would be lost.
    /// Files are compared by device and inode (``FileIdentity``): a symbolic link, a bind mount or a
    /// hard link to an input is the input.
    func checkNotOverwriting(inputs: [String], language: ReportLanguage = .en) throws {
        guard let output, output != "-", !force else { return }
        for input in inputs where FileIdentity.same(input, output) {
            throw CommandErrors.error("cli.overwrite-input", [], at: output, language)
        }
    }

    /// Writes `text` to the output file or stdout.
    func emit(_ text: String) throws {
        if let output, output != "-" {
            try AtomicFile.write(text, to: output)
        } else {
            try StandardOutput.write(text)
        }
    }
}

/// Table output formats.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, markdown

    /// The explicit choice, else `table` on a terminal and `fallback` when piped.
    static func resolve(_ choice: OutputFormat?, fallback: OutputFormat, output: String?) -> OutputFormat {
        if let choice { return choice }
        let output = output == "-" ? nil : output
        if let output {
            switch (output as NSString).pathExtension.lowercased() {
            case "csv": return .csv
            case "json": return .json
            case "md", "markdown": return .markdown
            default: break
            }
        }
        return isatty(1) == 1 && output == nil ? .table : fallback
    }
}
