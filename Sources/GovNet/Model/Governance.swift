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

/// A member's role in a coordinating body (headquarters, committee): chief, deputy chief, the
/// department hosting the body's office (办公室), or a member unit (成员单位).
public enum MembershipRole: String, CaseIterable, Hashable, Sendable {
    case chair, deputy, office, member
}

extension Mechanism {
    /// Membership of a coordinating body (成员单位): a tie from a member department to a headquarters or
    /// committee, with `role` chair, deputy, office or member. Two-mode (affiliation) data: left out of
    /// one-mode metric views by default.
    public static let membership = Mechanism(id: "membership", name: "Membership of a coordinating body", directed: true, nameZh: "议事协调机构成员")
}
