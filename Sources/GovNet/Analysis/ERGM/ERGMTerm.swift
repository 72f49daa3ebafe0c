import Foundation

/// One term of an exponential random graph model, as R's `ergm` (version 4) defines it, with its
/// arguments resolved. The statistic g(y) and its change statistic are in ``ERGMChangeStatistics``.
///
/// Definitions (Morris, Handcock & Hunter 2008, doi:10.18637/jss.v024.i04; ergm's `ergm-terms`),
/// y the tie indicators, d the degrees, r = 1 − e^(−α):
/// - `edges` Σ y_ij; `mutual` (directed) Σ_{i<j} y_ij y_ji;
/// - `triangle` the triangles (undirected) or, directed, transitive plus cyclic triples (ergm's
///   `ttriple + ctriple`);
/// - `kstar(k)` Σ_i C(d_i, k) (undirected); `istar(k)`, `ostar(k)` with in- and out-degrees (directed);
/// - `gwesp(α, fixed)` e^α Σ_k (1 − r^k) EP_k with EP_k the edges with k shared partners (directed:
///   outgoing two-paths, OTP: k with i → k → j); `gwdsp` the same over all dyads (DP_k);
///   `gwdegree`, `gwidegree`, `gwodegree` e^α Σ_k (1 − r^k) D_k over the degree distribution;
/// - `nodecov(a)` Σ y_ij (a_i + a_j); `absdiff(a)` Σ y_ij |a_i − a_j|;
/// - `nodefactor(a)` per level ℓ but the first (sorted) Σ y_ij ([a_i = ℓ] + [a_j = ℓ]);
/// - `nodematch(a)` Σ y_ij [a_i = a_j]; `nodematch(a, diff)` one statistic per level ℓ,
///   Σ y_ij [a_i = a_j = ℓ];
/// - `edgecov(X)` Σ y_ij x_ij.
public enum ERGMTerm: Sendable, Hashable {
    case edges
    case mutual
    case triangle
    case kstar(Int)
    case istar(Int)
    case ostar(Int)
    case gwesp(Double)
    case gwdsp(Double)
    case gwdegree(Double)
    case gwidegree(Double)
    case gwodegree(Double)
    case nodecov(String)
    case absdiff(String)
    case nodefactor(String)
    case nodematch(String, diff: Bool)
    case edgecov(String)

    /// The term names the parser knows, for suggestions.
    public static let names = ["edges", "mutual", "triangle", "kstar", "istar", "ostar", "gwesp", "gwdsp", "gwdegree",
                               "gwidegree", "gwodegree", "nodecov", "absdiff", "nodefactor", "nodematch", "edgecov"]

    /// Whether the term's change statistic depends on other dyads (MPLE standard errors unreliable);
    /// `mutual` does (tie i → j on j → i), as in ergm.
    public var isDyadDependent: Bool {
        switch self {
        case .edges, .nodecov, .absdiff, .nodefactor, .nodematch, .edgecov: return false
        default: return true
        }
    }

    /// The name of the single statistic (terms with one per level add `.<level>`), as ergm 4 prints it.
    public func name(directed: Bool) -> String {
        switch self {
        case .edges: return "edges"
        case .mutual: return "mutual"
        case .triangle: return "triangle"
        case .kstar(let k): return "kstar\(k)"
        case .istar(let k): return "istar\(k)"
        case .ostar(let k): return "ostar\(k)"
        case .gwesp(let a): return directed ? "gwesp.OTP.fixed.\(Self.decayText(a))" : "gwesp.fixed.\(Self.decayText(a))"
        case .gwdsp(let a): return directed ? "gwdsp.OTP.fixed.\(Self.decayText(a))" : "gwdsp.fixed.\(Self.decayText(a))"
        case .gwdegree(let a): return "gwdeg.fixed.\(Self.decayText(a))"
        case .gwidegree(let a): return "gwideg.fixed.\(Self.decayText(a))"
        case .gwodegree(let a): return "gwodeg.fixed.\(Self.decayText(a))"
        case .nodecov(let a): return "nodecov.\(a)"
        case .absdiff(let a): return "absdiff.\(a)"
        case .nodefactor(let a): return "nodefactor.\(a)"
        case .nodematch(let a, _): return "nodematch.\(a)"
        case .edgecov(let x): return "edgecov.\(x)"
        }
    }

