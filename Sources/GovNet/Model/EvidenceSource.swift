/// Where a documented fact (a function assignment) comes from: a published document, an interview, a
/// survey, or an inference by whoever built the network. Recorded with a free-text citation (document
/// title, number, date, section) for documentary data.
public enum EvidenceSource: String, CaseIterable, Hashable, Sendable {
    case document, interview, survey, inferred
}
