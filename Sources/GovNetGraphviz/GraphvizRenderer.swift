import Foundation
internal import CGraphviz

/// Lays out and renders DOT text in-process through libgvc (Graphviz's library), never by running `dot`.
///
/// One render is the sequence `agmemread` → `gvLayout` → `gvRenderData` → `gvFreeRenderData` →
/// `gvFreeLayout` → `agclose` (frees in that order, on every path; a graph circo laid out is closed at
/// the next circo job instead, see `State.circoGraph` and docs/graphviz.md). Graphviz keeps process-wide state
/// (error count and handler, plugin state, the parser) and is not thread-safe, so every call into the
/// library — in this module the only code that touches C — runs while holding one process-wide
/// lock, for the whole job. Calls from many tasks are safe; they run one at a time.
///
/// Errors: before each job the error handler is installed (`agseterrf`), the level set to warnings
/// (`agseterr(AGWARN)`) and the count reset (`agreseterrors`). Graphviz hands a message over in
/// pieces (`"Error: "`, then the text); the pieces are appended to one buffer and split on newlines.
///
/// References: Graphviz "Using Graphviz as a library" (cgraph and gvc manuals,
/// <https://graphviz.org/pdf/libguide.pdf>); mdaines/viz-js `viz_reset_errors`/`viz_render` for the
/// error-reset pattern; pygraphviz serializes calls the same way (`AGraph.draw` in-process,
/// `tests/test_threading.py`). NetworkX's equivalent is `nx.nx_agraph.to_agraph(G).draw(path, prog=...)`.
public enum GraphvizRenderer {
    /// Lays out DOT text with an engine and renders it.
    ///
    /// - Parameters:
    ///   - dot: DOT text (the first graph in it is used), e.g. from ``DiagramDOTWriter/write(_:)``.
    ///   - layout: the layout engine. A `layout` attribute in the graph itself takes precedence, as
    ///     in Graphviz.
    ///   - format: the output format.
    /// - Returns: the rendered bytes (UTF-8 text for `svg` and `dot`).
    /// - Throws: ``RenderError/graphviz(messages:)`` with Graphviz's messages when parsing, layout or
    ///   rendering fails or reports an error; ``RenderError/unavailable(_:)`` when the engine or format
    ///   plugin is not installed.
    /// - Complexity: that of the layout engine (`dot` is roughly O(n·m) per pass, `neato`
    ///   O(n²) per iteration, `sfdp` about O(n log n) per iteration) plus the output size.
    ///
    /// A PDF's creation date is pinned (``PDFDate``), so the same input gives the same bytes.
    public static func render(dot: String, layout: LayoutEngine, format: ImageFormat) throws -> Data {
        let data = try render(dot: dot, engine: layout.rawValue, format: format.rawValue)
        return format == .pdf ? PDFDate.pinned(data) : data
    }

    /// The layout engines and output formats this Graphviz installation offers, sorted.
    ///
    /// Read with `gvPluginList(gvc, "layout")` and `gvPluginList(gvc, "device")`; empty lists mean the
    /// plugin configuration (`config6a`) is missing (`dot -c` needs to be run).
    /// - Returns: engine names (`circo`, `dot`, `fdp`, `neato`, …) and format names (`pdf`, `png`,
    ///   `svg`, …).
    /// - Complexity: O(number of plugins).
    public static func capabilities() -> (layouts: [String], formats: [String]) {
        withContext { gvc, _ in (pluginList(gvc, kind: "layout"), pluginList(gvc, kind: "device")) }
    }

    // MARK: - Implementation

