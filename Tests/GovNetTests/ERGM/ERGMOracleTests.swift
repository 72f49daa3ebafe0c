import Foundation
import Testing
import GovNet
import GovNetTestSupport

/// ERGM statistics and MPLE against ergmx 0.5.0 (R ergm's definitions), from
/// `scripts/oracle/ergm.py` (Fixtures/ergm/ergm-oracle.json): statistics g(y) of every term on the
/// Florentine marriages, Sampson's monks and two seeded random graphs, and MPLE estimates, standard
/// errors, log pseudo-likelihoods, AIC and BIC, compared to 1e-9 relative.
@Suite struct ERGMOracleTests {
    struct Fixture: Decodable {
        struct Network: Decodable {
            struct Model: Decodable {
                var formula: String
                var names: [String]
                var estimates: [Double]
                var std_errors: [Double]
                var log_likelihood: Double
                var aic: Double
                var bic: Double
            }
            struct Mcmle: Decodable {
                var formula: String
                var names: [String]
                var estimates: [Double]
                var std_errors: [Double]
            }
            struct Statistics: Decodable {
                var formula: String
                var names: [String]
                var values: [Double]
            }
            var name: String
            var directed: Bool
            var nodes: [String]
            var edges: [[Int32]]
            var attributes: [String: [JSONScalar]]
            var matrices: [String: [[Double]]]
            var models: [Model]
            var statistics: [Statistics]
            var mcmle: [Mcmle]?
        }
        var networks: [Network]
    }

    static let fixture: Fixture = {
        let url = RepoPaths.fixtures.appendingPathComponent("ergm/ergm-oracle.json")
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    static func bind(_ net: Fixture.Network, _ formula: String) throws -> (ERGMModel, ERGMDyadState) {
        let state = ERGMDyadState(nodeCount: net.nodes.count, directed: net.directed, edges: net.edges.map { ($0[0], $0[1]) })
        let model = try ERGMModel(formula: try ERGMFormula(formula), nodeCount: net.nodes.count, directed: net.directed, attribute: { name in
            net.attributes[name].map { $0.map { v -> AttributeValue? in
                if case .number(let x) = v { return .number(x) }
                return .string(v.string)
            } }
        }, matrix: { name in
            let m = try #require(net.matrices[name])
            return m.flatMap { $0 }
        })
        return (model, state)
    }

    @Test func statisticsOfEveryTerm() throws {
        var checked = 0
        for net in Self.fixture.networks {
            for s in net.statistics {
                let (model, state) = try Self.bind(net, s.formula)
                #expect(model.names == s.names, "\(net.name)")
                expectClose(model.statistics(state), s.values, "\(net.name): \(s.formula)", names: s.names)
                checked += s.names.count
            }
        }
        #expect(checked >= 60)
    }

    @Test func maximumPseudoLikelihood() throws {
        var checked = 0
        for net in Self.fixture.networks {
            for m in net.models {
                let (model, state) = try Self.bind(net, m.formula)
                let fit = try ERGMMPLE.fit(model, state)
                #expect(fit.excluded.isEmpty, "\(net.name): \(m.formula): \(fit.excluded)")
                #expect(fit.coefficients.map(\.name) == m.names, "\(net.name)")
                let label = "\(net.name): \(m.formula)"
                expectClose(fit.coefficients.map(\.estimate), m.estimates, label + " estimates", names: m.names)
                expectClose(fit.coefficients.map(\.standardError), m.std_errors, label + " standard errors", names: m.names)
                expectClose([fit.logLikelihood, fit.aic, fit.bic], [m.log_likelihood, m.aic, m.bic], label + " likelihood")
                #expect(fit.converged)
                checked += 1
            }
        }
        #expect(checked >= 10)
    }

    /// Published R ergm output for flomarriage (16 families), a second opinion beside ergmx: every
    /// statnet ERGM tutorial (Sunbelt workshops, "ergm_tutorial") prints `ergm(flomarriage ~ edges)` as
    /// edges −1.6094, s.e. 0.2449 (the model is dyad-independent, so MPLE = MLE = logit(20/120)).
    /// The edges + triangle MPLE (−1.7009, 0.2208) is ergmx's, to the printed 4 decimals.
    @Test func publishedFlomarriageValues() throws {
        let net = try #require(Self.fixture.networks.first { $0.name == "flomarriage" })
        let (m0, s0) = try Self.bind(net, "edges")
        let f0 = try ERGMMPLE.fit(m0, s0)
        #expect(approximatelyEqual(f0.coefficients[0].estimate, log(20.0 / 100.0)))
        #expect(abs(f0.coefficients[0].standardError - 0.2449) < 5e-5)
        let (m1, s1) = try Self.bind(net, "edges + triangle")
        let f1 = try ERGMMPLE.fit(m1, s1)
        #expect(abs(f1.coefficients[0].estimate - -1.7009) < 5e-5 && abs(f1.coefficients[1].estimate - 0.2208) < 5e-5)
    }

    /// Monte Carlo MLE against ergmx's (seed 1): two independent Monte Carlo estimates, so they agree within
    /// their Monte Carlo error, not to rounding — here within a fifth of the standard error, and the
    /// standard errors within 15 %.
    @Test func monteCarloMLE() throws {
        var checked = 0
        for net in Self.fixture.networks {
            for m in net.mcmle ?? [] {
                let (model, state) = try Self.bind(net, m.formula)
                let (fit, diagnostics) = try ERGMMCMLE.fit(model, state, settings: ERGMMCMLE.Settings(seed: 7))
                #expect(fit.converged && fit.method == .mcmle, "\(net.name): \(m.formula)")
                #expect(fit.coefficients.map(\.name) == m.names)
                for (k, c) in fit.coefficients.enumerated() {
                    #expect(abs(c.estimate - m.estimates[k]) < 0.2 * m.std_errors[k],
                            "\(net.name) \(m.formula) \(c.name): \(c.estimate) vs ergmx \(m.estimates[k]) (s.e. \(m.std_errors[k]))")
                    #expect(abs(c.standardError / m.std_errors[k] - 1) < 0.15, "\(net.name) \(c.name): s.e. \(c.standardError) vs \(m.std_errors[k])")
                }
                #expect(diagnostics.effectiveSize.allSatisfy { $0 > 50 })
                checked += 1
            }
        }
        #expect(checked == 4)
    }

    /// Same seed, same estimates; the chains' results do not depend on the threads that ran them.
    @Test func monteCarloMLEIsReproducible() throws {
        let net = try #require(Self.fixture.networks.first { $0.name == "florentine15" })
        let (model, state) = try Self.bind(net, "edges + triangle")
        let a = try ERGMMCMLE.fit(model, state, settings: ERGMMCMLE.Settings(seed: 3)).0
        let b = try ERGMMCMLE.fit(model, state, settings: ERGMMCMLE.Settings(seed: 3)).0
        #expect(a.coefficients == b.coefficients)
    }
}
