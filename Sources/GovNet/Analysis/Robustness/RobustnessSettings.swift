import Foundation

/// How findings and metrics are put under perturbation (`--robustness DRAWS[,RATE]`, `--seed`), and
/// how shares become labels. Defaults are documented in docs/robustness.md.
public struct RobustnessSettings: Sendable, Hashable {
    /// Perturbed networks per perturbation (deletion, addition; non-response uses at most this many
    /// departments). 0 turns robustness off.
    public var draws: Int
    /// Deletion rate p: the expected share of working ties removed in a deletion draw.
    public var rate: Double
    /// Addition rate: each addition draw adds round(rate × ties of the mechanism) plausible missing
    /// ties to each working mechanism. Defaults to ``rate``.
    public var additionRate: Double
    /// Seed of the draws; draw i of a perturbation uses a seed derived from (seed, perturbation, i).
    public var seed: UInt64
    /// A finding is `robust` when its lowest share is at least this (0.9).
    public var robustShare: Double = 0.9
    /// … `likely` when its lowest share is at least this (0.5), else `fragile`.
    public var likelyShare: Double = 0.5
    /// A threshold rule's evidence within this fraction of the threshold (|value − threshold| ≤
    /// margin × |threshold|) carries a near-threshold note (0.2).
    public var margin: Double = 0.2

    /// Draws used by `diagnose` and `report` when `--robustness` is not given: enough for a label
    /// (standard error at most 0.05), few enough to keep the report fast.
    public static let defaultDraws = 100
    /// The default deletion (and addition) rate, 10%.
    public static let defaultRate = 0.1

    public init(draws: Int = RobustnessSettings.defaultDraws, rate: Double = RobustnessSettings.defaultRate,
                additionRate: Double? = nil, seed: UInt64 = 1) {
        self.draws = draws
        self.rate = rate
        self.additionRate = additionRate ?? rate
        self.seed = seed
    }

    /// Robustness turned off (`--robustness 0`): no draws.
    public static let off = RobustnessSettings(draws: 0)

    /// Whether any draw is asked for.
    public var isEnabled: Bool { draws > 0 }

    /// Parses `DRAWS[,RATE]` as given to `--robustness` (e.g. `500,0.1`; `0` turns robustness off).
    /// - Returns: `nil` with a message when the text is not two numbers in range.
    public static func parse(_ text: String, seed: UInt64) -> Result<RobustnessSettings, RobustnessSpecError> {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let draws = Int(parts[0]), (0...maximumDraws).contains(draws) else {
            return .failure(RobustnessSpecError(text: text, reason: "expected DRAWS[,RATE] with DRAWS a whole number from 0 to \(maximumDraws) (0 turns robustness off), e.g. 500,0.1"))
        }
        var rate = defaultRate
        if parts.count == 2 {
            guard let r = Double(parts[1]), r.isFinite, r > 0, r < 1 else {
                return .failure(RobustnessSpecError(text: text, reason: "RATE must be a number between 0 and 1 (exclusive), e.g. 0.1 for 10% of ties"))
            }
            rate = r
        }
        return .success(RobustnessSettings(draws: draws, rate: rate, seed: seed))
    }

    /// Upper bound on `DRAWS` (a typo guard: 100 000 draws of every rule is hours of work).
    public static let maximumDraws = 100_000

    /// The label of a lowest share under these thresholds.
    public func label(_ lowestShare: Double) -> RobustnessLabel {
        lowestShare >= robustShare ? .robust : lowestShare >= likelyShare ? .likely : .fragile
    }
}

/// A rejected `DRAWS[,RATE]` robustness value.
public struct RobustnessSpecError: Error, Sendable, CustomStringConvertible {
    public let text: String
    public let reason: String
    public var description: String { "'\(text)': \(reason)" }
}

/// How sure a finding is: from the lowest of its deletion, addition and non-response shares.
public enum RobustnessLabel: String, Sendable, Hashable, CaseIterable {
    case robust, likely, fragile
}
