import Foundation
import Testing
@testable import GovNet
@testable import GovNetReport
import GovNetTestSupport

/// The report's network explorer: the data block (hostile names inert, same bytes for the same input),
/// the content security policy's script hash, the positions of the diagrams' layout and "what if it
/// fails" as `govnet simulate --remove` computes it. The page itself is driven in headless Chromium by
/// scripts/report/explorer-check.py (CI).
@Suite struct ExplorerTests {
    /// The hash source of a known answer: SHA-256 of `abc` (FIPS 180-2 Appendix B.1,
    /// ba7816bf…f20015ad) in base64, and of the empty message (e3b0c442…7852b855).
    @Test func cspHashSource() {
        #expect(CSPHash.source("abc") == "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='")
        #expect(CSPHash.source("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
    }

    static func hostileNetwork() -> Network {
        var net = Network()
        net.metadata.title = "</script><script>alert(0)</script>"
        net.departments = [
            Department(id: "EMB", name: "</script><script>alert(1)</script>", names: ["zh": "</script>应急管理局"], kind: "emergency-management", coordinator: true),
            Department(id: "B<img>", name: "<img src=x onerror=alert(2)>", kind: "fire-rescue"),
            Department(id: "C", name: "C & D <!-- \u{2028}", kind: "health"),
        ]
        net.ties = [Tie(from: "EMB", to: "B<img>", mechanism: "command"), Tie(from: "B<img>", to: "C", mechanism: "information", basis: .informal),
                    Tie(from: "C", to: "EMB", mechanism: "information")]
        return net
    }

    @Test func dataBlockKeepsHostileNamesInert() throws {
        let data = try ReportBuilder.build(Self.hostileNetwork(), options: ReportOptions(randomRuns: 5, robustness: .off))
        let html = HTMLReport.render(data)
        let open = "<script type=\"application/json\" id=\"govnet-data\">"
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let block = String(html[start.upperBound..<end.lowerBound])
        #expect(!block.contains("<") && !block.contains(">") && !block.contains("&"))
        #expect(html.components(separatedBy: "</script>").count - 1 == 3, "the data block and the page's two scripts only")
        #expect(!html.contains("<img src=x"))
        // The block is JSON that reads back to the names as written.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["name"] as? String } == ["</script><script>alert(1)</script>", "<img src=x onerror=alert(2)>", "C & D <!-- \u{2028}"])
        #expect(nodes.map { $0["id"] as? String } == ["EMB", "B<img>", "C"])
    }

    @Test func scriptIsAllowedByItsHashOnly() throws {
        let data = try ReportBuilder.build(Self.hostileNetwork(), options: ReportOptions(randomRuns: 5, robustness: .off))
        let html = HTMLReport.render(data)
        var scripts: [String] = []
        var from = html.startIndex
        while let start = html.range(of: "<script>", range: from..<html.endIndex) {
            let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
            scripts.append(String(html[start.upperBound..<end.lowerBound]))
            from = end.upperBound
        }
        #expect(scripts.count == 2)
        #expect(html.contains("script-src \(scripts.reversed().map(CSPHash.source).joined(separator: " "));"))
        // The one style element is allowed by its hash too; no inline style attribute, no 'unsafe-inline'.
        let styleStart = try #require(html.range(of: "<style>"))
        let styleEnd = try #require(html.range(of: "</style>", range: styleStart.upperBound..<html.endIndex))
        #expect(html.contains("style-src \(CSPHash.source(String(html[styleStart.upperBound..<styleEnd.lowerBound])));"))
        #expect(html.components(separatedBy: "<style").count == 2)
        #expect(!html.contains("unsafe-inline") && !html.contains(" style=\""))
    }

    @Test func sameInputSameBytes() throws {
        let net = try ReportTests.load("hubei-city-post-reform.yaml")
        let options = ReportOptions(randomRuns: 5, robustness: .off)
        let a = HTMLReport.render(try ReportBuilder.build(net, options: options))
        let b = HTMLReport.render(try ReportBuilder.build(net, options: options))
        #expect(a == b)
        #expect(a.contains("<input type=\"search\"") && a.contains("<input type=\"checkbox\" data-control=\"mechanism\" value=\"command\" checked>"))
    }

