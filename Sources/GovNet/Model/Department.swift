/// A department (node): a bureau, an agency, a company or a coordinating body that takes part in
/// emergency linkage.
public struct Department: Hashable, Sendable {
    /// Stable key, unique within a network (e.g. `EMB`). Ties and assignments refer to it.
    public var id: String
    /// Display name in any language (e.g. `Emergency Management Bureau`).
    public var name: String
    /// Names per language code (`zh`, `en`, `ja`, …).
    public var names: [String: String]
    /// Sector: `emergency-management`, `fire-rescue`, `public-security`, `health`, `water`, … (free text).
    public var kind: String?
    /// Administrative level: `national`, `provincial`, `municipal`, `county`, `township` (free text).
    public var level: String?
    /// Ids of departments of an earlier network that this one continues (merges, renames), for comparison.
    public var formerly: [String]
    /// Free attributes (e.g. staff counts, formalization score).
    public var attributes: [String: AttributeValue]
    /// The departments or governments it is subordinate to (隶属, `led_by`); under dual leadership
    /// (双重领导) the first is the primary leader. Empty: not recorded.
    public var ledBy: [String]
    /// How it is managed: local (块), vertical (条) or dual; `nil` when not recorded.
    public var management: Management?
    /// Marks the coordinating department of the network (`coordinator: true`).
    public var coordinator: Bool

    public init(id: String, name: String? = nil, names: [String: String] = [:], kind: String? = nil,
                level: String? = nil, formerly: [String] = [], attributes: [String: AttributeValue] = [:],
                ledBy: [String] = [], management: Management? = nil, coordinator: Bool = false) {
        self.id = id
        self.name = name ?? id
        self.names = names
        self.kind = kind
        self.level = level
        self.formerly = formerly
        self.attributes = attributes
        self.ledBy = ledBy
        self.management = management
        self.coordinator = coordinator
    }

    /// The label to show for a language code: `names[lang]` when present, else `name`.
    public func label(language: String?) -> String {
        if let language, let n = names[language], !n.isEmpty { return n }
        return name
    }

    /// The value of a grouping attribute: `kind`, `level`, or a key of ``attributes``.
    public func group(_ attribute: String) -> String? {
        switch attribute {
        case "kind": return kind
        case "level": return level
        case "management": return management?.rawValue
        case "id": return id
        case "name": return name
        default: return attributes[attribute]?.description
        }
    }
}
