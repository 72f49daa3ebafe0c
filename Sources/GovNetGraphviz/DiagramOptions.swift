import GovNet

/// An unordered pair of department ids: the two ends of a tie, whatever its mechanism or direction.
/// Used to highlight bridges (``DiagramOptions/highlightedTies``).
public struct TiePair: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The smaller id (by `<` on strings).
    public let first: String
    /// The larger id.
    public let second: String

    /// Creates the pair of two ids, in either order (`TiePair("A", "B") == TiePair("B", "A")`).
    public init(_ a: String, _ b: String) {
        if a <= b { first = a; second = b } else { first = b; second = a }
    }

    /// Orders by first id, then second.
    public static func < (x: TiePair, y: TiePair) -> Bool {
        (x.first, x.second) < (y.first, y.second)
    }

    /// `A–B`.
    public var description: String { "\(first)–\(second)" }
}

/// What decides a department's fill colour in a diagram.
public enum ColorBy: Hashable, Sendable {
    /// All departments white.
    case none
    /// By ``GovNet/Department/kind`` (standard kinds have fixed colours).
    case kind
    /// By ``GovNet/Department/level`` (national darkest → township lightest).
    case level
    /// By a grouping attribute (``GovNet/Department/group(_:)``: `kind`, `level` or a free attribute).
    case attribute(String)
    /// By community number, department id → community (e.g. from Louvain); missing ids are white.
    case community([String: Int])
}

/// What text labels a department.
public enum LabelChoice: Hashable, Sendable {
    /// ``GovNet/Department/name``.
    case name
    /// ``GovNet/Department/id``.
    case id
    /// The name in a language (`zh` uses `names.zh`), else the name: ``GovNet/Department/label(language:)``.
    case language(String)
}

/// How ``NetworkDiagram`` draws a network. The defaults give a readable diagram of 30–200 departments.
public struct DiagramOptions: Sendable {
    /// Layout engine; `nil` picks ``LayoutEngine/recommended(nodes:edges:directed:)``.
    public var layout: LayoutEngine?
    /// Mechanism ids to draw (each with its own edge colour and style); `nil` draws every mechanism used.
    public var mechanisms: [String]?
    /// Fill colour of departments (with a legend of colours).
    public var colorBy: ColorBy
    /// Precomputed metric per department id (e.g. betweenness): node size scales linearly from the
    /// smallest to the largest value. Missing ids get the smallest size.
    public var nodeSize: [String: Double]?
    /// Name of the metric in ``nodeSize``, for the legend (e.g. `betweenness`).
    public var nodeSizeName: String?
    /// Which text labels a department.
    public var label: LabelChoice
    /// Departments drawn with a thick red border (articulation points).
    public var highlightedDepartments: Set<String>
    /// Ties drawn thick and red, all mechanisms between the pair (bridges).
    public var highlightedTies: Set<TiePair>
    /// Departments drawn as hexagons (high-constraint or high-betweenness brokers).
    public var brokers: Set<String>
    /// The language of the legend, mechanism names and caption when set (`govnet render --lang`);
    /// otherwise ``textLanguage`` follows the labels.
    public var language: ReportLanguage?
    /// The language of the legend's fixed text and mechanism names: ``language`` when set, else Chinese
    /// when departments are labelled in Chinese.
    public var textLanguage: ReportLanguage {
        if let language { return language }
        if case .language(let code) = label { return ReportLanguage(code: code) }
        return .en
    }
    /// Legend text for ``highlightedDepartments`` (a message-catalogue key, or text as written).
    public var highlightedDepartmentsMeaning: String
    /// Legend text for ``highlightedTies`` (a message-catalogue key, or text as written).
    public var highlightedTiesMeaning: String
    /// Legend text for ``brokers`` (a message-catalogue key, or text as written).
    public var brokersMeaning: String
    /// A grouping attribute (`level`, `kind`, …) whose departments share a rank in the `dot` layout,
    /// so command hierarchies read top-down (`level` is ordered national → township). Other engines
    /// ignore it.
    public var rankBy: String?
    /// Draw only the ego network of a department: everything within `radius` ties of it (in any
    /// direction, over the drawn mechanisms).
    public var focus: (id: String, radius: Int)?
    /// A grouping attribute whose departments are boxed together (clusters; drawn by `dot` and `fdp`).
    public var clusterBy: String?
    /// Font family list handed to Graphviz (pango takes a comma-separated list).
    public var fontName: String
    /// Graphviz `splines` value for edge routing (`true`, `line`, `curved`, `polyline`, `ortho`);
    /// `nil` uses the engine's default here: routed splines for `dot`, `neato`, `fdp` and `sfdp`,
    /// straight lines for `circo` and `twopi` (whose spline routing of parallel ties corrupts memory in
    /// Graphviz 2.42).
    public var splines: String?
    /// Draw the legend.
    public var showLegend: Bool
    /// Title above the diagram; `nil` uses the network's title, `""` draws none.
    public var title: String?
    /// A line under the title, e.g. the network's status ("illustrative model — …"); nil for none.
    public var caption: String?

