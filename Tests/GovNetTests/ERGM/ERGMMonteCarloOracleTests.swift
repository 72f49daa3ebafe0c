import Foundation
import Testing
import GovNet
import GovNetTestSupport

/// Goodness of fit and the Monte Carlo MLE's log-likelihood against ergmx 0.5.0, from
/// `scripts/oracle/ergm_montecarlo.py` (Fixtures/ergm/ergm-montecarlo-oracle.json):
/// - the degree, edgewise-shared-partner and geodesic-distance distributions of the oracle networks, exactly
///   (ergmx's, checked by the script against its own networkx recount);
/// - the simulated distributions' means at ergmx's Monte Carlo MLE coefficients (ergmx's `gof`, 2000 networks,
///   seed 1) against GovNet's own 2000 simulations, within Monte Carlo error;
/// - the path-sampling log-likelihood at the same coefficients against ergmx's bridge sampling, within four
///   combined Monte Carlo standard errors plus 0.02 (the integration rules agree to that order);
/// the statnet tutorials' `flomarriage ~ edges + triangle` prints a log-likelihood of −54.05
/// (residual deviance 108.1), which ergmx reproduces (−54.04).
@Suite struct ERGMMonteCarloOracleTests {
    struct Fixture: Decodable {
        struct Distributions: Decodable {
            var network: String
            var degree: [Double]?
            var idegree: [Double]?
            var odegree: [Double]?
            var espartners: [Double]
            var distance: [Double]
        }
        struct Gof: Decodable {
            struct Table: Decodable {
                var statistic: String
                var labels: [String]
                var observed: [Double]
                var mean: [Double]
                var sd: [Double]
            }
            var network: String
            var govnet_formula: String
            var coefficients: [Double]
            var tables: [Table]
        }
        struct Loglik: Decodable {
            var network: String
            var govnet_formula: String
            var coefficients: [Double]
            var log_likelihood: Double
            var mc_std_error: Double
        }
        var nsim: Int
        var distributions: [Distributions]
        var gof: [Gof]
        var loglik: [Loglik]
    }

    static let fixture: Fixture = {
        let url = RepoPaths.fixtures.appendingPathComponent("ergm/ergm-montecarlo-oracle.json")
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    static func network(_ name: String) throws -> ERGMOracleTests.Fixture.Network {
        try #require(ERGMOracleTests.fixture.networks.first { $0.name == name })
    }

    @Test func distributionsOfTheOracleNetworks() throws {
        var checked = 0
        for d in Self.fixture.distributions {
            let net = try Self.network(d.network)
            let (_, state) = try ERGMOracleTests.bind(net, "edges")
            let expected: [(ERGMGoodnessOfFit.Statistic, [Double]?)] = [(.degree, d.degree), (.idegree, d.idegree), (.odegree, d.odegree),
                                                                        (.espartners, d.espartners), (.distance, d.distance)]
            for (statistic, values) in expected {
                guard let values else { continue }
                #expect(ERGMGoodnessOfFit.distribution(statistic, of: state) == values, "\(d.network) \(statistic)")
                checked += 1
            }
        }
        #expect(checked == 17)
    }

    /// Two independent sets of simulations: the means agree within 4.5 standard errors of their difference
    /// (each network's count has the oracle's standard deviation; GovNet's draws are autocorrelated, so the
    /// error is taken twice the independent one), with a floor of 0.05 for values that are almost never drawn.
    @Test func simulatedDistributionsAgreeWithErgmxGof() throws {
        let k = Self.fixture.nsim
        var checked = 0
        for g in Self.fixture.gof {
            let net = try Self.network(g.network)
            let (model, state) = try ERGMOracleTests.bind(net, g.govnet_formula)
            let result = ERGMGoodnessOfFit.compare(model, state, coefficients: g.coefficients,
                                                   settings: ERGMGoodnessOfFit.Settings(seed: 11, simulations: k))
            #expect(result.simulations == k)
            for t in g.tables {
                let mine = try #require(result.tables.first { $0.statistic.rawValue == t.statistic }, "\(t.statistic)")
                #expect(mine.labels == t.labels)
                #expect(mine.observed == t.observed, "\(g.network) \(t.statistic) observed")
                let mean = mine.mean
                for v in t.labels.indices {
                    let tolerance = 4.5 * t.sd[v] * (1 / Double(k) + 4 / Double(k)).squareRoot() + 0.05
                    #expect(abs(mean[v] - t.mean[v]) <= tolerance,
                            "\(g.network) \(g.govnet_formula) \(t.statistic)=\(t.labels[v]): GovNet \(mean[v]), ergmx \(t.mean[v]) ± \(tolerance)")
                    checked += 1
                }
                #expect(mine.pValues.allSatisfy { $0 > 0 && $0 <= 1 })
            }
        }
        #expect(checked >= 60)
    }

