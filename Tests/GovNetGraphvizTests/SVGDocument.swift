import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A Graphviz SVG read with Foundation's `XMLParser`: the `<g class="node|edge|cluster">` groups with
/// their `<title>`, their text lines and the attributes of their shapes.
struct SVGDocument {
    struct Group {
        var kind: String
        var title = ""
        var texts: [String] = []
        /// Attributes of every path, polygon, ellipse and polyline in the group.
        var shapes: [[String: String]] = []
        /// The group's own attributes (e.g. `id`).
        var attributes: [String: String] = [:]
    }
    var groups: [Group] = []
    /// Names of every element seen (to prove that no user text became markup).
    var elementNames: Set<String> = []

    var nodes: [Group] { groups.filter { $0.kind == "node" } }
    var edges: [Group] { groups.filter { $0.kind == "edge" } }
    var clusters: [Group] { groups.filter { $0.kind == "cluster" } }
    var allTexts: [String] { groups.flatMap(\.texts) }

    init(_ data: Data) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        groups = delegate.groups
        elementNames = delegate.names
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var groups: [Group] = []
        var names: Set<String> = []
        private var current: Group?
        private var depth = 0
        private var groupDepth = 0
        private var inTitle = false
        private var inText = false
        private var buffer = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            names.insert(name)
            depth += 1
            if name == "g", let cls = attributes["class"], ["node", "edge", "cluster"].contains(cls) {
                if let g = current { groups.append(g) }
                current = Group(kind: cls, attributes: attributes)
                groupDepth = depth
            } else if ["path", "polygon", "ellipse", "polyline"].contains(name) {
                current?.shapes.append(attributes)
            } else if name == "title" {
                inTitle = true; buffer = ""
            } else if name == "text" {
                inText = true; buffer = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inTitle || inText { buffer += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title", inTitle { current?.title = buffer; inTitle = false }
            if name == "text", inText { current?.texts.append(buffer); inText = false }
            if name == "g", depth == groupDepth, let g = current {
                groups.append(g)
                current = nil
            }
            depth -= 1
        }
    }
}
