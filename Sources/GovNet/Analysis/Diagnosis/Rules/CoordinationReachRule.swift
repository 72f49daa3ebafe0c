/// **No coordination reach**: a department the centre does not lead (same-level, vertically or dually
/// managed, a unit of another department, an enterprise, the armed forces, an NGO) that holds a role in
/// a function, and that the centre reaches by no coordination instrument for that function.
///
/// Reached for function F when: it is a member of a coordinating body whose office the centre hosts
/// and which holds a role in F (membership reaches for the body's functions only; a body with no
/// function recorded reaches for all); or it has a direct working tie with the centre (joint operation
/// either way, material either way, information both ways), a coordination command tie from the
/// centre, or any tie with the centre resting on an agreement. A unit of another department is
/// coordinated through the department that leads it and is not flagged itself. Detects: a department with duties in a hazard that no joint
/// meeting, headquarters or agreement binds to the centre. Must not flag: the centre's subordinates,
/// its leaders, higher or lower levels, coordinating bodies; and it never asks for command.
public struct CoordinationReachRule: DiagnosisRule {
    public let id = "no-coordination-reach"
    public init() {}

    static let coordinated: Set<RelationshipClass> = [.sameLevel, .verticalOrDual, .soe, .military, .ngo]

    public func findings(in context: DiagnosisContext) -> [Finding] {
        guard let center = context.center, !context.network.functions.isEmpty else { return [] }
        let s = context.structure
        // Direct coordination with the centre.
        var out = Set<String>(), into = Set<String>(), direct = Set<String>()
        for t in context.network.ties where t.from == center || t.to == center {
            let other = t.from == center ? t.to : t.from
            if t.basis == .agreement { direct.insert(other) }
            switch t.mechanism {
            case "operation", "material": direct.insert(other)
            case "command": if t.relation == .coordination && t.from == center { direct.insert(other) }
            case "information":
                if t.from == center { out.insert(other) } else { into.insert(other) }
                if !context.network.isDirected(t) { direct.insert(other) }
            default: continue
            }
        }
        direct.formUnion(out.intersection(into))
        let hosted = s.hostedBodies
        let bodyFunctions = Dictionary(uniqueKeysWithValues: hosted.map { ($0, Set(s.functions(of: $0))) })
        func reached(_ id: String, for f: String) -> Bool {
            if direct.contains(id) { return true }
            for b in s.hostedBodies(reaching: id) where bodyFunctions[b]!.isEmpty || bodyFunctions[b]!.contains(f) { return true }
            return false
        }
        var findings: [Finding] = []
        var roles: [String: [(String, Role)]] = [:]
        for f in context.network.functions { for a in f.assignments { roles[a.department, default: []].append((f.id, a.role)) } }
        for dep in roles.keys.sorted() {
            // A unit of another department is coordinated through the department that leads it: the
            // finding, if any, is about that department.
            guard let cls = s.relationship(of: dep), Self.coordinated.contains(cls), cls != .subordinateOfOther else { continue }
            let missing = roles[dep]!.filter { !reached(dep, for: $0.0) }
            guard !missing.isEmpty else { continue }
            let fids = missing.map(\.0)
            let leads = missing.contains { $0.1 != .support }
            // A hosted body that already holds a role in the function: membership is the instrument.
            let body = hosted.first { b in fids.contains { bodyFunctions[b]!.contains($0) } }
            let how = body.map { Message("finding.no-coordination-reach.how.membership", [("department", context.department(dep)), ("body", context.department($0)),
                                                                                        ("centre", context.department(center)), ("functions", context.functions(fids))]) }
                ?? Message("finding.no-coordination-reach.how.agreement", [("agreement", .instrument(.linkageAgreement)), ("centre", context.department(center)),
                                                                         ("department", context.department(dep)), ("functions", context.functions(fids)),
                                                                         ("meeting", .instrument(.jointMeeting))])
            findings.append(Finding(
                rule: id, severity: leads ? .high : .medium, mechanism: "all", category: "coordination",
                departments: [dep, center], functions: fids,
                evidence: [("center", .string(center)), ("relationship", .string(cls.rawValue)), ("functions_unreached", .number(Double(fids.count))),
                           ("leads_one", .bool(leads))],
                explanation: Message("finding.no-coordination-reach.explanation", [
                    ("centre", context.department(center)), ("department", context.department(dep)), ("relationship", Self.relationshipPhrase(cls)),
                    ("functions", context.functions(fids)), ("role", .message(Message(leads ? "role.leading" : "role.supporting")))]),
                recommendation: Message("finding.no-coordination-reach.recommendation", [("how", .message(how))]),
                problem: .noCoordinationReach, instrument: body == nil ? .linkageAgreement : .headquartersMembership))
        }
        return findings
    }

    /// The relationship class as a sentence names it (catalogue `relationship.<class>`).
    static func relationshipPhrase(_ c: RelationshipClass) -> MessageArgument {
        .message(Message("relationship.\(c.rawValue)"))
    }
}
