// libFuzzer target: the Excel workbook reader (ZIP checks and limits, ZIPFoundation, SpreadsheetML parts through
// SafeXML, the table rules). Built and run by scripts/fuzz/run.sh; not part of Package.swift. The input is the
// workbook's bytes; any input may be refused with a FormatError; a crash, sanitizer report, leak or timeout is a bug.
// A workbook read without errors is written back (WorkbookWriter) and must read back as the same network.
import Foundation
@testable import GovNet

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let url = FuzzFile.folder.appendingPathComponent("input.xlsx")
    try? Data(bytes: data, count: size).write(to: url)
    guard let loaded = try? NetworkReader.read(path: url.path, format: .xlsx) else { return 0 }
    let back = FuzzFile.folder.appendingPathComponent("back.xlsx")
    do {
        try NetworkWriter.write(loaded.network, to: back.path, format: .xlsx)
        let again = try NetworkReader.read(path: back.path, format: .xlsx).network
        if again != loaded.network { fatalError("workbook round trip changed the network") }
    } catch let e as FormatError {
        fatalError("a workbook GovNet wrote does not read back: \(e)")
    } catch {
        return 0
    }
    return 0
}
