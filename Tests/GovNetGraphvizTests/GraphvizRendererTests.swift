import Foundation
import Testing
@testable import GovNetGraphviz
import GovNetTestSupport

@Suite struct GraphvizRendererTests {
    static let small = """
        digraph "g" { "a" [label="A"]; "b" [label="B"]; "a" -> "b"; }
        """

    @Test func capabilitiesListTheEnginesAndFormats() {
        let caps = GraphvizRenderer.capabilities()
        for engine in LayoutEngine.allCases { #expect(caps.layouts.contains(engine.rawValue)) }
        for format in ImageFormat.allCases { #expect(caps.formats.contains(format.rawValue)) }
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineRendersSVG(_ engine: LayoutEngine) throws {
        let data = try GraphvizRenderer.render(dot: Self.small, layout: engine, format: .svg)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<svg"))
        #expect(text.contains(">A</text>"))
    }

    @Test func pngHasMagicBytesAndSize() throws {
        let data = try GraphvizRenderer.render(dot: Self.small, layout: .dot, format: .png)
        #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(data.count > 1000)
    }

    @Test func pdfHasMagicBytesAndSize() throws {
        let data = try GraphvizRenderer.render(dot: Self.small, layout: .dot, format: .pdf)
        #expect(String(decoding: data.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(data.count > 1000)
    }

    @Test func dotFormatCarriesPositions() throws {
        let data = try GraphvizRenderer.render(dot: Self.small, layout: .neato, format: .dot)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("pos="))
        #expect(text.contains("bb="))
    }

    @Test func syntaxErrorBecomesGraphvizError() throws {
        // A multi-line job first: line numbers must restart for each job.
        _ = try GraphvizRenderer.render(dot: "digraph {\n a -> b\n}\n\n", layout: .dot, format: .svg)
        #expect {
            try GraphvizRenderer.render(dot: "digraph { a -> ; }", layout: .dot, format: .svg)
        } throws: { error in
            guard case RenderError.graphviz(let messages) = error else { return false }
            return messages.contains { $0.contains("syntax error in line 1") }
        }
        // The library recovers: the next job succeeds and its errors do not carry over.
        let data = try GraphvizRenderer.render(dot: Self.small, layout: .dot, format: .svg)
        #expect(!data.isEmpty)
    }

    @Test func textAfterTheFirstGraphDoesNotLeakIntoTheNextJob() throws {
        let alone = try GraphvizRenderer.render(dot: Self.small, layout: .dot, format: .dot)
        _ = try GraphvizRenderer.render(dot: "graph one { x -- y }\ngraph two { leaked -- node2 }\n", layout: .dot, format: .dot)
        let after = try GraphvizRenderer.render(dot: Self.small, layout: .dot, format: .dot)
        #expect(after == alone)
        #expect(!String(decoding: after, as: UTF8.self).contains("leaked"))
    }

    @Test func unknownEngineIsUnavailable() throws {
        #expect {
            try GraphvizRenderer.render(dot: Self.small, engine: "nonesuch", format: "svg")
        } throws: { error in
            guard case RenderError.unavailable(let text) = error else { return false }
            return text.contains("nonesuch") && text.contains("neato")
        }
        #expect {
            try GraphvizRenderer.render(dot: Self.small, engine: "dot", format: "nonesuch")
        } throws: { error in
            guard case RenderError.unavailable(let text) = error else { return false }
            return text.contains("nonesuch") && text.contains("svg")
        }
    }

    @Test func concurrentRendersMatchTheSerialResult() async throws {
        let dots = (0..<16).map { i in
            DiagramDOTWriter.write(DOTGraph(name: "g\(i)", nodes: (0..<(5 + i)).map { DOTNode("n\($0)", ["label": "部门 \($0)"]) },
                                     edges: (1..<(5 + i)).map { DOTEdge("n0", "n\($0)") }))
        }
        let serial = try dots.map { try GraphvizRenderer.render(dot: $0, layout: .neato, format: .svg) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for (i, dot) in dots.enumerated() {
                group.addTask { (i, try GraphvizRenderer.render(dot: dot, layout: .neato, format: .svg)) }
            }
            var results = [Data](repeating: Data(), count: dots.count)
            for try await (i, data) in group { results[i] = data }
            return results
        }
        #expect(concurrent == serial)
    }

    @Test func cjkFontIsFound() {
        // scripts/setup/deps.sh installs a CJK font (fonts-wqy-microhei); under CI its absence fails.
        let family = GraphvizRenderer.cjkFontAvailable()
        if CI.isRunning || FileManager.default.fileExists(atPath: "/usr/share/fonts/truetype/wqy") {
            #expect(family != nil)
        }
    }
}
