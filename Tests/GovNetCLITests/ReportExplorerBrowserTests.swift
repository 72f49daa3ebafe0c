import Foundation
import Testing
import GovNetTestSupport

/// The report's network explorer in a real browser: scripts/report/explorer-check.py drives headless
/// Chromium over the DevTools protocol on the bundled reform pair and checks the page against this
/// build's `govnet metrics` and `govnet simulate --remove` (card metrics to 1e-9, visible ties per
/// mechanism, the departments "what if it fails" marks, for all mechanisms and for one, the hover card,
/// the before/after/overlay switch, the marks of merged, split, renamed, added and removed departments,
/// a removed department's metrics and what-if against the earlier network, hostile names inert, no
/// console error, no request). Skipped without Chromium, except under CI.
@Suite struct ReportExplorerBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .contains { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: CI.runs(ifAvailable: chromium), "headless Chromium drives the report"))
    func explorerAgreesWithTheCommandLine() throws {
        func network(_ file: String) -> String { RepoPaths.networks.appendingPathComponent(file).path }
        // The bundled reform mapping less the rows of county A's emergency office and the supervision
        // bureau: the comparison then has removed departments too (besides merged, split, renamed, added).
        let text = try String(contentsOfFile: network("hubei-city-reform-mapping.csv"), encoding: .utf8)
        let mapping = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-explorer-mapping-\(UUID().uuidString).csv")
        try text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("CA_EMO,") && !$0.hasPrefix("MONITOR,") }
            .joined(separator: "\n").write(to: mapping, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: mapping) }
        let r = try TestPython.run([RepoPaths.root.appendingPathComponent("scripts/report/explorer-check.py").path,
                                    CLIRunner.executable.path, network("hubei-city-post-reform.yaml"),
                                    "--compare", network("hubei-city-pre-reform.yaml"), "--mapping", mapping.path])
        let out = String(decoding: r.stdout, as: UTF8.self)
        #expect(r.status == 0, "\(out)\n\(r.stderr)")
        #expect(out.contains("every check passed"))
    }
}
