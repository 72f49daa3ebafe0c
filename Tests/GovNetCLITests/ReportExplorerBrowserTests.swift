import Foundation
import Testing
import GovNetTestSupport

/// The report's network explorer in a real browser: scripts/report/explorer-check.py drives headless
/// Chromium over the DevTools protocol on the bundled reform pair and checks the page against this
/// build's `govnet metrics` and `govnet simulate --remove` (card metrics to 1e-9, visible ties per
/// mechanism, the departments "what if it fails" marks, the before/after/overlay switch, hostile names
/// inert, no console error, no request). Skipped without Chromium, except under CI.
@Suite struct ReportExplorerBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .contains { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: CI.runs(ifAvailable: chromium), "headless Chromium drives the report"))
    func explorerAgreesWithTheCommandLine() throws {
        func network(_ file: String) -> String { RepoPaths.networks.appendingPathComponent(file).path }
        let r = try TestPython.run([RepoPaths.root.appendingPathComponent("scripts/report/explorer-check.py").path,
                                    CLIRunner.executable.path, network("hubei-city-post-reform.yaml"),
                                    "--compare", network("hubei-city-pre-reform.yaml"),
                                    "--mapping", network("hubei-city-reform-mapping.csv")])
        let out = String(decoding: r.stdout, as: UTF8.self)
        #expect(r.status == 0, "\(out)\n\(r.stderr)")
        #expect(out.contains("every check passed"))
    }
}
