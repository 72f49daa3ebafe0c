import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// What an output format cannot hold is reported from the catalogue, so `govnet convert --lang zh`
/// prints it in Chinese; the English wording is unchanged.
@Suite struct WriterWarningLanguageTests {
    @Test func pajekLossesInBothLanguages() throws {
        let path = RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path
        let net = try NetworkReader.read(path: path).network
        let (_, warnings) = PajekFormat.write(net, file: "out.net")
        let en = warnings.map(\.description), zh = warnings.map { $0.description(.zh) }
        #expect(en.contains { $0.hasPrefix("out.net: warning: Pajek cannot hold department kinds (") && $0.hasSuffix(" departments); not written") }, "\(en)")
        #expect(zh.contains { $0.hasPrefix("out.net: warning: Pajek 格式无法保存部门类型（涉及") && $0.hasSuffix("个部门），未写入") }, "\(zh)")
        #expect(zh.allSatisfy { !$0.contains("cannot hold") }, "\(zh)")
    }

    @Test func edgeListLossesNameTheFormatInWords() throws {
        let path = RepoPaths.networks.appendingPathComponent("hubei-city-post-reform.yaml").path
        let net = try NetworkReader.read(path: path).network
        let (_, warnings) = EdgeListCSV.write(net, file: "out.csv", cells: .raw)
        #expect(warnings.contains { $0.description.contains("An edge list cannot hold functions (responsibilities) (") }, "\(warnings)")
        #expect(warnings.contains { $0.description(.zh).contains("边列表无法保存职能（职责分工）（涉及") }, "\(warnings.map { $0.description(.zh) })")
    }
}
