import ArgumentParser
import GovNet

/// Worked command lines that end every `--help` (swift-argument-parser has no section for them, so
/// `Govnet.main` appends them to the help it prints). Each runs as written from the repository root.
enum HelpExamples {
    static let byCommand: [String: [String]] = [
        "govnet": [
            "govnet validate networks/hubei-city-post-reform.yaml",
            "govnet diagnose networks/hubei-city-post-reform.yaml --format markdown -o findings.md",
            "govnet report networks/hubei-city-post-reform.yaml --compare networks/hubei-city-pre-reform.yaml --mapping networks/hubei-city-reform-mapping.csv -o report",
        ],
        "init": [
            "govnet init my-network.yaml",
            "govnet init --lang zh --format xlsx 联动网络.xlsx",
            "govnet init --format csv my-tables/",
        ],
        "validate": [
            "govnet validate networks/*.yaml",
            "govnet validate --strict networks/emon/Cheyenne.yaml",
            "cat ties.csv | govnet validate - --input-format edgelist",
        ],
        "info": [
            "govnet info networks/emon/Cheyenne.yaml",
            "govnet info networks/hubei-city-post-reform.yaml --format json -o summary.json",
        ],
        "convert": [
            "govnet convert networks/florentine/florentine.yaml florentine.graphml",
            "govnet convert networks/hubei-city-post-reform.yaml tables/",
            "govnet convert networks/emon/Cheyenne.yaml - --to edgelist | head",
        ],
        "metrics": [
            "govnet metrics networks/emon/Cheyenne.yaml --metric betweenness --metric pagerank",
            "govnet metrics networks/hubei-city-post-reform.yaml --mechanism command --network --format table",
            "govnet metrics networks/emon/Cheyenne.yaml --weighted -o - | sort -t, -k7 -g",
        ],
        "diagnose": [
            "govnet diagnose networks/hubei-city-post-reform.yaml",
            "govnet diagnose networks/hubei-city-post-reform.yaml --mechanism information --fail-on high",
            "govnet diagnose --list-rules",
        ],
        "render": [
            "govnet render networks/hubei-city-post-reform.yaml -o network.svg --highlight bottlenecks",
            "govnet render networks/hubei-city-post-reform.yaml -o panel.svg --split-mechanisms",
            "govnet render networks/emon/Cheyenne.yaml -o ego.png --focus WDCDA --radius 1",
        ],
        "simulate": [
            "govnet simulate networks/emon/Cheyenne.yaml",
            "govnet simulate networks/emon/Cheyenne.yaml --order betweenness --random 200 --plot curves.svg",
            "govnet simulate networks/hubei-city-post-reform.yaml --remove EMB",
        ],
        "suggest": [
            "govnet suggest networks/hubei-city-post-reform.yaml",
            "govnet suggest networks/hubei-city-post-reform.yaml --mechanism information --budget 3 --format table",
        ],
        "report": [
            "govnet report networks/hubei-city-post-reform.yaml -o report",
            "govnet report networks/hubei-city-post-reform.yaml --compare networks/hubei-city-pre-reform.yaml --mapping networks/hubei-city-reform-mapping.csv --lang zh -o 报告",
        ],
        "compare": [
            "govnet compare networks/hubei-city-pre-reform.yaml networks/hubei-city-post-reform.yaml --mapping networks/hubei-city-reform-mapping.csv",
            "govnet compare networks/hubei-city-pre-reform.yaml networks/hubei-city-post-reform.yaml --mapping networks/hubei-city-reform-mapping.csv --diagram overlay.svg --format json -o comparison.json",
        ],
        "qap": [
            "govnet qap networks/hubei-city-post-reform.yaml --dependent command --independent information",
            "govnet qap networks/hubei-city-post-reform.yaml --dependent information --independent command supervision --permutations 5000 --format json",
            "govnet qap networks/hubei-city-post-reform.yaml --dependent information --independent t:command same:kind centre --model logistic",
            "govnet qap networks/hubei-city-post-reform.yaml --dependent information --independent wave:information command --wave networks/hubei-city-pre-reform.yaml --mapping networks/hubei-city-reform-mapping.csv",
        ],
        "ergm": [
            "govnet ergm networks/florentine/florentine.yaml --model \"edges + triangle\"",
            "govnet ergm networks/hubei-city-post-reform.yaml --mechanism information --model \"edges + mutual + gwesp(0.5, fixed) + nodematch(kind)\" --format json",
            "govnet ergm networks/hubei-city-post-reform.yaml --mechanism information --model \"edges + mutual + edgecov(wave:information)\" --wave networks/hubei-city-pre-reform.yaml --mapping networks/hubei-city-reform-mapping.csv",
        ],
        "export": [
            "govnet export networks/*.yaml -o notebooks-data",
            "govnet export --compare networks/hubei-city-pre-reform.yaml networks/hubei-city-post-reform.yaml --mapping networks/hubei-city-reform-mapping.csv -o tables",
        ],
        "indices": [
            "govnet indices networks/hubei-city-post-reform.yaml networks/us-johnson-county-ks.yaml networks/japan-ashiya-city.yaml",
            "govnet indices networks/hubei-city-post-reform.yaml networks/us-johnson-county-ks.yaml networks/japan-ashiya-city.yaml --label Hubei --label \"Johnson County\" --label Ashiya --lang zh --format markdown",
            "govnet indices networks/japan-disaster-management.yaml --center CAO --format json",
        ],
    ]

    /// The command whose help the arguments ask for: the first argument naming a subcommand
    /// (`govnet metrics --help`, `govnet help metrics`), else the root.
    static func command(in arguments: [String]) -> String {
        arguments.dropFirst().first { byCommand[$0] != nil && $0 != "govnet" } ?? "govnet"
    }

    /// The examples section appended to the help of `command`.
    static func section(for command: String) -> String {
        guard let lines = byCommand[command], !lines.isEmpty else { return "" }
        return "\nEXAMPLES:\n" + lines.map { "  \($0)\n" }.joined()
    }
}
