import Foundation

/// An ERGM formula bound to one network's nodes: the terms, the names of their statistics as ergm 4
/// prints them, and the string-free kernels (``ERGMKernel``) that compute change statistics.
///
/// Attributes: `nodecov` and `absdiff` need a number on every node; `nodefactor` and `nodematch` read
/// the value as text (levels sorted numerically when every value is a number, else by their text, as R's
/// `sort(unique(x))`); `nodefactor` drops the first level (ergm's `levels = -1`). A node without a value
/// is an error (ergm refuses missing attributes too). `edgecov` matrices are n × n, row-major.
///
/// - Complexity: binding O(p · n + n log n) plus the matrices; ``statistics(_:)`` O(m · c) for m ties
///   and c the cost of one change statistic.
public struct ERGMModel: Sendable {
    public let formula: ERGMFormula
    public let terms: [ERGMTerm]
    /// Name of each statistic (one per column of the change statistics).
    public let names: [String]
    /// The term each statistic belongs to (index into ``terms``).
    public let termOfStatistic: [Int]
    public let nodeCount: Int
    public let isDirected: Bool
    let kernels: [ERGMKernel]
    let offsets: [Int]

    /// Number of statistics.
    public var width: Int { names.count }

    /// Binds a formula.
    /// - Parameters:
    ///   - formula: the parsed formula.
    ///   - nodeCount: n.
    ///   - directed: the network's direction.
    ///   - attribute: each node's value of a named attribute (nil for a node without one), or nil when
    ///     no node has the attribute.
    ///   - matrix: the n × n row-major matrix of an `edgecov` name (throws its own error when unknown).
    /// - Throws: ``ERGMTermError``, ``ERGMModelError`` or the matrix provider's error.
    public init(formula: ERGMFormula, nodeCount: Int, directed: Bool,
                attribute: (String) -> [AttributeValue?]?, matrix: (String) throws -> [Double]) throws {
        self.formula = formula
        self.nodeCount = nodeCount
        isDirected = directed
        var terms: [ERGMTerm] = [], names: [String] = [], owners: [Int] = [], kernels: [ERGMKernel] = [], offsets: [Int] = []
        var seen: [String: Int] = [:]
        for call in formula.calls {
            let term = try ERGMTerm.resolve(call, directed: directed)
            let name = term.name(directed: directed)
            func values(_ a: String) throws -> [AttributeValue] {
                guard let v = attribute(a) else { throw ERGMModelError(column: call.column, term: call.name, problem: .unknownAttribute, detail: a) }
                if let missing = v.firstIndex(where: { $0 == nil }) {
                    throw ERGMModelError(column: call.column, term: call.name, problem: .missingValue, detail: a, node: missing)
                }
                return v.map { $0! }
            }
            func numbers(_ a: String) throws -> [Double] {
                let v = try values(a)
                if let bad = v.firstIndex(where: { $0.numberValue == nil }) {
                    throw ERGMModelError(column: call.column, term: call.name, problem: .notNumeric, detail: a, node: bad)
                }
                return v.map { $0.numberValue! }
            }
            func levels(_ a: String) throws -> (codes: [Int32], labels: [String]) {
                let v = try values(a)
                let text = v.map(\.description)
                let distinct = Array(Set(text))
                let numeric = v.allSatisfy { $0.numberValue != nil }
                let sorted = numeric
                    ? distinct.sorted { (Double($0) ?? 0, $0) < (Double($1) ?? 0, $1) }
                    : distinct.sorted()
                var code: [String: Int32] = [:]
                for (k, l) in sorted.enumerated() { code[l] = Int32(k) }
                return (text.map { code[$0]! }, sorted)
            }
            let start = names.count
            let kernel: ERGMKernel
            switch term {
            case .edges: kernel = .edges; names.append(name)
            case .mutual: kernel = .mutual; names.append(name)
            case .triangle: kernel = .triangle; names.append(name)
            case .kstar(let k): kernel = .kstar(k); names.append(name)
            case .istar(let k): kernel = .istar(k); names.append(name)
            case .ostar(let k): kernel = .ostar(k); names.append(name)
            case .gwesp(let a): kernel = .gwesp(power: ERGMKernel.powers(decay: a, n: nodeCount), scale: exp(a)); names.append(name)
            case .gwdsp(let a): kernel = .gwdsp(power: ERGMKernel.powers(decay: a, n: nodeCount)); names.append(name)
            case .gwdegree(let a): kernel = .gwdegree(power: ERGMKernel.powers(decay: a, n: nodeCount)); names.append(name)
            case .gwidegree(let a): kernel = .gwidegree(power: ERGMKernel.powers(decay: a, n: nodeCount)); names.append(name)
            case .gwodegree(let a): kernel = .gwodegree(power: ERGMKernel.powers(decay: a, n: nodeCount)); names.append(name)
            case .nodecov(let a): kernel = .nodecov(try numbers(a)); names.append(name)
            case .absdiff(let a): kernel = .absdiff(try numbers(a)); names.append(name)
            case .nodefactor(let a):
                let (codes, labels) = try levels(a)
                guard labels.count > 1 else {
                    throw ERGMModelError(column: call.column, term: call.name, problem: .oneLevel, detail: a, level: labels.first ?? "")
                }
                kernel = .nodefactor(codes: codes.map { $0 - 1 }, width: labels.count - 1)
                names += labels.dropFirst().map { "\(name).\($0)" }
            case .nodematch(let a, let diff):
                let (codes, labels) = try levels(a)
                kernel = .nodematch(codes: codes, diff: diff, width: labels.count)
                names += diff ? labels.map { "\(name).\($0)" } : [name]
            case .edgecov(let x):
                let m = try matrix(x)
                precondition(m.count == nodeCount * nodeCount, "edgecov matrix of the wrong size")
                kernel = .edgecov(m, n: nodeCount)
                names.append(name)
            }
            for added in names[start...] {
                if seen[added] != nil { throw ERGMModelError(column: call.column, term: call.name, problem: .repeated, detail: added) }
                seen[added] = call.column
            }
            terms.append(term)
            kernels.append(kernel)
            offsets.append(start)
            owners += Array(repeating: terms.count - 1, count: names.count - start)
        }
        self.terms = terms
        self.names = names
        termOfStatistic = owners
        self.kernels = kernels
        self.offsets = offsets
    }