    /// A number as R prints it in a term name: `0.5`, `1`, `0.25`, `1e-04`-free shortest form.
    public static func decayText(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// The term name nearest to a misspelling (Levenshtein distance ≤ 2, case-insensitive), if any.
    static func nearest(_ name: String) -> String? {
        let a = Array(name.lowercased().unicodeScalars)
        let scored = names.map { ($0, NearestName.distance(a, Array($0.unicodeScalars))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2, best.1 < a.count else { return nil }
        return best.0
    }

    /// Resolves a call of the formula for a network that is `directed` or not.
    /// - Throws: ``ERGMTermError`` naming the term's column, the problem and a suggestion.
    public static func resolve(_ call: ERGMFormula.Call, directed: Bool) throws -> ERGMTerm {
        func fail(_ problem: ERGMTermError.Problem, _ detail: String = "") -> ERGMTermError {
            ERGMTermError(column: call.column, term: call.name, problem: problem, detail: detail)
        }
        let positional = call.arguments.filter { $0.name == nil }
        func named(_ n: String) -> ERGMFormula.Value? { call.arguments.first { $0.name == n }?.value }
        func checkNames(_ allowed: Set<String>) throws {
            if let bad = call.arguments.first(where: { $0.name.map { !allowed.contains($0) } ?? false }) {
                throw fail(.unknownArgument, bad.name!)
            }
        }
        func noArguments() throws {
            if !call.arguments.isEmpty { throw fail(.noArguments) }
        }
        func integer() throws -> Int {
            try checkNames(["k"])
            guard let v = positional.first?.value ?? named("k") else { throw fail(.needsInteger) }
            guard case .number(let x) = v, x == x.rounded(), x >= 1, x <= 1000, call.arguments.count == 1 else { throw fail(.needsInteger) }
            return Int(x)
        }
        func decay() throws -> Double {
            try checkNames(["decay", "fixed", "type"])
            guard let v = named("decay") ?? positional.first?.value, case .number(let a) = v, a >= 0, a <= 100 else {
                throw fail(.needsDecay)
            }
            // `fixed` positional (a word) or `fixed=TRUE`.
            var fixed = named("fixed")?.logical ?? false
            for p in positional.dropFirst() {
                if case .word("fixed") = p.value { fixed = true } else if let b = p.value.logical { fixed = b } else { throw fail(.needsDecay) }
            }
            guard fixed else { throw fail(.curved) }
            if let t = named("type"), t.name?.uppercased() != "OTP" { throw fail(.onlyOTP, t.description) }
            return a
        }
        func attribute() throws -> String {
            guard let v = positional.first?.value ?? named("attr"), let a = v.name, !a.isEmpty else { throw fail(.needsAttribute) }
            return a
        }
        switch call.name {
        case "edges": try noArguments(); return .edges
        case "mutual":
            try noArguments()
            guard directed else { throw fail(.directedOnly) }
            return .mutual
        case "triangle", "triangles": try noArguments(); return .triangle
        case "kstar":
            guard !directed else { throw fail(.undirectedOnlyUse, "istar, ostar") }
            return .kstar(try integer())
        case "istar":
            guard directed else { throw fail(.directedOnlyUse, "kstar") }
            return .istar(try integer())
        case "ostar":
            guard directed else { throw fail(.directedOnlyUse, "kstar") }
            return .ostar(try integer())
        case "gwesp": return .gwesp(try decay())
        case "gwdsp": return .gwdsp(try decay())
        case "gwdegree":
            guard !directed else { throw fail(.undirectedOnlyUse, "gwidegree, gwodegree") }
            return .gwdegree(try decay())
        case "gwidegree":
            guard directed else { throw fail(.directedOnlyUse, "gwdegree") }
            return .gwidegree(try decay())
        case "gwodegree":
            guard directed else { throw fail(.directedOnlyUse, "gwdegree") }
            return .gwodegree(try decay())
        case "nodecov":
            try checkNames(["attr"]); if positional.count > 1 { throw fail(.needsAttribute) }
            return .nodecov(try attribute())
        case "absdiff":
            try checkNames(["attr"]); if positional.count > 1 { throw fail(.needsAttribute) }
            return .absdiff(try attribute())
        case "nodefactor":
            try checkNames(["attr"]); if positional.count > 1 { throw fail(.needsAttribute) }
            return .nodefactor(try attribute())
        case "nodematch":
            try checkNames(["attr", "diff"])
            var diff = named("diff")?.logical ?? false
            for p in positional.dropFirst() {
                if case .word("diff") = p.value { diff = true } else if let b = p.value.logical { diff = b } else { throw fail(.needsAttribute) }
            }
            return .nodematch(try attribute(), diff: diff)
        case "edgecov":
            try checkNames(["x", "attrname"])
            guard let v = positional.first?.value ?? named("x"), let x = v.name, !x.isEmpty, positional.count <= 1 else { throw fail(.needsMatrix) }
            return .edgecov(x)
        default:
            if let near = nearest(call.name) { throw fail(.unknownTermNear, near) }
            throw fail(.unknownTerm, names.joined(separator: ", "))
        }
    }
}

/// A term of the formula that cannot be used: unknown, wrong arguments, or not defined for the
/// network's direction.
public struct ERGMTermError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Problem: String, Sendable, Hashable {
        case unknownTerm = "unknown-term", unknownTermNear = "unknown-term-near", unknownArgument = "unknown-argument", noArguments = "no-arguments"
        case needsInteger = "needs-integer", needsDecay = "needs-decay", curved, onlyOTP = "only-otp"
        case needsAttribute = "needs-attribute", needsMatrix = "needs-matrix"
        case directedOnly = "directed-only", directedOnlyUse = "directed-only-use", undirectedOnlyUse = "undirected-only-use"
    }
    /// Column of the term in the formula (1-based).
    public var column: Int
    public var term: String
    public var problem: Problem
    /// The suggestion's detail: the nearest term name, the offending argument, the alternative terms.
    public var detail: String

    public func text(_ language: ReportLanguage) -> String {
        MessageCatalogue.render(Message("ergm.term.\(problem.rawValue)", [("column", .count(column)), ("term", .text(term)), ("detail", .text(detail))]), language)
    }

    public var description: String { text(.en) }
}
