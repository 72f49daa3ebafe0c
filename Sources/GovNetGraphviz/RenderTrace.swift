import Foundation

/// Optional timing of every Graphviz job, for profiling reports and diagrams.
///
/// Set the environment variable `GOVNET_GRAPHVIZ_TRACE` to `1` to print one line per job to standard
/// error (wall time in milliseconds, engine, format, the graph's `layout` attribute, DOT size), or to
/// a folder path to also write each job's DOT text there as `job-N.gv` (numbered in call order), so a
/// slow layout can be replayed with the `neato`/`sfdp` command-line tools. Off by default; when off,
/// rendering does not look at the clock.
///
/// References: Graphviz's own `-v` timing output (`neato -v`) reports the same phases per job.
struct RenderTrace: Sendable {
    /// Folder for the DOT texts, if any.
    let folder: String?

    /// The trace configured by the environment, read once per process.
    static let current: RenderTrace? = {
        guard let value = ProcessInfo.processInfo.environment["GOVNET_GRAPHVIZ_TRACE"], !value.isEmpty, value != "0" else { return nil }
        return RenderTrace(folder: value == "1" ? nil : value)
    }()

    /// Jobs traced so far; only touched while holding the renderer's lock.
    nonisolated(unsafe) static var jobs = 0

    /// Runs `body` (a job, under the renderer's lock), timing it and reporting on standard error.
    func measure<R>(dot: String, engine: String, format: String, _ body: () throws -> R) rethrows -> R {
        RenderTrace.jobs += 1
        let job = RenderTrace.jobs
        if let folder {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try? dot.write(toFile: (folder as NSString).appendingPathComponent("job-\(job).gv"), atomically: false, encoding: .utf8)
        }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            let layout = dot.range(of: "layout=").map { String(dot[$0.upperBound...].prefix(while: { !",;\n]".contains($0) })) } ?? "-"
            FileHandle.standardError.write(Data(String(format: "graphviz job %d: %8.1f ms  engine=%@ format=%@ layout=%@ dot=%d bytes\n",
                                                       job, ms, engine, format, layout, dot.utf8.count).utf8))
        }
        return try body()
    }
}
