import Testing
@testable import GovNet

/// `status` names what the data let a reader claim; the validator flags any other word.
@Suite struct NetworkStatusTests {
    @Test func knownValuesAreRecognised() {
        #expect(NetworkStatus(metadata: "documentary data") == .documentaryData)
        #expect(NetworkStatus(metadata: " Illustrative model") == .illustrativeModel)
        #expect(NetworkStatus(metadata: "observed data") == .observedData)
        #expect(NetworkStatus(metadata: "survey") == nil)
        #expect(NetworkStatus(metadata: nil) == nil)
    }

    @Test func validatorWarnsAboutAnUnknownStatus() {
        var net = Network(departments: [Department(id: "A"), Department(id: "B")], ties: [Tie(from: "A", to: "B", mechanism: "operation")])
        #expect(NetworkValidator.validate(net).isEmpty)
        net.metadata.status = "documentary data"
        #expect(NetworkValidator.validate(net).isEmpty)
        net.metadata.status = "real data"
        let d = NetworkValidator.validate(net)
        #expect(d.count == 1 && d[0].severity == .warning && d[0].field == "status")
        #expect(d.first?.message.contains("'documentary data'") == true)
    }
}