    /// The explorer draws every department where the overall diagram does: the layout's positions.
    @Test func positionsComeFromTheDiagramsLayout() throws {
        let net = try ReportTests.load("hubei-city-post-reform.yaml")
        let data = try ReportBuilder.build(net, options: ReportOptions(randomRuns: 5, robustness: .off))
        #expect(Set(data.layout.positions.keys).isSuperset(of: net.departments.map(\.id)))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ExplorerData.value(data, comparison: nil).rendered(pretty: false).utf8)) as? [String: Any])
        for node in try #require(json["nodes"] as? [[String: Any]]) {
            let p = try #require(data.layout.positions[node["id"] as! String])
            #expect(node["x"] as? Double == p.x && node["y"] as? Double == p.y)
        }
        let svg = data.diagrams[0].svg
        // Graphviz writes a node's centre into the SVG as (x, -y) plus the translation of the drawing.
        #expect(svg.contains("<title>EMB</title>"))
    }

    /// "What if it fails" for each department equals the scenario of `govnet simulate --remove ID`
    /// (``FailureScenario/run(network:removing:center:mechanisms:config:language:)``) and the efficiency
    /// of its curve.
    @Test func whatIfEqualsTheSimulatedScenario() throws {
        let net = try ReportTests.load("hubei-city-post-reform.yaml")
        let data = try ReportBuilder.build(net, options: ReportOptions(randomRuns: 5, robustness: .off))
        let failures = try #require(data.failures)
        #expect(failures.ids == net.departments.map(\.id))
        for id in ["EMB", "GOV", "FIRE", "TA1"] {
            let k = try #require(failures.ids.firstIndex(of: id))
            let scenario = try FailureScenario.run(network: net, removing: [id])
            #expect(failures.entries[k].impacts == scenario.mechanisms, "\(id)")
            let ng = NetworkGraph(network: net)
            let curve = FailureCurve.compute(graph: ng.graph, order: [Int32(ng.index(of: id)!)], label: "list")
            #expect(failures.entries[k].efficiencyRetained == curve.efficiencyRetained?.last)
        }
    }

    @Test func comparisonExplorerKeepsOnePlacePerDepartment() throws {
        let before = try ReportTests.load("hubei-city-pre-reform.yaml"), after = try ReportTests.load("hubei-city-post-reform.yaml")
        let options = ReportOptions(randomRuns: 5, robustness: .off)
        let (data, section) = try ReportBuilder.build(after, comparedWith: before,
                                                      mappingPath: RepoPaths.networks.appendingPathComponent("hubei-city-reform-mapping.csv").path,
                                                      options: options, permutations: 20)
        let cmp = try #require(section.explorer)
        #expect(Set(cmp.layout.positions.keys).isSuperset(of: after.departments.map(\.id) + cmp.removed.map(\.id)))
        let html = HTMLReport.render(data, comparison: section)
        #expect(html.contains("name=\"gx-version\" value=\"overlay\""))
        #expect(cmp.ties.contains { $0.inBefore && !$0.inAfter } && cmp.ties.contains { !$0.inBefore && $0.inAfter })
        #expect(!html.contains("unsafe-inline") && !html.contains(" style=\""))
    }

    /// The bundled reform mapping less the rows of county A's emergency office and the supervision
    /// bureau, so that the comparison has removed departments (CA_EMO, MONITOR) and added ones.
    static func mappingWithRemovals() throws -> String {
        let text = try String(contentsOf: RepoPaths.networks.appendingPathComponent("hubei-city-reform-mapping.csv"), encoding: .utf8)
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("CA_EMO,") && !$0.hasPrefix("MONITOR,") }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-explorer-\(UUID().uuidString).csv")
        try kept.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Split and renamed departments are told apart from added and removed ones (the mapping: WATER keeps
    /// its id and hands flood control to EMB, FIREBRIG becomes FIRE, LAND and PLAN merge into NATRES).
    /// Removed departments keep the earlier network's metrics (`govnet metrics` on it) and "what if it
    /// fails" (`govnet simulate --remove` on it); ties only in the earlier network keep its basis and source.
    @Test func comparisonExplorerMarksSplitsRenamesAndKeepsRemovedDepartments() throws {
        let before = try ReportTests.load("hubei-city-pre-reform.yaml"), after = try ReportTests.load("hubei-city-post-reform.yaml")
        let options = ReportOptions(randomRuns: 5, robustness: .off)
        let mapping = try Self.mappingWithRemovals()
        defer { try? FileManager.default.removeItem(atPath: mapping) }
        let (data, section) = try ReportBuilder.build(after, comparedWith: before, mappingPath: mapping, options: options, permutations: 20)
        let cmp = try #require(section.explorer)
        #expect(cmp.status["WATER"] == "split" && cmp.status["FORESTRY"] == "split")
        #expect(cmp.status["FIRE"] == "renamed" && cmp.status["HEALTH"] == "renamed")
        #expect(cmp.status["NATRES"] == "merged" && cmp.status["EMB"] == "merged")
        #expect(cmp.status["DISCIPLINE"] == "added")
        #expect(cmp.predecessors["FIRE"]?.map(\.id) == ["FIREBRIG"])
        #expect(cmp.removed.map(\.id) == ["MONITOR", "CA_EMO"])

        let json = try #require(try JSONSerialization.jsonObject(with: Data(ExplorerData.value(data, comparison: section).rendered(pretty: false).utf8)) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        let whatif = try #require(json["whatif"] as? [Any])
        let metricIDs = try #require(json["metrics"] as? [[String: Any]]).map { $0["id"] as! String }
        let earlierMetrics = try NodeMetrics.compute(before, settings: MetricSettings(seed: options.seed), metrics: metricIDs)
        for d in cmp.removed {
            let k = try #require(nodes.firstIndex { $0["id"] as? String == d.id })
            #expect(nodes[k]["cmp"] as? String == "removed" && nodes[k]["early"] as? Bool == true)
            let row = try #require(earlierMetrics.ids.firstIndex(of: d.id))
            let values = try #require(nodes[k]["m"] as? [Any])
            #expect(values.count == metricIDs.count)
            for (c, column) in earlierMetrics.columns.enumerated() where column.values[row].isFinite {
                let v = try #require(values[c] as? Double, "\(d.id) \(column.name)")
                #expect(abs(v - column.values[row]) <= 1e-12 * max(1, abs(column.values[row])), "\(d.id) \(column.name)")
            }
            // What if it fails, in the earlier network: the earlier ids of each mechanism's lists.
            let entry = try #require(whatif[k] as? [String: Any])
            let scenario = try FailureScenario.run(network: before, removing: [d.id])
            let mechanisms = try #require(json["mechanisms"] as? [[String: Any]]).map { $0["id"] as! String }
            let impacts = try #require(entry["i"] as? [[String: Any]])
            for impact in scenario.mechanisms where !(impact.lostToCenter.isEmpty && impact.lostFromCenter.isEmpty && impact.cutOff.isEmpty) {
                guard let m = impact.mechanism == "all" ? -1 : mechanisms.firstIndex(of: impact.mechanism) else { continue }
                let got: [String: Any]? = impacts.first { ($0["m"] as? Int) == m }
                let ids: [[String]]? = got?["ids"] as? [[String]]
                let want: [[String]] = [impact.lostToCenter, impact.lostFromCenter, impact.cutOff]
                #expect(ids == want, "\(d.id) \(impact.mechanism)")
            }
        }
        // A tie only in the earlier network carries the earlier tie's basis and source.
        func isEarlier(_ e: ComparisonExplorer.OverlayEntry, _ t: Tie) -> Bool {
            t.from == e.tie.from && t.to == e.tie.to && t.mechanism == e.tie.mechanism
        }
        let gone = try #require(cmp.ties.first { e in e.inBefore && !e.inAfter && before.ties.contains { isEarlier(e, $0) } })
        let original = try #require(before.ties.first { isEarlier(gone, $0) })
        #expect(gone.tie.source == original.source)
        #expect(gone.tie.basis == original.basis || original.basis == nil)
        let statusNames = try #require(json["statusNames"] as? [String: String])
        #expect(statusNames["split"] == "split" && statusNames["renamed"] == "renamed")
    }

    /// Without diagrams there is no layout and no explorer; the page is as before.
    @Test func noDiagramsNoExplorer() throws {
        let data = try ReportBuilder.build(Self.hostileNetwork(), options: ReportOptions(randomRuns: 5, diagrams: false, robustness: .off))
        #expect(!HTMLReport.render(data).contains("id=\"explorer\""))
    }
}
