// libFuzzer target: the YAML network reader (NetworkReader on a .yaml file)
// Built and run by scripts/fuzz/run.sh (swiftc -sanitize=fuzzer,address -parse-as-library); not part of
// Package.swift. Any input may be refused with a FormatError; a crash, sanitizer report, leak or
// timeout is a bug.
import Foundation
@testable import GovNet

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzFile.read(data, size, ext: "yaml", format: .yaml)
    return 0
}
