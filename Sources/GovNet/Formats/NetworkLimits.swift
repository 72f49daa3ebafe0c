/// Limits on a network's structure that keep every analysis bounded.
public enum NetworkLimits {
    /// Most distinct mechanisms (declared or used by a tie) in one network: 100. Emergency linkage has a
    /// handful (command, information, material, supervision, operation…); every per-mechanism analysis
    /// costs a pass over the ties, so 30,000 mechanisms — a column of unique labels read as mechanisms —
    /// took minutes.
    public static let maxMechanisms = 100

    /// The message for a file with more mechanisms than ``maxMechanisms``.
    static func tooManyMechanisms(_ example: String) -> Message {
        Message("reader.limits.too-many-mechanisms", [("limit", .count(maxMechanisms)), ("example", .text(String(example.prefix(40))))])
    }
}