    /// Renders with engine and format given by name (also used for internal formats such as `json`).
    static func render(dot: String, engine: String, format: String) throws -> Data {
        try withContext { gvc, state -> Data in
            if state.layouts == nil {
                state.layouts = Set(pluginList(gvc, kind: "layout"))
                state.formats = Set(pluginList(gvc, kind: "device"))
            }
            guard state.layouts!.contains(engine) else {
                throw RenderError.unavailable("layout engine \"\(engine)\" is not available in this Graphviz installation"
                    + available(state.layouts!))
            }
            guard state.formats!.contains(format) else {
                throw RenderError.unavailable("output format \"\(format)\" is not available in this Graphviz installation"
                    + available(state.formats!))
            }
            guard let trace = RenderTrace.current else {
                return try renderLocked(gvc: gvc, state: &state, dot: dot, engine: engine, format: format)
            }
            return try trace.measure(dot: dot, engine: engine, format: format) {
                try renderLocked(gvc: gvc, state: &state, dot: dot, engine: engine, format: format)
            }
        }
    }

    private static func available(_ names: Set<String>) -> String {
        names.isEmpty ? " (no plugins are registered: run `dot -c` as root, or set GVBINDIR)"
            : " (available: " + names.sorted().joined(separator: ", ") + ")"
    }

    /// The job itself; the caller holds the lock.
    private static func renderLocked(gvc: OpaquePointer, state: inout State, dot: String, engine: String,
                                     format: String) throws -> Data {
        resetErrors()
        let graph = parseFirstGraph(dot)
        guard let graph else { throw failure(default: "Graphviz could not read the DOT text") }
        var keptForCirco = false
        defer { if !keptForCirco { agclose(graph) } }
        if agerrors() > 0 { throw failure(default: "the DOT text has errors after its first graph") }

        let circo = usesCirco(graph, engine: engine)
        let laidOut = engine.withCString { gvLayout(gvc, graph, $0) }
        if circo {
            // See `State.circoGraph`: this graph is now the one circo's cache names; the previous one
            // can go, since it was alive while this one was allocated.
            if let previous = state.circoGraph { agclose(previous) }
            state.circoGraph = graph
            keptForCirco = true
        }
        guard laidOut == 0 else { throw failure(default: "layout with \(engine) failed") }
        defer { gvFreeLayout(gvc, graph) }
        if agerrors() > 0 { throw failure(default: "layout with \(engine) reported errors") }

        var result: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        let rendered = format.withCString { gvRenderData(gvc, graph, $0, &result, &length) }
        defer { gvFreeRenderData(result) }
        guard rendered == 0, let result else { throw failure(default: "rendering to \(format) failed") }
        if agerrors() > 0 { throw failure(default: "rendering to \(format) reported errors") }
        return Data(bytes: result, count: Int(length))
    }

    /// Whether circo lays out `graph`: the engine asked for, or the graph's own `layout` attribute
    /// (which Graphviz's `gvLayoutJobs` prefers). Errs on the side of yes: keeping a graph that circo
    /// did not lay out only costs its memory until the next circo job.
    private static func usesCirco(_ graph: UnsafeMutablePointer<Agraph_t>, engine: String) -> Bool {
        func isCirco(_ name: String) -> Bool {
            name.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first?
                .lowercased() == "circo"
        }
        if isCirco(engine) { return true }
        guard let value = "layout".withCString({ agget(UnsafeMutableRawPointer(graph), UnsafeMutablePointer(mutating: $0)) })
        else { return false }
        return isCirco(String(cString: value))
    }

    /// Parses the first graph of `dot` and drains the rest of the text.
    ///
    /// cgraph's scanner is process-wide and is not reset between `agmemread` calls: a syntax error
    /// once reported `line 2` for one-line text after other jobs had run (seen on 2.42 under parallel
    /// tests). `agreadline(1)` restarts line numbering for this job's messages, and draining with
    /// `agmemread("")` until it returns NULL (what viz-js does with `agmemread(NULL)` on newer
    /// Graphviz) leaves nothing of this text in the scanner for the next job.
    private static func parseFirstGraph(_ dot: String) -> UnsafeMutablePointer<Agraph_t>? {
        agreadline(1)
        let graph = dot.withCString { agmemread($0) }
        while let extra = "".withCString({ agmemread($0) }) { agclose(extra) }
        return graph
    }

