/// The three ways a robustness draw changes the recorded network, plus weight jitter.
///
/// - ``deletion``: each working tie is removed with probability proportional to its uncertainty
///   (``PerturbationModel``), the expected share removed being the rate: ties missed or misreported.
/// - ``addition``: plausible missing ties are added (pairs at the same level, sharing a function or
///   a coordinating body): ties that exist but were never recorded.
/// - ``nonresponse``: every working tie reported by one department is dropped (survey non-response);
///   the reporter is the tie's `reported_by` attribute, else its `from` end.
/// - ``jitter``: every ordinal weight moves by −1, 0 or +1 (weighted metrics only).
public enum Perturbation: String, Sendable, Hashable, CaseIterable {
    case deletion, addition, nonresponse, jitter

    /// The salt separating the random streams of the perturbations.
    var stream: UInt64 {
        switch self {
        case .deletion: 1
        case .addition: 2
        case .nonresponse: 3
        case .jitter: 4
        }
    }

    /// The seed of draw `i`: a SplitMix64 mix of (seed, perturbation, i), so that a draw's network
    /// depends on nothing else — not the thread that computes it, nor the number of draws.
    /// - Complexity: O(1).
    public func seed(_ seed: UInt64, draw i: Int) -> UInt64 {
        var a = SeededGenerator(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        var b = SeededGenerator(seed: a.next() ^ (UInt64(i) &* 0x9E37_79B9_7F4A_7C15))
        return b.next()
    }
}

/// One perturbed network as indices into a ``PerturbationModel``: the recorded ties kept, the
/// candidates added, and (after jitter) the weights. No strings: a draw is built in O(ties + added).
public struct PerturbedTies: Sendable, Hashable {
    /// Indices into `network.ties` of the ties kept, ascending.
    public var kept: [Int32]
    /// Indices into ``PerturbationModel/candidates`` of the ties added, ascending.
    public var added: [Int32]
    /// Weight of each kept tie (parallel to ``kept``) when jittered, else empty.
    public var weights: [Double]
}
