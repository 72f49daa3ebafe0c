// Shared by the libFuzzer targets (scripts/fuzz/run.sh compiles it with each Fuzz/<T>/main.swift).
import Foundation
@testable import GovNet

/// A per-process scratch folder for targets that read files.
enum FuzzFile {
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func read(_ data: UnsafePointer<UInt8>, _ size: Int, ext: String, format: NetworkFormat) {
        let url = folder.appendingPathComponent("input.\(ext)")
        try? Data(bytes: data, count: size).write(to: url)
        _ = try? NetworkReader.read(path: url.path, format: format)
    }
}
