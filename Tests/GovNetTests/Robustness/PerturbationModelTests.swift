import Testing
@testable import GovNet
import GovNetTestSupport

/// The perturbations themselves: what each one may change, and how much.
@Suite struct PerturbationModelTests {
    static func hubei() throws -> Network {
        try NetworkReader.read(path: RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path).network
    }

    @Test func deletionRemovesWorkingTiesAtTheRate() throws {
        let net = PlantedRobustness.robustCutPoint()
        let model = PerturbationModel(network: net, mechanisms: ["operation"], rate: 0.1, additionRate: 0.1)
        let draws = 2000
        let removed = (0..<draws).reduce(0) { $0 + net.ties.count - model.deletion(draw: $1, seed: 9).kept.count }
        let share = Double(removed) / Double(draws * net.ties.count)
        // Binomial: 2000 · 18 Bernoulli(0.1) trials, standard error 0.0016.
        #expect(abs(share - 0.1) < 0.008, "\(share)")
    }

    @Test func deletionLeansOnLowConfidenceAndInferredTies() {
        var net = PlantedRobustness.robustCutPoint()
        for i in net.ties.indices { net.ties[i].source = i % 2 == 0 ? .inferred : .document; net.ties[i].confidence = i % 2 == 0 ? 0.5 : 1 }
        let model = PerturbationModel(network: net, mechanisms: ["operation"], rate: 0.1, additionRate: 0.1)
        // w = (2 − 0.5)·2 = 3 against (2 − 1)·1 = 1: three times as likely, mean rate kept.
        #expect(abs(model.deletionProbability[0] / model.deletionProbability[1] - 3) < 1e-12)
        let mean = model.deletionProbability.reduce(0, +) / Double(net.ties.count)
        #expect(abs(mean - 0.1) < 1e-12)
    }

    @Test func additionAddsPlausibleMissingTiesOnly() throws {
        var net = PlantedRobustness.bridgeWithNearPath()
        net.departments.append(Department(id: "FAR", name: "Far", level: "provincial"))
        let model = PerturbationModel(network: net, mechanisms: ["operation"], rate: 0.25, additionRate: 0.25)
        let present = Set(net.ties.map { Set([$0.from, $0.to]) })
        #expect(model.additionsPerDraw == [2])  // round(0.25 · 8)
        for i in 0..<50 {
            let added = model.network(model.addition(draw: i, seed: 2)).ties.dropFirst(net.ties.count)
            #expect(added.count == 2)
            for t in added {
                #expect(!present.contains(Set([t.from, t.to])) && t.from != t.to)
                #expect(t.from != "FAR" && t.to != "FAR")  // another level, no shared function or body
                #expect(t.source == .inferred && t.mechanism == "operation")
            }
        }
    }

    @Test func nonresponseDropsTheTiesADepartmentReported() throws {
        let net = try Self.hubei()
        let context = DiagnosisContext(network: net)
        let model = PerturbationModel(network: net, mechanisms: context.workingMechanisms, rate: 0.1, additionRate: 0.1)
        let index = net.departmentIndex
        let emb = Int32(index["EMB"] ?? index[context.center!]!)
        let kept = model.network(model.nonresponse(of: emb)).ties
        let id = net.departments[Int(emb)].id
        #expect(!kept.contains { $0.from == id && context.workingMechanisms.contains($0.mechanism) })
        // Structural ties (command, supervision, membership) are held fixed.
        #expect(kept.filter { !context.workingMechanisms.contains($0.mechanism) }.count == net.ties.filter { !context.workingMechanisms.contains($0.mechanism) }.count)
        #expect(model.nonrespondents(draws: 10_000, seed: 1) == model.respondents)
        #expect(model.nonrespondents(draws: 5, seed: 1).count == 5)
    }

    @Test func jitterMovesOrdinalCodesByAtMostOne() throws {
        let net = try Self.hubei()
        let model = PerturbationModel(network: net, mechanisms: ["information", "operation", "material"], rate: 0.1, additionRate: 0.1)
        #expect(model.ordinalWeights)
        let base = model.deletion(draw: 0, seed: 1)
        let j = model.jitter(base, draw: 0, seed: 1)
        var moved = 0
        for (k, t) in base.kept.enumerated() {
            let w = net.ties[Int(t)].weight
            #expect(abs(j.weights[k] - w) <= 1 && j.weights[k] >= 1 && j.weights[k] <= 3)
            if j.weights[k] != w { moved += 1 }
        }
        #expect(moved > 0)
    }
}
