/// What kind of linkage problem a finding is: the remedies follow from the problem, whatever the
/// mechanism (the table is documented in docs/diagnosis.md).
///
/// The five remedies are those proposed by research on municipal emergency linkage; the mapping:
/// informal or missing basis of a critical tie → legal foundation; missing, overlapping or unlinked
/// leads, and uncovered accountability → clear rights and responsibilities; one-way or missing
/// information → unimpeded information channels; material gaps, an overloaded hub → optimised
/// resources; departments that share a hazard's functions but do not operate or plan together →
/// unify targets.
public enum ProblemType: String, CaseIterable, Sendable, Hashable {
    case informalBasis = "informal-basis"
    case missingLead = "missing-lead"
    case overlappingLeads = "overlapping-leads"
    case unlinkedLead = "unlinked-lead"
    case accountabilityGap = "accountability-gap"
    case oneWayInformation = "one-way-information"
    case missingInformation = "missing-information"
    case materialGap = "material-gap"
    case overloadedHub = "overloaded-hub"
    case noJointWork = "no-joint-work"
    case noCoordinationReach = "no-coordination-reach"
    case membershipWithoutLinkage = "membership-without-linkage"

    /// The remedies, the main one first.
    public var remedies: [Remedy] {
        switch self {
        case .informalBasis: return [.legalFoundation]
        case .missingLead, .overlappingLeads, .unlinkedLead: return [.clearResponsibilities]
        case .accountabilityGap: return [.clearResponsibilities, .legalFoundation]
        case .oneWayInformation, .missingInformation: return [.informationChannels]
        case .materialGap: return [.optimisedResources]
        case .overloadedHub: return [.optimisedResources, .informationChannels]
        case .noJointWork: return [.unifyTargets]
        case .noCoordinationReach: return [.unifyTargets, .clearResponsibilities]
        case .membershipWithoutLinkage: return [.informationChannels, .unifyTargets]
        }
    }
}

/// A concrete linkage instrument that exists in Chinese local emergency management (docs/governance.md),
/// named by every recommendation.
public enum Instrument: String, CaseIterable, Sendable, Hashable {
    /// 联席会议制度.
    case jointMeeting = "joint-meeting"
    /// 联动协议 / 合作协议.
    case linkageAgreement = "linkage-agreement"
    /// Membership of a headquarters or committee (成员单位).
    case headquartersMembership = "headquarters-membership"
    /// A shared information platform or duty-room link (信息平台, 值班值守).
    case informationPlatform = "information-platform"
    /// A material reserve and call-up agreement (物资储备、调用协议).
    case materialAgreement = "material-agreement"
    /// 联合演练.
    case jointDrill = "joint-drill"
    /// An assessment (考核) line from the government.
    case assessmentLine = "assessment-line"
    /// A provision of the emergency plan or a regulation (预案, 规章) that names the duty.
    case planProvision = "plan-provision"
}
