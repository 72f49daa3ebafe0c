/// A linkage mechanism (a layer of the multiplex network): how two departments are tied.
public struct Mechanism: Hashable, Sendable {
    /// Key used by ties (`command`, `information`, …).
    public var id: String
    /// Display name.
    public var name: String
    /// Whether ties of this mechanism are directed unless a tie says otherwise.
    public var directed: Bool
    /// Chinese name, when known (used by `--lang zh` reports).
    public var nameZh: String?

    public init(id: String, name: String? = nil, directed: Bool = true, nameZh: String? = nil) {
        self.id = id
        self.name = name ?? id
        self.directed = directed
        self.nameZh = nameZh
    }

    /// Command: who directs whom (directed, superior → subordinate).
    public static let command = Mechanism(id: "command", name: "Command and coordination", directed: true, nameZh: "指挥协调")
    /// Information sharing: who reports or passes information to whom (directed, sender → receiver).
    public static let information = Mechanism(id: "information", name: "Information sharing", directed: true, nameZh: "信息共享")
    /// Material support: who supplies materials, funds or equipment to whom (directed, supplier → receiver).
    public static let material = Mechanism(id: "material", name: "Material support", directed: true, nameZh: "物资保障")
    /// Supervision: who oversees or inspects whom (directed, supervisor → supervised).
    public static let supervision = Mechanism(id: "supervision", name: "Supervision", directed: true, nameZh: "监督考核")
    /// Joint prevention and relief operation: who operates together (undirected).
    public static let operation = Mechanism(id: "operation", name: "Joint prevention and relief operation", directed: false, nameZh: "防灾救灾一体化运行")

    /// The five standard mechanisms of the field's analysis of linkage, implied in every network.
    public static let standard: [Mechanism] = [.command, .information, .material, .supervision, .operation]
}
