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
    public let rationale = "The coordinating department does not command same-level departments; it must reach those with duties in a function through a headquarters, an agreement or joint work."
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
            let fnames = fids.map { fid in context.network.functions.first { $0.id == fid }?.name ?? fid }
            // A hosted body that already holds a role in the function: membership is the instrument.
            let body = hosted.first { b in fids.contains { bodyFunctions[b]!.contains($0) } }
            let how = body.map { "make \(context.name(dep)) a member unit of \(context.name($0)), whose office \(context.name(center)) hosts, with its duties in \(fnames.joined(separator: ", ")) written into the plan" }
                ?? "sign \(context.instrumentName(.linkageAgreement)) between \(context.name(center)) and \(context.name(dep)) for \(fnames.joined(separator: ", ")), reviewed in \(context.instrumentName(.jointMeeting))"
            findings.append(Finding(
                rule: id, severity: leads ? .high : .medium, mechanism: "all", category: "coordination",
                departments: [dep, center], functions: fids,
                evidence: [("center", .string(center)), ("relationship", .string(cls.rawValue)), ("functions_unreached", .number(Double(fids.count))),
                           ("leads_one", .bool(leads))],
                explanation: "\(context.name(center)) does not lead \(context.name(dep)) (\(Self.relationshipPhrase(cls))), and no headquarters, agreement or joint work binds them for \(fnames.joined(separator: ", ")), where \(context.name(dep)) has a \(leads ? "leading" : "supporting") role.",
                recommendation: "To coordinate rather than command, \(how).",
                problem: .noCoordinationReach, instrument: body == nil ? .linkageAgreement : .headquartersMembership))
        }
        return findings
    }

    static func relationshipPhrase(_ c: RelationshipClass) -> String {
        switch c {
        case .sameLevel: return "a same-level department it does not lead"
        case .verticalOrDual: return "vertically or dually managed"
        case .subordinateOfOther: return "a unit of another department"
        case .soe: return "a state-owned enterprise"
        case .military: return "a military or armed police unit"
        case .ngo: return "a social organisation"
        default: return c.rawValue
        }
    }
}
