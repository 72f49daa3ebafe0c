/// A department's institutional relationship to the coordinating department (the centre): what the
/// centre may ask of it, and by which instrument. The classes follow territorial management and the
/// split between vertical lines and territorial blocks (条块); see docs/governance.md.
///
/// The raw values are the group labels of `--groups relationship`.
public enum RelationshipClass: String, CaseIterable, Hashable, Sendable {
    /// The coordinating department itself.
    case centre
    /// A government (or department) the centre is led by.
    case leader
    /// Led by the centre, directly or through its own subordinates (隶属): the only departments the
    /// centre commands.
    case subordinate
    /// A working department of the same government that the centre does not lead (非隶属关系的同级部门):
    /// reached by coordination, not command.
    case sameLevel = "same-level"
    /// A unit led by another same-level department (e.g. an emergency medical centre under the health
    /// commission).
    case subordinateOfOther = "subordinate-of-other"
    /// Managed vertically or under dual leadership by its own upper-level system (条).
    case verticalOrDual = "vertical-or-dual"
    /// At a higher administrative level than the centre.
    case higherLevel = "higher-level"
    /// At a lower administrative level than the centre.
    case lowerLevel = "lower-level"
    /// Military and armed police units (kind `military` or `armed-police`).
    case military
    /// State-owned enterprises (central or local): kinds `soe`, `utility`, `telecom`, `enterprise`.
    case soe
    /// NGOs and social organisations (kinds `ngo`, `social-organisation`, `volunteer`).
    case ngo
    /// Headquarters, committees and councils (议事协调机构).
    case coordinatingBody = "coordinating-body"

    /// Kinds read as military or armed police.
    static let militaryKinds: Set<String> = ["military", "armed-police", "militia"]
    /// Kinds read as state-owned enterprises.
    static let soeKinds: Set<String> = ["soe", "state-owned-enterprise", "enterprise", "utility", "telecom"]
    /// Kinds read as NGOs and social organisations.
    static let ngoKinds: Set<String> = ["ngo", "social-organisation", "social-organization", "volunteer", "charity"]
    /// Kinds read as coordinating bodies; the emergency committee (应急委员会) is one, and also an
    /// assessor (``SupervisionGapRule``).
    static let bodyKinds: Set<String> = ["coordinating-body", "headquarters", "committee", "council", "emergency-committee"]
    /// Kinds read as governments.
    static let governmentKinds: Set<String> = ["government"]

    /// Rank of an administrative level (smaller is higher); `nil` when the level is unknown.
    public static func levelRank(_ level: String?) -> Int? {
        switch level?.lowercased() {
        case "national", "central": return 0
        case "provincial", "province": return 1
        case "municipal", "prefectural", "prefecture", "city": return 2
        case "county", "district": return 3
        case "township", "town", "street", "subdistrict": return 4
        case "village", "community": return 5
        default: return nil
        }
    }
}
