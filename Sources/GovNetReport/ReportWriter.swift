import Foundation
import GovNet

/// Writes a report folder: `report.html` (self-contained), `report.md` with its SVG diagrams beside
/// it, and every table as CSV. The folder is written as a unit (``AtomicFolder``): an interrupted or
/// concurrent run never leaves files of two runs mixed.
public enum ReportWriter {
    /// Writes the report of `data` (and an optional comparison) into `folder`; returns the paths written.
    /// - Parameter inputs: files that must not be replaced (the networks the report reads): a report
    ///   file with the same path (e.g. an edge list `departments.csv` inside the output folder) makes the
    ///   call throw ``OutputError`` before anything is written.
    /// - Parameter cells: the formula guard of the CSV tables (``FormulaGuard``).
    /// - Parameter byteOrderMark: start each CSV table with a UTF-8 byte-order mark (Excel; Chinese reports).
    @discardableResult
    public static func write(_ data: NetworkReportData, comparison: ComparisonSection? = nil, ergm: ERGMSection? = nil, to folder: String,
                             protecting inputs: [String] = [], cells: CSVCells = .guarded, byteOrderMark: Bool = false) throws -> [String] {
        if !inputs.isEmpty {
            var names = ["report.html", "report.md"] + data.diagrams.map(\.file) + data.tables.map(\.file)
            if data.resilience != nil { names.append("resilience.svg") }
            if let comparison { names += ["comparison-overlay.svg"] + comparison.tables.map(\.file) }
            if let ergm { names += ["ergm-gof.svg"] + ergm.tables.map(\.file) }
            let protected = Set(inputs.compactMap { FileIdentity(path: $0) })
            for name in names where FileIdentity(path: (folder as NSString).appendingPathComponent(name)).map(protected.contains) == true {
                throw OutputError(path: (folder as NSString).appendingPathComponent(name),
                                  reason: "the report would overwrite this input file; choose another output folder")
            }
        }
        var files: [(name: String, data: Data)] = []
        func put(_ name: String, _ text: String) { files.append((name, Data(text.utf8))) }
        put("report.html", HTMLReport.render(data, comparison: comparison, ergm: ergm))
        put("report.md", MarkdownReport.render(data, comparison: comparison, ergm: ergm))
        for d in data.diagrams { put(d.file, d.svg) }
        if let r = data.resilience { put("resilience.svg", ReportCharts.resilienceSVG(data, r)) }
        let mark = byteOrderMark ? ExportFiles.byteOrderMark : ""
        for t in data.tables { put(t.file, mark + t.csv(cells)) }
        if let comparison {
            if let svg = comparison.overlaySVG { put("comparison-overlay.svg", svg) }
            for t in comparison.tables { put(t.file, mark + t.csv(cells)) }
        }
        if let ergm {
            if let svg = ergm.chartSVG { put("ergm-gof.svg", svg) }
            for t in ergm.tables { put(t.file, mark + t.csv(cells)) }
        }
        // The folder is replaced as a whole (AtomicFolder): never files of two runs mixed.
        let written = try AtomicFolder.write(files, to: folder)
        return written
    }
}