    @Test func logLikelihoodAgreesWithErgmxBridgeSampling() throws {
        for l in Self.fixture.loglik {
            let net = try Self.network(l.network)
            let (model, state) = try ERGMOracleTests.bind(net, l.govnet_formula)
            let r = ERGMLogLikelihood.evaluate(model, state, coefficients: l.coefficients, settings: ERGMLogLikelihood.Settings(seed: 5))
            let tolerance = 4 * (r.monteCarloSE * r.monteCarloSE + l.mc_std_error * l.mc_std_error).squareRoot() + 0.02
            #expect(abs(r.logLikelihood - l.log_likelihood) <= tolerance,
                    "\(l.network) \(l.govnet_formula): GovNet \(r.logLikelihood) (MC s.e. \(r.monteCarloSE)), ergmx \(l.log_likelihood) ± \(tolerance)")
        }
    }

    /// A dyad-independent model's log-likelihood is exact: the logistic log-likelihood, the MPLE's at the MPLE.
    @Test func dyadIndependentLogLikelihoodIsExact() throws {
        let net = try Self.network("flomarriage")
        let (model, state) = try ERGMOracleTests.bind(net, "edges + nodecov('wealth') + absdiff('wealth')")
        let mple = try ERGMMPLE.fit(model, state)
        let r = ERGMLogLikelihood.evaluate(model, state, coefficients: mple.coefficients.map(\.estimate))
        #expect(r.exact && r.monteCarloSE == 0)
        #expect(approximatelyEqual(r.logLikelihood, mple.logLikelihood))
        let m = try #require(ERGMOracleTests.fixture.networks.first { $0.name == "flomarriage" }?.models.first { $0.formula == "edges + nodecov('wealth') + absdiff('wealth')" })
        #expect(approximatelyEqual(r.logLikelihood, m.log_likelihood))
    }

    /// The Monte Carlo p-value counts the observation as a draw: an observation beyond every simulated
    /// network gets 2/(K + 1), never 0; one in the middle of them 1.
    @Test func monteCarloPValueIsNeverZero() {
        let t = ERGMGoodnessOfFit.Table(statistic: .degree, labels: ["0", "1"], observed: [9, 1],
                                        simulated: (0..<99).map { k in [0, Double(k % 3)] })
        #expect(t.pValues[0] == 2.0 / 100.0)
        #expect(t.pValues[1] == 1)
    }

    /// Same seed, same simulations.
    @Test func goodnessOfFitIsReproducible() throws {
        let net = try Self.network("samplike")
        let (model, state) = try ERGMOracleTests.bind(net, "edges + mutual")
        let a = ERGMGoodnessOfFit.compare(model, state, coefficients: [-2, 2], settings: ERGMGoodnessOfFit.Settings(seed: 4, simulations: 30))
        let b = ERGMGoodnessOfFit.compare(model, state, coefficients: [-2, 2], settings: ERGMGoodnessOfFit.Settings(seed: 4, simulations: 30))
        #expect(a == b)
    }
}
