/// The fixed colours and line styles of GovNet diagrams.
///
/// Node fills are light (black text stays readable) and come from ColorBrewer's qualitative "Set3" and
/// "Pastel1" schemes and the sequential "Blues" (Harrower & Brewer 2003, doi:10.1179/000870403235002042);
/// edge colours are dark and distinct; pure red is reserved for highlights (articulation points,
/// bridges) and green/red for overlay status, so they never mean anything else.
enum DiagramPalette {
    /// Colour of highlights (articulation points, bridges).
    static let highlight = "#c00000"
    /// Border colour of ordinary departments.
    static let border = "#4d4d4d"
    /// Fill of departments without a group.
    static let noGroup = "#ffffff"

    /// Fixed fills of the standard department kinds.
    static let kindColors: [String: String] = [
        "emergency-management": "#fdb462", "fire-rescue": "#fb8072", "public-security": "#80b1d3",
        "health": "#b3de69", "water": "#8dd3c7", "natural-resources": "#ccebc5", "meteorology": "#bebada",
        "transport": "#ffffb3", "civil-affairs": "#e5d8bd", "military": "#bc80bd", "utility": "#d9d9d9",
        "ngo": "#ffed6f", "media": "#decbe4", "government": "#fccde5", "party": "#f2f2f2",
    ]

    /// Fills for other groups, assigned in sorted order of the group values (cycled).
    static let categorical: [String] = [
        "#8dd3c7", "#ffffb3", "#bebada", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9",
        "#bc80bd", "#ccebc5", "#ffed6f", "#fbb4ae", "#b3cde3", "#decbe4", "#fed9a6", "#e5d8bd",
        "#fddaec", "#f2f2f2",
    ]

    /// Standard administrative levels, top to bottom, and their fills (ColorBrewer Blues).
    static let levels: [String] = ["national", "provincial", "municipal", "county", "township"]
    static let levelColors: [String: String] = [
        "national": "#4292c6", "provincial": "#6baed6", "municipal": "#9ecae1", "county": "#c6dbef",
        "township": "#eff3ff",
    ]

    /// Edge style of a mechanism: colour, line style and pen width.
    struct EdgeStyle: Hashable {
        var color: String
        var style: String
        var penwidth: Double
        /// Human words for the legend ("solid blue").
        var words: String
    }

    /// Fixed styles of the five standard mechanisms.
    static let standardStyles: [String: EdgeStyle] = [
        "command": EdgeStyle(color: "#1f4e9a", style: "solid", penwidth: 1.6, words: "solid blue"),
        "information": EdgeStyle(color: "#2b8c3e", style: "dashed", penwidth: 1.4, words: "dashed green"),
        "material": EdgeStyle(color: "#d66a00", style: "solid", penwidth: 2.4, words: "thick orange"),
        "supervision": EdgeStyle(color: "#6a3d9a", style: "dotted", penwidth: 1.8, words: "dotted purple"),
        "operation": EdgeStyle(color: "#0f7f7a", style: "solid", penwidth: 1.2, words: "thin teal"),
    ]

    /// Styles for other mechanisms, in the network's mechanism order (cycled).
    static let otherStyles: [EdgeStyle] = [
        EdgeStyle(color: "#8c510a", style: "solid", penwidth: 1.4, words: "solid brown"),
        EdgeStyle(color: "#c51b7d", style: "dotted", penwidth: 1.8, words: "dotted magenta"),
        EdgeStyle(color: "#404040", style: "solid", penwidth: 2.2, words: "thick grey"),
        EdgeStyle(color: "#7a7a00", style: "dashed", penwidth: 1.4, words: "dashed olive"),
        EdgeStyle(color: "#b35806", style: "dashed", penwidth: 1.6, words: "dashed brown-orange"),
        EdgeStyle(color: "#01665e", style: "dotted", penwidth: 1.6, words: "dotted dark teal"),
    ]

    /// The style of each mechanism id in `order` (standard ones fixed, others by position).
    static func edgeStyles(for order: [String]) -> [String: EdgeStyle] {
        var result: [String: EdgeStyle] = [:]
        var next = 0
        for id in order where result[id] == nil {
            if let s = standardStyles[id] {
                result[id] = s
            } else {
                result[id] = otherStyles[next % otherStyles.count]
                next += 1
            }
        }
        return result
    }

    /// Most groups that get their own colour; rarer ones share ``otherGroup`` (more colours cannot be
    /// told apart).
    static let maxColouredGroups = 15
    /// Fill of the groups beyond ``maxColouredGroups``.
    static let otherGroup = "#f2f2f2"

    /// Fill colour per group value: fixed colours where `fixed` has one, then the categorical
    /// palette in `values` order (cycled), skipping colours already used while any remain.
    static func fills(for values: [String], fixed: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        var used = Set<String>()
        for v in values { if let c = fixed[v] { result[v] = c; used.insert(c) } }
        var free = categorical.filter { !used.contains($0) }
        if free.isEmpty { free = categorical }
        var next = 0
        for v in values where result[v] == nil {
            result[v] = free[next % free.count]
            next += 1
        }
        return result
    }
}

extension NetworkDiagram {
    /// The colour and line style (`solid`, `dashed`, `dotted`) the diagrams give each mechanism of
    /// `order` (the report's explorer draws its ties the same way).
    /// - Complexity: O(mechanisms).
    public static func mechanismStyles(for order: [String]) -> [String: (color: String, style: String)] {
        DiagramPalette.edgeStyles(for: order).mapValues { ($0.color, $0.style) }
    }
}
