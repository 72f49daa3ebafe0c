import Foundation

/// Progress of a long computation on stderr: a bar redrawn in place when stderr is a terminal, else
/// (`lines: true`) one line per tenth, so logs of batch jobs show it too.
///
/// Thread-safe: ``update(_:total:)`` may be called from worker threads in any order.
final class ProgressBar: @unchecked Sendable {
    let total: Int
    let enabled: Bool
    private let label: String
    private let unit: String
    private let terminal = Stderr.isTerminal
    private let lock = NSLock()
    private var shown = -1
    private var drawn = false

    /// - Parameters:
    ///   - total: the count that means done (``update(_:total:)`` may pass another per pass).
    ///   - enabled: whether to show anything.
    ///   - label: what is running, e.g. `simulating` or `exact betweenness`.
    ///   - unit: what is counted, e.g. `runs` or `sources`.
    ///   - lines: when stderr is not a terminal, print a line per tenth instead of nothing.
    init(total: Int, enabled: Bool, label: String = "simulating", unit: String = "runs", lines: Bool = false) {
        self.total = total
        self.label = label
        self.unit = unit
        self.enabled = enabled && (Stderr.isTerminal || lines)
    }

    /// Shows that `done` of `total` (default: the total given at init) are finished.
    func update(_ done: Int, total: Int? = nil) {
        guard enabled else { return }
        let all = total ?? self.total
        lock.lock(); defer { lock.unlock() }
        let percent = all == 0 ? 100 : done * 100 / all
        if terminal {
            guard percent != shown else { return }
            shown = percent
            let filled = percent * 30 / 100
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
            Stderr.raw("\r\(label) [\(bar)] \(done)/\(all) \(unit)")
            drawn = true
        } else {
            let tenth = percent / 10
            // A new pass (done falls back) starts its tenths again.
            if tenth < shown { shown = -1 }
            guard tenth > shown else { return }
            shown = tenth
            Stderr.raw("govnet: \(label): \(percent)% (\(done)/\(all) \(unit))\n")
        }
    }

    /// Clears the bar (terminal) so later output starts on a clean line.
    func finish() {
        guard enabled, terminal, drawn else { return }
        Stderr.raw("\r\u{1B}[K")
    }
}
