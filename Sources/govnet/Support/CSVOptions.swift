import ArgumentParser
import GovNet

/// `--raw`: the formula guard of CSV output (``FormulaGuard``), shared by every command that writes CSV.
struct CSVOptions: ParsableArguments {
    @Flag(help: "CSV: write every cell verbatim. By default a cell starting with = + - @, tab or CR that is not a number gets a leading ' so that a spreadsheet shows it as text instead of running it as a formula (govnet's readers take the quote off again).")
    var raw = false

    /// The policy of this run's CSV cells.
    var cells: CSVCells { raw ? .raw : .guarded }
}
