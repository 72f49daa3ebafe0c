import Foundation
import Testing
@testable import GovNet

/// The worked example of `govnet init` (``NetworkTemplate``): every form and language reads without
/// errors or warnings, all four read as the same network, and the reference lists every value of the
/// vocabulary with its synonyms (it is generated from ``Vocabulary``, so a new synonym shows up).
@Suite struct NetworkTemplateTests {
    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("govnet-template-\(UUID())-\(name)").path
    }

    static func read(_ language: ReportLanguage, _ form: NetworkTemplate.Form) throws -> LoadedNetwork {
        switch form {
        case .yaml:
            let file = temporary("net.yaml")
            defer { try? FileManager.default.removeItem(atPath: file) }
            try NetworkTemplate.yaml(language).write(toFile: file, atomically: true, encoding: .utf8)
            return try NetworkReader.read(path: file)
        case .csv:
            let folder = temporary("tables")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for f in NetworkTemplate.tables(language) {
                try f.text.write(toFile: (folder as NSString).appendingPathComponent(f.name), atomically: true, encoding: .utf8)
            }
            return try NetworkReader.read(path: folder, format: .tables)
        case .xlsx:
            let file = temporary("net.xlsx")
            defer { try? FileManager.default.removeItem(atPath: file) }
            try NetworkTemplate.workbook(language, file: file).write(to: URL(fileURLWithPath: file))
            return try NetworkReader.read(path: file)
        }
    }

    @Test(arguments: [ReportLanguage.en, .zh], NetworkTemplate.Form.allCases)
    func readsWithoutWarnings(_ language: ReportLanguage, _ form: NetworkTemplate.Form) throws {
        let loaded = try Self.read(language, form)
        #expect(loaded.diagnostics.filter { $0.severity != .note }.isEmpty, "\(loaded.diagnostics)")
        let net = loaded.network
        #expect(net.departments.count == 7 && net.functions.count == 2)
        // Ties of every standard mechanism and membership of a coordinating body.
        #expect(Set(net.ties.map(\.mechanism)) == Set(Mechanism.standard.map(\.id) + ["membership"]))
        #expect(GovernanceStructure.findCenter(net).id == "EMB")
        #expect(net.department("FLOODHQ")?.kind == "coordinating-body")
    }

    @Test func everyFormAndLanguageIsTheSameNetwork() throws {
        let reference = try Self.read(.en, .yaml).network
        for (language, form) in [(ReportLanguage.zh, NetworkTemplate.Form.yaml), (.en, .csv), (.zh, .csv), (.en, .xlsx), (.zh, .xlsx)] {
            let net = try Self.read(language, form).network
            #expect(net.ties == reference.ties, "\(language) \(form)")
            #expect(net.departments.map(\.id) == reference.departments.map(\.id))
            #expect(net.departments.map(\.kind) == reference.departments.map(\.kind))
            #expect(net.departments.map(\.level) == reference.departments.map(\.level))
            #expect(net.departments.map(\.ledBy) == reference.departments.map(\.ledBy))
            #expect(net.departments.map(\.coordinator) == reference.departments.map(\.coordinator))
            #expect(net.functions.map(\.assignments) == reference.functions.map(\.assignments))
        }
    }

    @Test func theReferenceListsEveryValueAndSynonym() {
        for language in [ReportLanguage.en, .zh] {
            for tables in [false, true] {
                let text = NetworkTemplate.reference(language, tables: tables).joined(separator: "\n")
                for term in Vocabulary.Term.allCases {
                    for value in Vocabulary.canonicalValues(term) { #expect(text.contains(value), "\(term) \(value)") }
                    for synonym in (Vocabulary.synonyms[term] ?? [:]).keys { #expect(text.contains(synonym), "\(term) \(synonym)") }
                }
                for value in AffiliationRole.allCases.map(\.rawValue) + Phase.allCases.map(\.rawValue)
                    + CommandRelation.allCases.map(\.rawValue) + EvidenceSource.allCases.map(\.rawValue) + Management.allCases.map(\.rawValue) {
                    #expect(text.contains(value))
                }
                if tables {
                    #expect(text.contains("编号") && text.contains("起点") && text.contains("权重"))
                }
            }
        }
        // The YAML comment header holds the reference; every line of it is a comment.
        let yaml = NetworkTemplate.yaml(.zh)
        let header = yaml.split(separator: "\n").prefix { $0.hasPrefix("#") }
        #expect(header.count == NetworkTemplate.reference(.zh, tables: false).count)
    }
}
