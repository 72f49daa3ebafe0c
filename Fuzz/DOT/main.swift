// libFuzzer target: the DOT reader (bytes entry point) and the validator, plus the DOT writer round trip
// Built and run by scripts/fuzz/run.sh (swiftc -sanitize=fuzzer,address -parse-as-library); not part of
// Package.swift. Any input may be refused with a FormatError; a crash, sanitizer report, leak or
// timeout is a bug.
import Foundation
@testable import GovNet

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = try? DOTReader.read(bytes: bytes, file: "fuzz.dot")
    if let (net, map, _) = result { _ = NetworkValidator.validate(net, map: map, reportIsolates: true) }
    // DOT writer round trip: what was read is written and must read back.
    if let (net, _, diags) = result, !diags.contains(where: { $0.severity == .error }),
       NetworkValidator.validate(net, map: SourceMap(file: "fuzz.dot"), reportIsolates: false).allSatisfy({ $0.severity != .error }) {
        let (text, _) = DOTWriter.write(net, file: "fuzz.dot")
        guard (try? DOTReader.read(bytes: Array(text.utf8), file: "fuzz.dot")) != nil else {
            fatalError("DOT written by DOTWriter does not read back:\n\(text)")
        }
    }
    return 0
}
