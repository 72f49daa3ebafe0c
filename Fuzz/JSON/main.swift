// libFuzzer target: the JSON network and node-link reader (NetworkReader on a .json file)
// Built and run by scripts/fuzz/run.sh (swiftc -sanitize=fuzzer,address -parse-as-library); not part of
// Package.swift. Any input may be refused with a FormatError; a crash, sanitizer report, leak or
// timeout is a bug.
import Foundation
@testable import GovNet

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzFile.read(data, size, ext: "json", format: .json)
    return 0
}
