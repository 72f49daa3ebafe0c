import Foundation
import Testing
import GovNet
import GovNetTestSupport

/// The formula parser (errors with column, expectation and suggestion), term resolution and names,
/// and what MPLE does with statistics it cannot estimate.
@Suite struct ERGMFormulaTests {
    @Test func parsesRStyleFormulas() throws {
        let f = try ERGMFormula("net ~ edges + mutual + gwesp(0.5, fixed=TRUE) + nodematch(\"kind\", diff = T) + edgecov(wave:information) + kstar(2L)")
        #expect(f.calls.map(\.name) == ["edges", "mutual", "gwesp", "nodematch", "edgecov", "kstar"])
        #expect(f.calls[2].arguments.map(\.value) == [.number(0.5), .word("TRUE")])
        #expect(f.calls[2].arguments[1].name == "fixed")
        #expect(f.calls[4].arguments.first?.value == .word("wave:information"))
        let terms = try f.calls.map { try ERGMTerm.resolve($0, directed: $0.name != "kstar") }
        #expect(terms.map { $0.name(directed: true) }.prefix(5) == ["edges", "mutual", "gwesp.OTP.fixed.0.5", "nodematch.kind", "edgecov.wave:information"])
        #expect(ERGMTerm.gwesp(0.5).name(directed: false) == "gwesp.fixed.0.5")
        #expect(ERGMTerm.gwidegree(0.5).name(directed: true) == "gwideg.fixed.0.5")
        #expect(ERGMTerm.gwdegree(1).name(directed: false) == "gwdeg.fixed.1")
        #expect(ERGMTerm.kstar(2).name(directed: false) == "kstar2")
    }

    @Test(arguments: [
        ("edges +", 8, "model formula, column 8: expected a term (edges, mutual, triangle, gwesp(0.5, fixed), nodematch(kind), …), found the end of the formula; remove the trailing '+' or add a term after it"),
        ("edges mutual", 7, "model formula, column 7: expected '+' between terms, found 'mutual'; join terms with '+', e.g. edges + mutual"),
        ("edges + gwesp(0.5, fixed", 25, "model formula, column 25: expected ')', found the end of the formula; close the term's arguments with ')'"),
        ("edges ++ mutual", 8, "model formula, column 8: expected a term (edges, mutual, triangle, gwesp(0.5, fixed), nodematch(kind), …), found '+'; remove one of the two '+'"),
        ("edges * mutual", 7, "model formula, column 7: expected '+' between terms, found '*'; interactions (a*b, a:b) and subtracted terms are not supported; join terms with '+'"),
        ("", 1, "model formula, column 1: expected a term (edges, mutual, triangle, gwesp(0.5, fixed), nodematch(kind), …), found the end of the formula; give at least one term, e.g. edges + mutual"),
    ])
    func syntaxErrorsNameTheColumn(formula: String, column: Int, message: String) {
        do {
            _ = try ERGMFormula(formula)
            Issue.record("parsed \(formula)")
        } catch let e as ERGMFormulaError {
            #expect(e.column == column)
            #expect(e.description == message)
            #expect(!e.text(.zh).isEmpty && e.text(.zh) != e.text(.en))
        } catch { Issue.record("\(error)") }
    }

    func termError(_ formula: String, directed: Bool) throws -> String {
        let f = try ERGMFormula(formula)
        for call in f.calls {
            do { _ = try ERGMTerm.resolve(call, directed: directed) } catch let e as ERGMTermError { return e.description }
        }
        return ""
    }

    @Test func termErrorsSuggest() throws {
        #expect(try termError("edges + gwsep(0.5, fixed)", directed: true) == "model formula, column 9: unknown term 'gwsep'; did you mean 'gwesp'?")
        #expect(try termError("edges + mutual", directed: false) == "model formula, column 9: mutual is defined for directed networks and this network is undirected")
        #expect(try termError("kstar(2)", directed: true) == "model formula, column 1: kstar is defined for undirected networks and this network is directed; use istar, ostar")
        #expect(try termError("gwesp(0.5)", directed: true) == "model formula, column 1: gwesp with an estimated decay (a curved ERGM) is not supported; fix the decay, e.g. gwesp(0.5, fixed)")
        #expect(try termError("kstar(1.5)", directed: false) == "model formula, column 1: kstar needs one whole number k ≥ 1, e.g. kstar(2)")
        #expect(try termError("edges(1)", directed: false) == "model formula, column 1: edges takes no arguments; write edges")
        #expect(try termError("nodematch(kind, dif=TRUE)", directed: false) == "model formula, column 1: nodematch has no argument 'dif'")
    }

    /// Statistics without variation or at an extreme are explained and left out, never ±∞.
    @Test func extremesAreLeftOut() throws {
        // A path a-b-c plus isolate d; groups of single departments (no variation) and a triangle count of 0 (at minimum).
        let state = ERGMDyadState(nodeCount: 4, directed: false, edges: [(0, 1), (1, 2)])
        let model = try ERGMModel(formula: try ERGMFormula("edges + nodematch(team) + triangle"), nodeCount: 4, directed: false,
                                  attribute: { _ in ["a", "b", "c", "d"].map { AttributeValue.string($0) } }, matrix: { _ in [] })
        let fit = try ERGMMPLE.fit(model, state)
        #expect(fit.coefficients.map(\.name) == ["edges"])
        #expect(fit.excluded.map(\.name) == ["nodematch.team", "triangle"])
        #expect(fit.excluded.map(\.reason) == [.noVariation, .atMinimum])
        #expect(fit.coefficients.allSatisfy { $0.estimate.isFinite && $0.standardError.isFinite })
        // The dyad (0, 2) closes a triangle and is not a tie, so it leaves the fit: edges then is 2 ties of 5 dyads.
        #expect(approximatelyEqual(fit.coefficients[0].estimate, log(2.0 / 3.0)))
    }

    /// Sampson's monks: every tie of the earlier wave samplk1 is in samplike, so edgecov(prev) is at its
    /// maximum (ergmx stops at a coefficient of 37; R's ergm reports Inf).
    @Test func earlierWaveContainedIsAtMaximum() throws {
        let net = try #require(ERGMOracleTests.fixture.networks.first { $0.name == "samplike" })
        let (model, state) = try ERGMOracleTests.bind(net, "edges + mutual + edgecov(prev)")
        let fit = try ERGMMPLE.fit(model, state)
        #expect(fit.excluded.map(\.name) == ["edgecov.prev"] && fit.excluded.first?.reason == .atMaximum)
        #expect(fit.excluded.first?.observed == 55)
        #expect(fit.coefficients.map(\.name) == ["edges", "mutual"])
    }

    @Test func collinearStatisticsAreLeftOut() throws {
        let state = ERGMDyadState(nodeCount: 5, directed: true, edges: [(0, 1), (1, 2), (2, 0), (3, 4), (4, 3), (1, 3)])
        let model = try ERGMModel(formula: try ERGMFormula("edges + nodecov(size) + mutual"), nodeCount: 5, directed: true,
                                  attribute: { _ in Array(repeating: AttributeValue.number(3), count: 5) }, matrix: { _ in [] })
        let fit = try ERGMMPLE.fit(model, state)
        #expect(fit.excluded.map(\.reason) == [.collinear])
        #expect(fit.coefficients.map(\.name) == ["edges", "mutual"])
    }

    @Test func pValuesAreNeverZero() {
        #expect(ERGMFit.pValue(50) == ERGMFit.pFloor)
        #expect(approximatelyEqual(ERGMFit.pValue(1.959963984540054), 0.05))
    }
}
