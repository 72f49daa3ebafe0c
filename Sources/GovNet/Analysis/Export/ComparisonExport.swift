/// The tidy tables of a before/after comparison (`govnet export --compare BEFORE AFTER`): what became
/// of each department, tie changes, network and department metric deltas, findings that appeared or
/// disappeared, QAP correlations and leadership changes, plus `comparison.json` with the same rows and
/// the settings.
///
/// Built on ``NetworkComparison`` (the library behind `govnet compare`), with every node metric of
/// ``NodeMetrics/all`` compared. Deterministic bytes as ``NetworkExport``.
///
/// ```swift
/// let before = try NetworkReader.read(path: "networks/hubei-city-pre-reform.yaml").network
/// let after = try NetworkReader.read(path: "networks/hubei-city-post-reform.yaml").network
/// let mapping = try DepartmentMapping.read(path: "networks/hubei-city-reform-mapping.csv").resolve(before: before, after: after)
/// let export = try ComparisonExport(before: before, after: after, mapping: mapping, name: "hubei-city-reform")
/// try export.write(to: "notebooks-data/hubei-city-reform")
/// ```
public struct ComparisonExport: Sendable {
    /// File names written by ``write(to:)``, in order.
    public static let fileNames = ["comparison_departments.csv", "comparison_ties.csv", "comparison_network.csv",
                                   "comparison_department_metrics.csv", "comparison_findings.csv", "comparison_qap.csv",
                                   "comparison_responsibilities.csv", "comparison.json"]

    /// The comparison's name (the `comparison` column).
    public let name: String
    /// The tables, in ``fileNames`` order.
    public let tables: [ExportTable]
    /// Settings as JSON (seed, permutations, mechanisms, mapping origin, software).
    public let settings: JSONValue

    /// Compares `before` with `after` through `mapping` and builds the tables.
    ///
    /// - Parameters:
    ///   - before: the earlier network.
    ///   - after: the later network.
    ///   - mapping: resolved department mapping (``DepartmentMapping/resolve(before:after:strict:)``).
    ///   - name: the comparison's name.
    ///   - seed: seed of the QAP permutations and Louvain.
    ///   - permutations: QAP permutations.
    /// - Throws: ``AlgorithmError`` from the metrics engine (not expected).
    /// - Complexity: ``NetworkComparison`` with every node metric; well under a second for the
    ///   curated pair.
    ///
    /// References: see ``NetworkComparison``, ``MetricDeltas`` and ``QAP``.
    public init(before: Network, after: Network, mapping: ResolvedMapping, name: String,
                seed: UInt64 = 1, permutations: Int = 1000) throws {
        let settings = NetworkComparison.Settings(permutations: permutations, seed: seed, nodeMetrics: NodeMetrics.all)
        let comparison = try NetworkComparison(before: before, after: after, mapping: mapping, settings: settings)
        self.name = name
        var tables = [ExportTable.comparisonDepartments(comparison, name: name), ExportTable.comparisonTies(comparison, name: name)]
        if let deltas = comparison.deltas {
            tables += [ExportTable.comparisonNetwork(deltas, name: name), ExportTable.comparisonDepartmentMetrics(deltas, name: name),
                       ExportTable.comparisonFindings(deltas, name: name)]
        }
        tables += [ExportTable.comparisonQAP(comparison, name: name), ExportTable.comparisonResponsibilities(comparison, name: name)]
        self.tables = tables
        self.settings = .object([
            ("mechanisms", .array(comparison.diff.mechanisms.map { .string($0) })),
            ("mapping", .string(mapping.origin)),
            ("metrics", .string("all mechanisms combined and each alone, unweighted; before = earlier network aligned onto the later departments")),
            ("node_metrics", .array(NodeMetrics.all.map { .string($0) })),
            ("qap_permutations", .number(Double(permutations))),
            ("seed", .number(Double(seed))),
            ("significant_digits", .number(Double(ExportTable.significantDigits))),
            ("software", .string("GovNet \(GovNetVersion.string)")),
        ])
    }

    /// The table with this name (e.g. `comparison_ties`).
    public func table(_ name: String) -> ExportTable? { tables.first { $0.name == name } }

    /// `comparison.json`: `{"name", "settings", "comparison_departments": [...], …}`.
    public var jsonValue: JSONValue {
        .object([("name", .string(name)), ("settings", settings)] + tables.map { ($0.name, $0.jsonValue) })
    }

    /// The files: (file name, text), in ``fileNames`` order.
    public var files: [(name: String, text: String)] { files(.guarded) }

    /// The files with the CSV text cells under the formula guard `cells` (``FormulaGuard``).
    public func files(_ cells: CSVCells) -> [(name: String, text: String)] {
        tables.map { ("\($0.name).csv", $0.csv(cells)) } + [("comparison.json", jsonValue.rendered())]
    }

    /// Writes every file into `directory` (created if needed), each atomically.
    /// - Returns: the paths written.
    /// - Throws: ``OutputError``.
    @discardableResult
    /// - Parameter byteOrderMark: start each CSV with a UTF-8 byte-order mark (Excel).
    public func write(to directory: String, cells: CSVCells = .guarded, byteOrderMark: Bool = false) throws -> [String] {
        try ExportFiles.write(files(cells), to: directory, byteOrderMark: byteOrderMark)
    }
}
