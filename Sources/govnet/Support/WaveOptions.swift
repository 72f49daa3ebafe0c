import ArgumentParser
import GovNet

/// `--wave FILE [--mapping FILE] [--align RULE]`: another wave of the analysed network, aligned onto its
/// departments as `govnet compare` aligns two waves, for the dyadic terms that read it (`qap`'s
/// `wave:MECH`, `ergm`'s `edgecov(wave:MECH)`).
struct WaveOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The other wave, for the wave:MECH terms (an earlier network of the same jurisdiction).", valueName: "file"))
    var wave: String?
    @Option(help: ArgumentHelp("Mapping from the --wave network's departments to FILE's (as compare --mapping); default: FILE's formerly: lists.", valueName: "file"))
    var mapping: String?
    @Option(help: ArgumentHelp("How a split department's ties go to its successors (as compare --align): duty, successor or copy.", valueName: "rule"))
    var align: String?

    /// The problems of these options, for the command's `validate()` to report with its own.
    var problems: [String] {
        var problems: [String] = []
        if let align, AlignmentRule(rawValue: align) == nil {
            problems.append("--align must be one of \(AlignmentRule.allCases.map(\.rawValue).joined(separator: ", ")); got '\(align)'")
        }
        if wave == nil && (mapping != nil || align != nil) { problems.append("--mapping and --align need --wave FILE") }
        return problems
    }

    /// The files these options read (an output must not replace them).
    var inputs: [String] { [wave, mapping].compactMap { $0 } }

    /// The other wave aligned onto `loaded` (read from `file`), or nil without `--wave`. The mapping is
    /// `--mapping`, else derived from the later network's `formerly:` lists; its warnings are printed
    /// unless `quiet`.
    /// - Complexity: reading both files, O(departments + ties) for the alignment.
    func aligned(onto loaded: LoadedNetwork, file: String, input: InputOptions, language: ReportLanguage) throws -> Alignment? {
        guard let wave else { return nil }
        let net = loaded.network
        let other = try input.load(wave, language: language)
        let map = try mapping.map(DepartmentMapping.read(path:))
            ?? DepartmentMapping.derived(before: other.network, after: net, afterFile: file, afterLines: loaded.sourceMap.departmentLines)
        let resolved = try map.resolve(before: other.network, after: net)
        if !input.quiet { for w in resolved.warnings { Stderr.print("govnet: " + w.description(language)) } }
        return Alignment(before: other.network, after: net, mapping: resolved, rule: align.flatMap(AlignmentRule.init(rawValue:)))
    }
}
