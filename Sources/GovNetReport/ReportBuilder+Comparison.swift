import Foundation
import GovNet

extension ReportBuilder {
    /// Builds the report data of `after` and its before/after comparison with `before` at the same time:
    /// ``build(_:options:)`` (whose diagrams run beside its analysis) on the calling thread and
    /// ``ReportComparison/section(before:after:mappingPath:options:permutations:)`` (alignment, QAP
    /// permutations, metric deltas, then the overlay diagram) on another; Graphviz jobs of both take
    /// turns through the renderer's lock.
    ///
    /// Definition: the same results as calling the two functions one after the other; only the wall
    /// time differs (about the longer of the two on two free cores instead of their sum).
    /// - Parameters:
    ///   - after: the later network (the report's subject).
    ///   - before: the earlier network.
    ///   - mappingPath: mapping of old department ids to new ones, or `nil` for `formerly:`.
    ///   - options: report options (the seed also seeds the QAP permutations).
    ///   - permutations: QAP permutations.
    /// - Returns: the report data and the comparison section.
    /// - Throws: the error of ``build(_:options:)`` if it failed, else that of the comparison
    ///   (``FormatError`` for a bad mapping file, ``RenderError`` when Graphviz fails).
    /// - Complexity: the larger of the two parts' costs on two cores.
    ///
    /// References: the report's sections as in ``build(_:options:)`` and ``ReportComparison``; QAP as in
    /// statnet's `sna::qaptest` (Krackhardt 1988, doi:10.1016/0378-8733(88)90004-4).
    public static func build(_ after: Network, comparedWith before: Network, mappingPath: String?,
                             functionMappingPath: String? = nil, options: ReportOptions = ReportOptions(),
                             permutations: Int = 1000) throws -> (data: NetworkReportData, comparison: ComparisonSection) {
        try ReportConcurrency.both({
            try build(after, options: options)
        }, {
            try ReportComparison.section(before: before, after: after, mappingPath: mappingPath,
                                         functionMappingPath: functionMappingPath, options: options,
                                         permutations: permutations)
        })
    }
}