    private init(formula: ERGMFormula, terms: [ERGMTerm], names: [String], termOfStatistic: [Int], nodeCount: Int, isDirected: Bool,
                 kernels: [ERGMKernel], offsets: [Int]) {
        self.formula = formula
        self.terms = terms
        self.names = names
        self.termOfStatistic = termOfStatistic
        self.nodeCount = nodeCount
        self.isDirected = isDirected
        self.kernels = kernels
        self.offsets = offsets
    }

    /// The model with an `edges` statistic appended (last) when it has none; itself otherwise.
    func withEdges() -> ERGMModel {
        if terms.contains(.edges) { return self }
        return ERGMModel(formula: formula, terms: terms + [.edges], names: names + ["edges"], termOfStatistic: termOfStatistic + [terms.count],
                         nodeCount: nodeCount, isDirected: isDirected, kernels: kernels + [.edges], offsets: offsets + [width])
    }

    /// The change statistics of the **absent** tie i → j, written to `out` (``width`` values).
    @inline(__always)
    public func changeStatistics(_ state: ERGMDyadState, _ i: Int32, _ j: Int32, into out: UnsafeMutablePointer<Double>) {
        for t in kernels.indices { kernels[t].change(state, i, j, out + offsets[t]) }
    }

    /// The change statistics of tie i → j whether present or not: g(y with it) − g(y without it).
    public func changeStatistics(_ state: inout ERGMDyadState, _ i: Int32, _ j: Int32) -> [Double] {
        var out = [Double](repeating: 0, count: width)
        let had = state.hasTie(i, j)
        if had { state.remove(i, j) }
        out.withUnsafeMutableBufferPointer { changeStatistics(state, i, j, into: $0.baseAddress!) }
        if had { state.add(i, j) }
        return out
    }

    /// The statistics g(y) of a network: the change statistics summed while its ties are added one by
    /// one to the empty network (every statistic is 0 on the empty network).
    public func statistics(_ state: ERGMDyadState) -> [Double] {
        var build = ERGMDyadState(nodeCount: state.nodeCount, directed: state.isDirected)
        var total = [Double](repeating: 0, count: width), delta = [Double](repeating: 0, count: width)
        for (i, j) in state.edges {
            delta.withUnsafeMutableBufferPointer { changeStatistics(build, i, j, into: $0.baseAddress!) }
            for k in 0..<width { total[k] += delta[k] }
            build.add(i, j)
        }
        return total
    }
}

/// A term that cannot be bound to the network's data.
public struct ERGMModelError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Problem: String, Sendable, Hashable {
        case repeated, unknownAttribute = "unknown-attribute", missingValue = "missing-value", notNumeric = "not-numeric"
        case oneLevel = "one-level"
    }
    /// Column of the term in the formula (1-based).
    public var column: Int
    public var term: String
    public var problem: Problem
    /// The attribute or statistic concerned.
    public var detail: String
    /// The node (index) concerned, for missing or non-numeric values.
    public var node: Int? = nil
    /// The only level, for `oneLevel`.
    public var level: String = ""

    /// The message in `language`, with the node named by `nodeName`.
    public func text(_ language: ReportLanguage, nodeName: (Int) -> String = { "#\($0 + 1)" }) -> String {
        MessageCatalogue.render(Message("ergm.model.\(problem.rawValue)", [
            ("column", .count(column)), ("term", .text(term)), ("detail", .text(detail)),
            ("node", .text(node.map(nodeName) ?? "")), ("level", .text(level)),
        ]), language)
    }

    public var description: String { text(.en) }
}
