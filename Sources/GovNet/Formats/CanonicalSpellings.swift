/// The exact spellings of department ids that Swift's `String` equality would merge.
///
/// Swift compares strings by canonical equivalence, so `café` written with U+00E9 and with `e` + U+0301
/// find the same dictionary entry. Readers keep such a second spelling as another department so that the
/// validator reports the collision; this remembers which spellings were kept, by their exact UTF-8
/// bytes, so that each is added once — without comparing it with every department (which made 50,000
/// colliding pairs take 37 s).
struct CanonicalSpellings {
    private var kept = Set<[UInt8]>()

    /// Whether `id` — canonically equal to `first`, the spelling already known — is spelled differently
    /// and has not been seen yet; it is then recorded.
    /// - Complexity: O(length of `id`); allocates only for a differently spelled id.
    mutating func isNewSpelling(_ id: String, of first: String) -> Bool {
        if first.utf8.elementsEqual(id.utf8) { return false }
        return kept.insert(Array(id.utf8)).inserted
    }
}
