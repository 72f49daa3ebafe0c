import ArgumentParser
import Foundation
import GovNet

/// The documented range of every numeric option, checked when the command line is parsed (a usage
/// error, exit 64, naming the range), so no value can ask for unbounded work, overflow a count or
/// size an allocation the machine does not have. docs/limits.md lists them; each option's help shows
/// its range.
///
/// Beyond its range an option is refused; inside it, work whose memory depends on the network too
/// (random-failure runs) is checked against ``memoryBudget`` once the network is read, before anything
/// is allocated (``checkMemory(_:bytes:advice:)``).
enum OptionRanges {
    /// QAP and MRQAP permutations (`compare`, `qap`): 100,000 give p-values to 1e-5.
    static let permutations = 0...100_000
    /// Random-failure runs of `simulate --random` (at least one).
    static let simulateRuns = 1...100_000
    /// Random-failure runs of `report --random-runs` and `export --runs` (0: none).
    static let randomRuns = 0...100_000
    /// `render --radius`: a radius beyond the number of departments draws the same diagram.
    static let radius = 0...10_000
    /// `suggest --budget`: ties proposed.
    static let budget = 0...1_000
    /// `metrics --sample`: sampled sources (at least the departments computes the exact value).
    static let sample = 1...Int(Int32.max)
    /// `simulate --recompute-limit`: departments.
    static let recomputeLimit = 0...10_000_000
    /// `metrics --epsilon`: below 0.001 the Riondato–Kornaropoulos sample (∝ 1/ε²) outgrows memory.
    static let epsilon = 0.001...0.5
    /// `metrics --delta`: below 1e-6 the sample grows by ln(1/δ) for no practical gain.
    static let delta = 0.000_001...0.5
    /// `--tolerance` of the iterative centralities: 1e-15 is double precision; above 0.1 nothing converges usefully.
    static let tolerance = 1e-15...0.1

    /// Memory a single request may plan to use: 1 GiB.
    static let memoryBudget = 1 << 30

    /// The range as help text: "0–100,000".
    static func text<T>(_ range: ClosedRange<T>) -> String {
        "\(number(range.lowerBound))–\(number(range.upperBound))"
    }

    /// Throws a usage error unless `value` lies in `range`.
    static func check<T: Comparable>(_ value: T, _ range: ClosedRange<T>, _ option: String) throws {
        guard !range.contains(value) else { return }
        throw ValidationError("\(option) must be between \(number(range.lowerBound)) and \(number(range.upperBound)) (got \(number(value)))")
    }

    /// Throws a usage error when planned work needs more than ``memoryBudget`` bytes.
    /// - Parameters:
    ///   - option: the option that asks for the work (`--random`), with its value `runs`, on `departments`.
    ///   - bytes: its estimate (`nil` when the estimate itself overflows).
    ///   - language: the language of the message (`cli.memory`; the advice is to use fewer runs).
    static func checkMemory(_ option: String, runs: Int, departments: Int, bytes: Int?, _ language: ReportLanguage = .en) throws {
        if let bytes, bytes <= memoryBudget { return }
        let size = bytes.map { String(format: "%.1f GB", Double($0) / 1e9) } ?? "> 9 EB"
        throw CommandErrors.error("cli.memory", [("option", .text(option)), ("runs", .count(runs)), ("departments", .count(departments)),
                                                 ("size", .text(size)), ("limit", .count(memoryBudget >> 30))], language)
    }

    private static func number<T>(_ x: T) -> String {
        switch x {
        case let i as Int: return i.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
        case let d as Double: return "\(d)"
        default: return "\(x)"
        }
    }
}

extension RandomFailures {
    /// Memory `runs` random-failure curves on `nodes` departments hold at once: per run an order
    /// (`Int32` per department) and five per-step series of `Double` (n + 1 steps), plus the per-step
    /// columns of the bands; `nil` when the product overflows.
    static func estimatedBytes(runs: Int, nodes: Int) -> Int? {
        let perRun = (nodes + 1).multipliedReportingOverflow(by: 5 * 8 + 4)
        guard !perRun.overflow else { return nil }
        let all = perRun.partialValue.multipliedReportingOverflow(by: runs + 1)
        return all.overflow ? nil : all.partialValue
    }
}
