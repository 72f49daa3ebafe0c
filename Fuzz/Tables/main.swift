// libFuzzer target: the CSV tables reader (the input split at the first 0x1E byte into departments.csv and ties.csv)
// Built and run by scripts/fuzz/run.sh (swiftc -sanitize=fuzzer,address -parse-as-library); not part of
// Package.swift. Any input may be refused with a FormatError; a crash, sanitizer report, leak or
// timeout is a bug.
import Foundation
@testable import GovNet

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let cut = bytes.firstIndex(of: 0x1E) ?? bytes.count
    let dir = FuzzFile.folder.appendingPathComponent("tables")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try? Data(bytes[..<cut]).write(to: dir.appendingPathComponent("departments.csv"))
    try? Data(cut < bytes.count ? bytes[(cut + 1)...] : []).write(to: dir.appendingPathComponent("ties.csv"))
    _ = try? NetworkReader.read(path: dir.path, format: .tables)
    return 0
}
