/// The running sum of a network's tie weights, which every reader keeps finite.
///
/// Every sum of weights an analysis forms (a department's strength, parallel ties combined, totals) is
/// at most the sum of all weights; two parallel ties of 1.7e308 would combine into an infinite weight
/// without a word. The validator (every format) and the streaming edge-list reader (large edge lists)
/// both add each weight here and refuse the tie that takes the sum past the largest double, naming it
/// and the heaviest tie before it.
struct WeightTotal {
    /// One tie as the message names it.
    struct Tie {
        var from: String, to: String, mechanism: String, weight: Double
    }

    /// The heaviest tie added so far: its index (the caller's), line and weight.
    struct Heaviest {
        var index: Int, line: Int?, weight: Double
    }

    private(set) var total = 0.0
    private(set) var heaviest: Heaviest?

    /// Adds the weight `w` (finite, > 0) of tie `index`.
    /// - Returns: nil while the sum stays finite; else the heaviest earlier tie (the sum is left as it was).
    /// - Complexity: O(1).
    mutating func add(_ w: Double, index: Int, line: Int?) -> Heaviest? {
        if !(total + w).isFinite, let heaviest { return heaviest }
        total += w
        if heaviest.map({ w > $0.weight }) ?? true { heaviest = Heaviest(index: index, line: line, weight: w) }
        return nil
    }

    /// The error of the tie `tie` that took the sum past the largest double, given the heaviest earlier one.
    static func overflowMessage(_ tie: Tie, _ other: Tie, otherLine: Int?) -> Message {
        Message("reader.weights.overflow", [
            ("from", .text(tie.from)), ("to", .text(tie.to)), ("mechanism", .text(tie.mechanism)), ("weight", .text("\(tie.weight)")),
            ("otherFrom", .text(other.from)), ("otherTo", .text(other.to)), ("otherMechanism", .text(other.mechanism)),
            ("otherWeight", .text("\(other.weight)")),
            ("where", otherLine.map { .message(Message("diagnostic.at-line", [("line", .count($0))])) } ?? .empty),
        ])
    }
}
