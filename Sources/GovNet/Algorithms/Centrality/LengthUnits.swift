/// Edge lengths as whole multiples of one power-of-two quantum, for Dial's bucket queue.
///
/// When every length is an exact multiple of a power of two q — lengths such as 0.25, 0.5, 1, 2 or
/// 1, 2, 3 (weights 4, 2, 1, 0.5 under 1/weight; integer weights as lengths) — and none exceeds
/// ``maximumUnit`` quanta, every path length is an integer number of quanta, every floating-point sum
/// of lengths is exact, and Dijkstra's algorithm can keep its frontier in ``span`` buckets instead of
/// a heap (``ShortestPathSearch/dijkstra(from:_:counting:)``). Since the sums are exact, ties between
/// path lengths — and so the paths counted — are exactly those of the heap version and of NetworkX.
/// Lengths such as 1/3 (weight 3 under 1/weight) have no such quantum: the heap is used.
struct LengthUnits {
    /// Quanta per slot, in lock-step with the lengths.
    let units: [Int32]
    /// One more than the largest number of quanta: the number of buckets of Dial's queue.
    let span: Int

    /// The largest length, in quanta, for which buckets are used (a larger span makes the scan over
    /// empty buckets cost more than the heap saves).
    static let maximumUnit = 4_096

    /// The quanta of `lengths`, or nil when some length is not a positive normal number, when the
    /// lengths have no common power-of-two quantum within ``maximumUnit``, or when there are none.
    /// - Complexity: O(m).
    init?(_ lengths: [Double]) {
        guard !lengths.isEmpty else { return nil }
        // The quantum: the smallest lowest-set-bit value over all lengths (a power of two dividing each).
        var smallestExponent = Int.max
        for x in lengths {
            guard x.isNormal, x > 0 else { return nil }
            let significand = x.significandBitPattern | (1 << UInt64(Double.significandBitCount))
            let lowBit = Int(x.exponent) - Double.significandBitCount + significand.trailingZeroBitCount
            smallestExponent = Swift.min(smallestExponent, lowBit)
        }
        let quantum = Double(sign: .plus, exponent: smallestExponent, significand: 1)
        guard quantum.isNormal else { return nil }
        var units = [Int32](repeating: 0, count: lengths.count)
        var largest: Int32 = 0
        for (i, x) in lengths.enumerated() {
            let u = x / quantum  // exact: x is a multiple of the power of two `quantum`
            guard u <= Double(Self.maximumUnit) else { return nil }
            units[i] = Int32(u)
            largest = Swift.max(largest, units[i])
        }
        self.units = units
        span = Int(largest) + 1
    }
}
