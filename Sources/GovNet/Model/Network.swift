/// Descriptive metadata of a network and where it comes from.
public struct NetworkMetadata: Hashable, Sendable {
    public var title: String?
    public var jurisdiction: String?
    public var period: String?
    public var date: String?
    public var source: String?
    public var notes: String?
    /// `observed data` or `illustrative model` (see networks/README.md).
    public var status: String?
    /// Longer provenance text: how the network was built, which facts are verified and which inferred.
    public var provenance: String?
    /// Licence of the data, when it has one.
    public var license: String?
    /// The file this network was derived from by hand (e.g. a post-reform model edited from the
    /// pre-reform one). A QAP test between the two is then expected to reject.
    public var derivedFrom: String?
    /// The metadata in other languages: field (`title`, `jurisdiction`, `source`, `provenance`) →
    /// language code → text (the document's `titles: {zh: …}`, `jurisdictions`, `sources`, `provenances`).
    public var translations: [String: [String: String]] = [:]

    /// The fields that may carry translations.
    public static let translatableFields = ["title", "jurisdiction", "source", "provenance"]

    /// A field in a language: the translation when the document gives one (`translated` true), else the
    /// text as written (`translated` false, so the caller can say so, unless it is already written in
    /// that language: Chinese characters for `zh`); `nil` when the field is absent.
    public func localized(_ field: String, language: String?) -> (text: String, translated: Bool)? {
        if let language, let t = translations[field]?[language], !t.isEmpty { return (t, true) }
        let written: String? = switch field {
        case "title": title
        case "jurisdiction": jurisdiction
        case "source": source
        case "provenance": provenance
        default: nil
        }
        // Text already written in the language (Chinese characters for zh) needs no translation.
        return written.map { ($0, language == nil || (language == "zh" && $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })) }
    }

    public init(title: String? = nil, jurisdiction: String? = nil, period: String? = nil, date: String? = nil,
                source: String? = nil, notes: String? = nil, status: String? = nil, provenance: String? = nil,
                license: String? = nil, derivedFrom: String? = nil) {
        self.derivedFrom = derivedFrom
        self.title = title
        self.jurisdiction = jurisdiction
        self.period = period
        self.date = date
        self.source = source
        self.notes = notes
        self.status = status
        self.provenance = provenance
        self.license = license
    }
}

/// A collaborative-governance network: departments, their ties by mechanism, and their responsibilities.
///
/// A value type; build it by hand, or read it with ``NetworkReader``. ``validate()`` reports the
/// problems that make a network unusable (unknown ids, duplicates) and the ones that merely deserve a
/// look (self-loops, isolates, duplicate ties).
public struct Network: Hashable, Sendable {
    public var metadata: NetworkMetadata
    /// Mechanisms declared by the file. The standard five are always available (see ``allMechanisms``).
    public var mechanisms: [Mechanism]
    public var departments: [Department]
    public var ties: [Tie]
    public var functions: [Function]

    public init(metadata: NetworkMetadata = NetworkMetadata(), mechanisms: [Mechanism] = [],
                departments: [Department] = [], ties: [Tie] = [], functions: [Function] = []) {
        self.metadata = metadata
        self.mechanisms = mechanisms
        self.departments = departments
        self.ties = ties
        self.functions = functions
    }

    /// The declared mechanisms followed by the standard ones not redeclared, in that order.
    public var allMechanisms: [Mechanism] {
        var result = mechanisms
        let declared = Set(mechanisms.map(\.id))
        for m in Mechanism.standard where !declared.contains(m.id) { result.append(m) }
        return result
    }

    /// The mechanism with this id (declared or standard).
    public func mechanism(_ id: String) -> Mechanism? {
        mechanisms.first { $0.id == id } ?? Mechanism.standard.first { $0.id == id } ?? Mechanism.affiliation.first { $0.id == id }
    }

    /// Whether the network states that it is an illustrative model (``NetworkMetadata/status``).
    public var isIllustrative: Bool {
        NetworkStatus(metadata: metadata.status) == .illustrativeModel
    }

    /// The mechanisms a one-mode analysis takes by default: those used by ties, without membership
    /// (two-mode data) unless `includeMembership`, and without mechanisms whose every tie is derived
    /// (``Tie/isDerived``: projections of two-mode data) unless `includeDerived`.
    public func defaultMechanismIDs(includeMembership: Bool = false, includeDerived: Bool = false) -> [String] {
        var recorded = Set<String>()
        for t in ties where !t.isDerived { recorded.insert(t.mechanism) }
        return usedMechanismIDs.filter {
            (includeMembership || $0 != Mechanism.membership.id) && (includeDerived || recorded.contains($0))
        }
    }

    /// Mechanism ids whose every tie is derived (``Tie/isDerived``), in ``usedMechanismIDs`` order.
    public var derivedMechanismIDs: [String] {
        var recorded = Set<String>()
        for t in ties where !t.isDerived { recorded.insert(t.mechanism) }
        return usedMechanismIDs.filter { !recorded.contains($0) }
    }

    /// Mechanism ids that at least one tie uses, in ``allMechanisms`` order then by id.
    public var usedMechanismIDs: [String] {
        let used = Set(ties.map(\.mechanism))
        var order = allMechanisms.map(\.id).filter { used.contains($0) }
        let known = Set(order)
        order += used.subtracting(known).sorted()
        return order
    }

    /// Whether the tie is directed: its own `directed`, else its mechanism's default (directed when unknown).
    public func isDirected(_ tie: Tie) -> Bool {
        tie.directed ?? mechanism(tie.mechanism)?.directed ?? true
    }

    /// Department by id (linear search; build ``departmentIndex`` for repeated look-ups).
    public func department(_ id: String) -> Department? {
        departments.first { $0.id == id }
    }

    /// Map from department id to its position in ``departments`` (first occurrence wins).
    public var departmentIndex: [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(departments.count)
        for (i, d) in departments.enumerated() where index[d.id] == nil { index[d.id] = i }
        return index
    }

    /// The display name of a department id (the id itself when unknown).
    public func name(of id: String, language: String? = nil) -> String {
        department(id)?.label(language: language) ?? id
    }
}
