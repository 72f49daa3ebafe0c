import Foundation
import GovNet
import GovNetGraphviz

/// Options of a report: language, title, seeds, which parts to draw.
public struct ReportOptions: Sendable {
    public var title: String?
    public var language: ReportLanguage
    /// Seed of community detection and random failure runs.
    public var seed: UInt64
    /// Coordinating department (default: the emergency-management department with most ties).
    public var center: String?
    /// Random failure runs for the resilience band.
    public var randomRuns: Int
    /// Draw diagrams through Graphviz (tests of the text can turn this off).
    public var diagrams: Bool
    /// Robustness of the findings (`--robustness`; draws 0: off). Seeded by ``seed`` unless set.
    public var robustness: RobustnessSettings
    /// Order of the findings: by severity, or by severity × robustness (``FindingOrder``).
    public var order: FindingOrder

    public init(title: String? = nil, language: ReportLanguage = .en, seed: UInt64 = 1, center: String? = nil,
                randomRuns: Int = 200, diagrams: Bool = true, robustness: RobustnessSettings? = nil,
                order: FindingOrder = .severity) {
        self.title = title
        self.language = language
        self.seed = seed
        self.center = center
        self.randomRuns = randomRuns
        self.diagrams = diagrams
        self.robustness = robustness ?? RobustnessSettings(seed: seed)
        self.order = order
    }
}

/// A diagram of the report: a file name, a caption and the SVG text.
public struct ReportDiagram: Sendable {
    public var file: String
    public var caption: String
    public var svg: String
}

/// A table of the report: a file name (CSV beside the report), a caption, header and rows.
public struct ReportTable: Sendable {
    public var file: String
    public var caption: String
    public var header: [String]
    public var rows: [[String]]
    /// Columns holding numbers (right-aligned, sorted numerically).
    public var numeric: Set<Int>

    /// The table as CSV (deterministic), cells under the formula guard `cells` (``FormulaGuard``).
    public func csv(_ cells: CSVCells = .guarded) -> String {
        CSVReader.line(header, cells: cells) + rows.map { CSVReader.line($0, cells: cells) }.joined()
    }
}

/// Everything a report shows about one network, computed once and rendered as HTML and Markdown.
public struct NetworkReportData: Sendable {
    public var network: Network
    public var options: ReportOptions
    public var summary: NetworkSummary
    public var context: DiagnosisContext
    public var findings: [Finding]
    /// The robustness of each finding (parallel to ``findings``), nil when turned off.
    public var robustness: DiagnosisRobustness? = nil
    public var diagrams: [ReportDiagram]
    public var tables: [ReportTable]
    /// Network metrics per mechanism (`all` first).
    public var networkMetrics: [(mechanism: String, metrics: NetworkMetrics.Result)]
    /// Resilience curves (targeted by degree, by betweenness) and the random band.
    public var resilience: ReportResilience?
    public var settings: MetricSettings
    /// The department metrics of the tables (``ReportBuilder/departmentColumns``), at full precision.
    public var nodeMetrics: NodeMetrics.Result? = nil
    /// Where the diagrams put every department (empty without diagrams): the explorer draws there.
    public var layout = ExplorerLayout()
    /// "What if it fails" for every department (nil without diagrams).
    public var failures: ExplorerFailures? = nil
    /// Core–periphery and positions (nil for a network of fewer than
    /// ``ReportStructure/minimumDepartments`` departments).
    public var structure: ReportStructure? = nil
    /// Whether weights change a conclusion (``WeightSensitivity``), as sentences; empty when every
    /// tie has the same weight.
    public var weightNotes: [String] = []

    /// The report's title.
    public var title: String {
        options.title ?? metadataText("title") ?? options.language.text(.report)
    }

    /// A metadata field (`title`, `jurisdiction`, `source`, `provenance`) in the report's language: the
    /// document's translation (`titles: {zh: …}`, …), else the text as written with a visible note that
    /// no translation was given; `nil` when the field is absent.
    public func metadataText(_ field: String) -> String? {
        let lang = options.language
        guard let (text, translated) = network.metadata.localized(field, language: lang.departmentLanguage) else { return nil }
        if translated || lang == .en { return text }
        return lang.render(field == "provenance" ? "report.fallbackNote" : "report.fallback", [("text", .text(text))])
    }

    /// A finding's rule, severity and mechanism as the report's language names them.
    public func ruleName(_ f: Finding) -> String { DiagnosisMarkdown.ruleName(f.rule, options.language) }

    /// The remedies of a finding, joined the language's way.
    public func remedies(_ f: Finding) -> String {
        f.remedies.map(options.language.remedy).joined(separator: options.language.render("list.separator"))
    }

    /// A severity heading: "Critical" / "严重".
    public func severityHeading(_ s: Severity) -> String {
        options.language == .en ? s.rawValue.capitalized : options.language.severity(s)
    }

    /// Display name of a department in the report language.
    public func name(_ id: String) -> String { context.name(id) }
}

/// Resilience curves for the report.
public struct ReportResilience: Sendable {
    public var curves: [FailureCurve]
    public var random: RandomFailures?
    /// Department ids in node order (to name removed departments).
    public var ids: [String]
}
