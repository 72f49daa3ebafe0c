import ArgumentParser
import GovNet

/// `govnet convert IN OUT`: rewrite a network in another format.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a network between formats (YAML, JSON, CSV tables, Excel workbook, edge list, GraphML, GEXF, Pajek, UCINET DL, DOT, node-link JSON).",
        discussion: "The format of each side comes from the file name (a folder or a path ending in / means CSV tables; .xlsx an Excel workbook with one sheet per table; .graphml, .gexf, .net/.paj, .dl, .dot/.gv; a .json file holding NetworkX node-link data and a workbook under another name are recognised by their content), or --from / --to (nodelink writes node-link JSON). What the output format cannot hold (e.g. functions in Pajek) is reported as a warning. The output is written atomically; an output equal to the input is refused unless --force."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var edgeList: EdgeListUndirected
    @OptionGroup var csv: CSVOptions

    @Argument(help: "Input network.") var source: String
    @Argument(help: "Output path.") var destination: String

    @Option(help: "Input format (overrides the file name).") var from: NetworkFormat?
    @Option(help: "Output format (overrides the file name).") var to: NetworkFormat?
    @Flag(help: "Allow the output to replace the input.") var force = false
    @Flag(name: [.customLong("relations"), .customLong("pajek-relations")],
          help: "Pajek and UCINET DL: one block per mechanism (Pajek *Arcs :k \"mechanism\"; DL nm=k matrices), the multi-relational form Pajek and UCINET read and python-igraph and NetworkX cannot. Default: one block or matrix (in Pajek the mechanism is each tie's label).")
    var relations = false

    @Option(help: "Language of the messages (errors, and the warnings for what the output format cannot hold): en or zh (the location FILE:LINE: and the words error, warning and note stay as they are, for editors and CI).")
    var lang: ReportLanguage = .en

    func validate() throws {
        if input.directed && edgeList.undirected { throw ValidationError("--directed and --undirected exclude each other; give one") }
    }

    func run() throws {
        try reportingErrors(language: lang) {
            if !force {
                try OutputOptions(output: destination, force: false).checkNotOverwriting(inputs: [source], language: lang)
            }
            let loaded = try NetworkReader.read(path: source, format: from ?? input.inputFormat, directed: edgeList.direction(input))
            if !input.quiet { for d in loaded.diagnostics { Stderr.print("govnet: " + d.description(lang)) } }
            let warnings = try NetworkWriter.write(loaded.network, to: destination, format: to, relations: relations, cells: csv.cells)
            if !input.quiet { for d in warnings { Stderr.print("govnet: " + d.description(lang)) } }
        }
    }
}

extension OutputOptions {
    init(output: String?, force: Bool) {
        self.init()
        self.output = output
        self.force = force
    }
}