    /// The error for a failed step: Graphviz's captured messages, or a default text when it said nothing.
    private static func failure(default text: String) -> RenderError {
        let messages = capturedMessages()
        if messages.contains(where: { $0.contains("not recognized") }) {
            return .unavailable(messages.joined(separator: " "))
        }
        return .graphviz(messages: messages.isEmpty ? [text] : messages)
    }

    // MARK: - Process-wide state, only touched under `lock`

    /// Only reachable through `lock`, so its raw pointer never crosses threads unsynchronized.
    struct State: @unchecked Sendable {
        var gvc: OpaquePointer?
        var layouts: Set<String>?
        var formats: Set<String>?
        /// The last graph circo laid out, kept open (layout freed) until the next circo job.
        ///
        /// Graphviz 2.42's circo caches, in function-level statics of `initGraphAttrs`
        /// (`lib/circogen/circular.c`), the root graph it last laid out together with that graph's
        /// `mindist`, `articulation_pos` and `root` attribute symbols, and recognises "the same graph"
        /// by pointer only. Once that graph is closed, a later graph that malloc places at the same
        /// address is taken for it, and circo reads the new graph's attributes through the freed
        /// symbols: `late_double` → `agxget` indexes the attribute record with an id read from freed
        /// memory and dereferences whatever lies there (in the failing test runs, SVG text of an
        /// earlier render) — a SIGSEGV in libgvc. Whether the address repeats depends on the order of
        /// jobs, which is why the crash came and went with the test run's scheduling, and why valgrind
        /// never saw it (its allocator does not hand freed blocks out again soon). Keeping that graph
        /// alive until the next circo layout has started makes a reused address impossible: the
        /// cached pointer always names a live graph, and a new graph is always a different one.
        /// Only reachable under `lock`; never freed (at most one graph for the process).
        var circoGraph: UnsafeMutablePointer<Agraph_t>?
    }

    /// A pthread mutex (`NSLock`) rather than `Synchronization.Mutex`: on Linux the latter waits on a
    /// futex inside the uninstrumented standard library, which ThreadSanitizer cannot see, so every
    /// access under it was reported as a race; with a pthread mutex `scripts/sanitize.sh thread` checks
    /// the locking for real.
    private static let lock = NSLock()
    /// Only read or written while holding `lock`.
    nonisolated(unsafe) private static var state = State()

    /// Runs `body` with the lazily created context while holding the lock.
    static func withContext<R>(_ body: (OpaquePointer, inout State) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        if state.gvc == nil { state.gvc = gvContext() }
        guard let gvc = state.gvc else { fatalError("gvContext() returned NULL (out of memory)") }
        return try body(gvc, &state)
    }

    private static func pluginList(_ gvc: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = kind.withCString({ gvPluginList(gvc, $0, &count, nil) }) else { return [] }
        var names: [String] = []
        for i in 0..<Int(count) {
            if let s = list[i] {
                names.append(String(cString: s))
                free(s)
            }
        }
        free(list)
        return Array(Set(names)).sorted()
    }

    private static func resetErrors() {
        graphvizErrorBuffer = ""
        _ = agseterrf(captureGraphvizError)
        _ = agseterr(AGWARN)
        _ = agreseterrors()
    }

    private static func capturedMessages() -> [String] {
        graphvizErrorBuffer.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

/// Text Graphviz reported during the current job. Only read or written while holding
/// `GraphvizRenderer.lock` (the callback runs inside library calls made under the lock).
nonisolated(unsafe) private var graphvizErrorBuffer = ""

/// The `agseterrf` handler: appends each piece of a message to the buffer.
private let captureGraphvizError: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { piece in
    if let piece { graphvizErrorBuffer += String(cString: piece) }
    return 0
}
