// libFuzzer target: the GEXF reader (bytes entry point) and the validator
// Built and run by scripts/fuzz/run.sh (swiftc -sanitize=fuzzer,address -parse-as-library); not part of
// Package.swift. Any input may be refused with a FormatError; a crash, sanitizer report, leak or
// timeout is a bug.
import Foundation
@testable import GovNet

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = try? GEXFFormat.read(bytes: bytes, file: "fuzz.gexf")
    if let (net, map, _) = result { _ = NetworkValidator.validate(net, map: map, reportIsolates: true) }
    return 0
}
