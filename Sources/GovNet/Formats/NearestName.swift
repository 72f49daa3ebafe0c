/// "Did you mean …?" for an unknown name: the known name nearest to it.
///
/// Definition: the candidate with the smallest Levenshtein distance (insertions, deletions and
/// substitutions of Unicode scalars, each costing 1), compared case-insensitively, provided the
/// distance is at most max(1, ⌊length/3⌋) of the unknown name (so "flood" suggests "flood-control"
/// only when it is that close); ties go to the earliest candidate. Reference: Levenshtein (1966),
/// Wagner & Fischer (1974), doi:10.1145/321796.321811.
///
/// - Complexity: O(c · a · b) for c candidates of length b and a name of length a.
public enum NearestName {
    /// The nearest candidate within the distance limit, or nil.
    public static func suggestion(for name: String, in candidates: [String]) -> String? {
        let a = Array(name.lowercased().unicodeScalars)
        let limit = max(1, a.count / 3)
        var best: (String, Int)?
        for c in candidates {
            let d = distance(a, Array(c.lowercased().unicodeScalars))
            if d <= limit && d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    /// " (did you mean 'X'?)" or empty.
    public static func phrase(for name: String, in candidates: [String]) -> String {
        suggestion(for: name, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count), current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
