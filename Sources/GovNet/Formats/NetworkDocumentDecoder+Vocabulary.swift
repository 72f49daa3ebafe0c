/// A document's own vocabulary: the `vocabulary` section of a YAML or JSON network, which adds synonyms
/// to the built-in ones of ``Vocabulary`` for this document only (docs/vocabulary.md):
///
///     vocabulary:
///       mechanism: {会商: information, 调度: command}
///       basis: {文件: regulation}
///       role: {主办: lead}
///       kind: {应急局: emergency-management}
///       level: {区级: county}
///
/// Terms are `mechanism`, `basis`, `role` (of an assignment), `tie_role` (of a membership or drafting
/// tie), `kind` and `level` (plurals accepted). A synonym's value
/// must be a canonical value of its term (or a built-in synonym, read as its meaning; a mechanism may
/// also be one the document declares under `mechanisms`); an unknown one is an error with "did you
/// mean". Kinds and levels are open: a value that is no known kind or level is accepted unless it
/// misspells one. A synonym that is itself a canonical value is an error; one that gives a built-in
/// synonym another meaning is a warning (the document's meaning applies). Writers write canonical
/// values, so the section is not written back.
extension NetworkDocumentDecoder {
    static let vocabularyTerms: [String: Vocabulary.Term] = [
        "mechanism": .mechanism, "mechanisms": .mechanism, "basis": .basis, "bases": .basis,
        "role": .role, "roles": .role, "kind": .kind, "kinds": .kind, "level": .level, "levels": .level,
        "tie_role": .tieRole, "tie_roles": .tieRole, "tie-role": .tieRole, "tie role": .tieRole,
    ]

    /// Reads the section into ``SourceMap/vocabulary``, reporting every problem with its line.
    /// `members` (the document's top level) gives the ids of declared mechanisms.
    /// - Complexity: O(entries · canonical values) for the suggestions.
    mutating func vocabulary(_ node: DocNode, members: [(key: String, line: Int, value: DocNode)]) {
        guard let terms = object(node, what: Message("reader.vocabulary.what.terms")) else { return }
        var declared: [String] = []
        if let ms = members.first(where: { $0.key == "mechanisms" }), case .array(let items) = ms.value.value {
            for item in items {
                if case .object(let fields) = item.value, let id = fields.first(where: { $0.key == "id" }), case .scalar(let s, _) = id.value.value { declared.append(s) }
            }
        }
        var added: Vocabulary.Additions = [:]
        for (key, line, value) in terms {
            guard let term = Self.vocabularyTerms[key] else {
                let near = Vocabulary.suggestion(for: key, among: Vocabulary.Term.allCases.map(\.rawValue)).map(Vocabulary.didYouMean) ?? .empty
                error(nil, line: line, field: "vocabulary.\(key)", Message("reader.vocabulary.unknown-term", [("term", .text(YAMLDocumentReader.excerpt(key))), ("hint", near)]))
                continue
            }
            guard let entries = object(value, what: Message("reader.vocabulary.what.entries", [("term", .text(term.rawValue))])) else { continue }
            let canonical = Vocabulary.canonicalValues(term) + (term == .mechanism ? declared : [])
            for (synonym, entryLine, target) in entries {
                let field = "vocabulary.\(term.rawValue)"
                guard let meaning = text(target, field: field), !meaning.isEmpty else {
                    error(target, field: field, Message("reader.vocabulary.needs-value", [("synonym", .text(YAMLDocumentReader.excerpt(synonym))), ("term", .text(term.rawValue))]))
                    continue
                }
                let word = synonym.trimmingCharacters(in: .whitespaces)
                if word.isEmpty { error(nil, line: entryLine, field: field, Message("reader.vocabulary.empty-synonym")); continue }
                if canonical.contains(word) {
                    error(nil, line: entryLine, field: field, Message("reader.vocabulary.already-canonical", [("word", .text(YAMLDocumentReader.excerpt(word))), ("term", .text(term.rawValue))]))
                    continue
                }
                // The value: canonical, or a built-in synonym read as its meaning.
                let resolved = canonical.contains(meaning) ? meaning : Vocabulary.synonyms[term]?[meaning]
                let open = term == .kind || term == .level
                guard let value = resolved ?? (open && Vocabulary.suggestion(for: meaning, among: canonical) == nil ? meaning : nil) else {
                    error(target, field: field, Message("reader.vocabulary.unknown-meaning", [
                        ("synonym", .text(YAMLDocumentReader.excerpt(word))), ("term", .text(term.rawValue)), ("value", .text(YAMLDocumentReader.excerpt(meaning))),
                        ("hint", Vocabulary.didYouMeanArgument(meaning, term, extra: term == .mechanism ? declared : [])),
                        ("expected", Vocabulary.spellings(canonical))]))
                    continue
                }
                if let builtIn = Vocabulary.synonyms[term]?[word], builtIn != value {
                    warning(line: entryLine, field: field, Message("reader.vocabulary.redefined", [("word", .text(word)), ("term", .text(term.rawValue)), ("usual", .text(builtIn)), ("value", .text(value))]))
                }
                added[term, default: [:]][word] = value
            }
        }
        map.vocabulary = added
    }
}