    /// The default font list: CJK-capable families first (Noto Sans CJK from `fonts-noto-cjk`,
    /// WenQuanYi Micro Hei from `fonts-wqy-microhei`), then the generic sans-serif.
    public static let defaultFontName = "Noto Sans CJK SC,WenQuanYi Micro Hei,sans-serif"

    /// Options with the readable defaults: layout by size, all mechanisms, colour by kind, names.
    public init(layout: LayoutEngine? = nil, mechanisms: [String]? = nil, colorBy: ColorBy = .kind,
                nodeSize: [String: Double]? = nil, nodeSizeName: String? = nil, label: LabelChoice = .name,
                highlightedDepartments: Set<String> = [], highlightedTies: Set<TiePair> = [],
                brokers: Set<String> = [], rankBy: String? = nil, focus: (id: String, radius: Int)? = nil,
                clusterBy: String? = nil, fontName: String = DiagramOptions.defaultFontName,
                splines: String? = nil, showLegend: Bool = true, title: String? = nil) {
        self.layout = layout
        self.mechanisms = mechanisms
        self.colorBy = colorBy
        self.nodeSize = nodeSize
        self.nodeSizeName = nodeSizeName
        self.label = label
        self.highlightedDepartments = highlightedDepartments
        self.highlightedTies = highlightedTies
        self.brokers = brokers
        self.highlightedDepartmentsMeaning = "diagram.articulation-point"
        self.highlightedTiesMeaning = "diagram.bridge"
        self.brokersMeaning = "diagram.broker"
        self.rankBy = rankBy
        self.focus = focus
        self.clusterBy = clusterBy
        self.fontName = fontName
        self.splines = splines
        self.showLegend = showLegend
        self.title = title
    }
}

/// An option of a diagram that does not fit the network.
public enum DiagramError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A department id (focus) that is not in the network.
    case unknownDepartment(String)
    /// A mechanism id that the network neither declares, uses nor has as a standard mechanism.
    case unknownMechanism(String)
    /// More departments or ties than ``DiagramLimits`` allow in one diagram.
    case tooLarge(departments: Int, ties: Int)

    /// The message, e.g. `unknown department "X"`.
    public var description: String {
        switch self {
        case .unknownDepartment(let id): return "unknown department \"\(id)\""
        case .unknownMechanism(let id): return "unknown mechanism \"\(id)\""
        case .tooLarge(let n, let m):
            return "the diagram would have \(n) departments and \(m) ties, more than Graphviz lays out in reasonable time and memory "
                + "(at most \(DiagramLimits.maxDepartments) departments and \(DiagramLimits.maxTies) ties); "
                + "draw a part with --focus ID --radius N or --mechanism M, or analyse without a diagram"
        }
    }
}

/// The largest diagram drawn. Beyond these sizes a Graphviz layout takes minutes and gigabytes, and the
/// picture is unreadable anyway (a city's emergency network has tens of departments).
public enum DiagramLimits {
    /// Most departments in one diagram (2,000).
    public static let maxDepartments = 2_000
    /// Most ties in one diagram (10,000), after self-loops and repeated ties are left out.
    public static let maxTies = 10_000
}
