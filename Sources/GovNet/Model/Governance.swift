/// How a department is managed (块/条): by the local government, by its own upper-level system, or by
/// both (dual leadership, 双重领导; the first `led_by` entry is the primary leader).
///
/// Source: territorial management first (属地管理为主); taxation and customs are vertically managed;
/// meteorological bureaus are under dual leadership with the upper-level meteorological
/// administration primary (see docs/governance.md).
public enum Management: String, CaseIterable, Hashable, Sendable {
    case local, vertical, dual
}

/// The kind of a command tie (`relation`).
///
/// - `leadership` (领导): binding; the target is subordinate to the source (`led_by`).
/// - `guidance` (业务指导): professional guidance from an upper-level department of the same sector
///   — standards, training, advice, not orders.
/// - `coordination` (协调): convening and coordinating departments it does not lead.
/// - `direction` (指挥): a headquarters directing its member units and responders during an activated
///   response (统一指挥 under the Emergency Response Law) — legitimate across departments.
public enum CommandRelation: String, CaseIterable, Hashable, Sendable {
    case leadership, guidance, coordination, direction
}

/// The four stages of the Emergency Response Law (突发事件应对法): 预防与应急准备, 监测与预警,
/// 应急处置与救援, 事后恢复与重建.
public enum Phase: String, CaseIterable, Hashable, Sendable, Comparable {
    case preventionPreparedness = "prevention-preparedness"
    case monitoringWarning = "monitoring-warning"
    case responseRescue = "response-rescue"
    case recoveryReconstruction = "recovery-reconstruction"

    private var order: Int { Phase.allCases.firstIndex(of: self)! }
    public static func < (a: Phase, b: Phase) -> Bool { a.order < b.order }
}

/// A department's role on a two-mode (affiliation) tie, the `role` of the tie:
/// - on `membership` ties, its role in a coordinating body (headquarters, committee): chief, deputy
///   chief, the department hosting the body's office (办公室), or a member unit (成员单位);
/// - on `drafting` ties, its role in writing an emergency plan: the drafting unit (承办单位,
///   `drafting-lead`) or a co-drafting unit (协办单位, `drafting-co`). Drafting roles say who was to
///   write a plan, not who leads the response the plan prescribes.
public enum AffiliationRole: String, CaseIterable, Hashable, Sendable {
    case chair, deputy, office, member
    case draftingLead = "drafting-lead", draftingCo = "drafting-co"

    /// The mechanism whose ties take this role.
    public var mechanism: String {
        switch self {
        case .chair, .deputy, .office, .member: Mechanism.membership.id
        case .draftingLead, .draftingCo: Mechanism.drafting.id
        }
    }

    /// The roles ties of `mechanism` take (empty for other mechanisms).
    public static func roles(of mechanism: String) -> [AffiliationRole] { allCases.filter { $0.mechanism == mechanism } }
}

extension Mechanism {
    /// Membership of a coordinating body (成员单位): a tie from a member department to a headquarters or
    /// committee, with `role` chair, deputy, office or member. Two-mode (affiliation) data: left out of
    /// one-mode metric views by default.
    public static let membership = Mechanism(id: "membership", name: "Membership of a coordinating body", directed: true, nameZh: "议事协调机构成员")
    /// Drafting of an emergency plan (预案编制): a tie from a department to a plan, with `role`
    /// drafting-lead (承办单位) or drafting-co (协办单位). Two-mode (affiliation) data like membership.
    public static let drafting = Mechanism(id: "drafting", name: "Drafting of an emergency plan", directed: true, nameZh: "预案编制")
    /// The affiliation mechanisms every network knows without declaring them.
    public static let affiliation: [Mechanism] = [.membership, .drafting]
}
