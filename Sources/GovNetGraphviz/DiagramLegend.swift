import GovNet

/// One row of a diagram legend: a sample (an edge, a node or nothing) and its text.
struct LegendRow: Hashable {
    enum Sample: Hashable {
        /// A heading in larger type.
        case header
        /// Text only.
        case text
        /// A short edge with these attributes; `arrow` draws an arrowhead.
        case edge([String: String], arrow: Bool)
        /// A small node with these attributes.
        case node([String: String])
    }
    var sample: Sample
    var text: String
}

extension DiagramModel {
    /// The legend: mechanisms (all drawn ones, or only `mechanism` for a panel), colours, highlight
    /// meanings, size metric and focus.
    func legendRows(only mechanism: String? = nil) -> [LegendRow] {
        let lang = options.textLanguage
        var rows: [LegendRow] = [LegendRow(sample: .header, text: lang.render("diagram.legend"))]
        for m in mechanisms where mechanism == nil || m == mechanism {
            let style = styles[m]!
            var a = ["color": style.color, "penwidth": DiagramDOTWriter.number(style.penwidth)]
            if style.style != "solid" { a["style"] = style.style }
            let arrow = directed && (network.mechanism(m)?.directed ?? true)
            rows.append(LegendRow(sample: .edge(a, arrow: arrow), text: mechanismName(m)))
        }
        let drawnPairs = Set(ties.filter { mechanism == nil || $0.mechanism == mechanism }.map { TiePair($0.from, $0.to) })
        if !options.highlightedTies.isDisjoint(with: drawnPairs) {
            rows.append(LegendRow(sample: .edge(["color": DiagramPalette.highlight, "penwidth": "4"], arrow: false),
                                  text: MessageCatalogue.template(options.highlightedTiesMeaning, lang)))
        }
        let drawn = Set(departments.map(\.id))
        if !options.highlightedDepartments.isDisjoint(with: drawn) {
            rows.append(LegendRow(sample: .node(["color": DiagramPalette.highlight, "penwidth": "4"]),
                                  text: MessageCatalogue.template(options.highlightedDepartmentsMeaning, lang)))
        }
        if !options.brokers.isDisjoint(with: drawn) {
            rows.append(LegendRow(sample: .node(["shape": "hexagon", "style": "filled"]), text: MessageCatalogue.template(options.brokersMeaning, lang)))
        }
        if !fillLegend.isEmpty {
            rows.append(LegendRow(sample: .text, text: lang.render("diagram.fill", [("attribute", .name(MessageCatalogue.term("attribute", colorByName)))])))
            for (text, colour) in fillLegend {
                // Values of the vocabularies the catalogue knows (kinds, levels, management, relationship
                // classes) in the legend's language; any other attribute value as written.
                let attribute: String? = switch options.colorBy {
                case .kind: "kind"
                case .level: "level"
                case .attribute(let name): name
                default: nil
                }
                let shown = attribute.map { MessageCatalogue.groupValue(attribute: $0, text).text(lang) } ?? text
                rows.append(LegendRow(sample: .node(["fillcolor": colour]), text: shown))
            }
        }
        if options.nodeSize != nil {
            let metric = options.nodeSizeName.map { MessageCatalogue.term("metric", $0) } ?? LocalizedName(lang.render("diagram.metric"))
            rows.append(LegendRow(sample: .text, text: lang.render("diagram.size", [("metric", .name(metric))])))
        }
        if let focus = options.focus, let center = departments.first(where: { $0.id == focus.id }) {
            let name = label(center).replacingOccurrences(of: "\n", with: " ")
            rows.append(LegendRow(sample: .text, text: lang.render("diagram.within", [("n", .count(max(0, focus.radius))), ("name", .text(name))])))
        }
        return rows
    }

    private var colorByName: String {
        switch options.colorBy {
        case .none: return ""
        case .kind: return "kind"
        case .level: return "level"
        case .attribute(let a): return a
        case .community: return "community"
        }
    }
}
