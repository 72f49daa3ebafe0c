/// A department's role in a responsibility.
public enum Role: String, CaseIterable, Hashable, Sendable, Comparable {
    case lead
    case coLead = "co-lead"
    case support

    private var order: Int { switch self { case .lead: 0; case .coLead: 1; case .support: 2 } }
    public static func < (a: Role, b: Role) -> Bool { a.order < b.order }
}

/// One department's assignment to a function, with where the assignment is documented when known.
public struct Assignment: Hashable, Sendable {
    public var department: String
    public var role: Role
    /// Kind of evidence for the assignment (`document` for documentary data).
    public var source: EvidenceSource?
    /// The document (title, number, date, section) that assigns it.
    public var citation: String?
    public init(department: String, role: Role, source: EvidenceSource? = nil, citation: String? = nil) {
        self.department = department
        self.role = role
        self.source = source
        self.citation = citation
    }
}

/// A function (responsibility) such as flood control, with the departments that lead, co-lead and
/// support it — one column of the department × function matrix (like the US Emergency Support
/// Function matrix).
public struct Function: Hashable, Sendable {
    public var id: String
    public var name: String
    /// Chinese (or other language) names.
    public var names: [String: String]
    public var assignments: [Assignment]

    public init(id: String, name: String? = nil, names: [String: String] = [:], assignments: [Assignment] = []) {
        self.id = id
        self.name = name ?? id
        self.names = names
        self.assignments = assignments
    }

    /// Department ids with the given role, in assignment order.
    public func departments(withRole role: Role) -> [String] {
        assignments.filter { $0.role == role }.map(\.department)
    }
}
