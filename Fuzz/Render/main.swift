// libFuzzer target: the diagram DOT writer (GovNetGraphviz) + Graphviz's own parser.
// The input is read as a DOT network (so department ids and names can hold any character); its styled diagram
// is written with DiagramDOTWriter and parsed back by libcgraph (`agmemread`, no layout). The
// node names Graphviz sees must be exactly the ids GovNet drew: a quoting bug would add, merge or drop a
// node, or make the text unparseable. Built and run by scripts/fuzz/run.sh; not part of Package.swift.
import Foundation
import CGraphviz
@testable import GovNet
@testable import GovNetGraphviz

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let (net, _, diags) = try? GovNet.DOTReader.read(bytes: bytes, file: "fuzz.dot"),
          !diags.contains(where: { $0.severity == .error }),
          let diagram = try? NetworkDiagram.styledGraph(network: net) else { return 0 }
    let text = DiagramDOTWriter.write(diagram)
    var ids = diagram.nodes.map(\.id)
    var pending = diagram.subgraphs
    while let s = pending.popLast() { ids += s.nodes.map(\.id); pending += s.subgraphs }
    // The names Graphviz stores: the quoted text with its lexer's one escape (\" → ") undone.
    let expected = Set(ids.map { graphvizName(DOTText.quoted($0)) })
    if expected.count != Set(ids).count {
        fatalError("two ids share a Graphviz node name: \(ids)")
    }
    agseterr(AGMAX)  // parse errors are the check below, not output
    guard let g = text.withCString({ agmemread($0) }) else {
        fatalError("Graphviz cannot parse the DOT GovNet wrote:\n\(text)")
    }
    defer { agclose(g) }
    var seen = Set<String>()
    var n = agfstnode(g)
    while let node = n {
        seen.insert(String(cString: agnameof(UnsafeMutableRawPointer(node))))
        n = agnxtnode(g, node)
    }
    if seen != expected {
        fatalError("Graphviz read other nodes than GovNet wrote: extra \(seen.subtracting(expected).sorted()), missing \(expected.subtracting(seen).sorted())\n\(text)")
    }
    return 0
}

/// What Graphviz's DOT lexer stores for a quoted string: `\"` → `"`, `\\` kept as two characters,
/// backslash–newline dropped, everything else verbatim.
func graphvizName(_ quoted: String) -> String {
    let inner = Array(quoted.unicodeScalars.dropFirst().dropLast())
    var out = String.UnicodeScalarView()
    var i = 0
    while i < inner.count {
        if inner[i] == "\\", i + 1 < inner.count {
            switch inner[i + 1] {
            case "\"": out.append("\""); i += 2; continue
            case "\\": out.append("\\"); out.append("\\"); i += 2; continue
            case "\n": i += 2; continue
            default: break
            }
        }
        out.append(inner[i]); i += 1
    }
    return String(out)
}
