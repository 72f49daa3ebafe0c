/// The legal or institutional foundation of a tie.
public enum Basis: String, CaseIterable, Hashable, Sendable {
    case law, regulation, plan, agreement, informal
}

/// A tie (edge) of one mechanism between two departments. Parallel ties of different mechanisms are
/// normal: the network is multiplex.
public struct Tie: Hashable, Sendable {
    /// Department id of the source (for directed ties) or one end.
    public var from: String
    /// Department id of the target or the other end.
    public var to: String
    /// Mechanism id.
    public var mechanism: String
    /// Strength or frequency, finite and > 0. Defaults to 1.
    public var weight: Double
    /// Explicit direction; `nil` takes the mechanism's default (see ``Network/isDirected(_:)``).
    public var directed: Bool?
    /// Legal foundation, when recorded.
    public var basis: Basis?
    /// Free attributes.
    public var attributes: [String: AttributeValue]

    public init(from: String, to: String, mechanism: String, weight: Double = 1, directed: Bool? = nil,
                basis: Basis? = nil, attributes: [String: AttributeValue] = [:]) {
        self.from = from
        self.to = to
        self.mechanism = mechanism
        self.weight = weight
        self.directed = directed
        self.basis = basis
        self.attributes = attributes
    }
}
