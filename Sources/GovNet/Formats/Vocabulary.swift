/// The words analysts write for GovNet's closed and open vocabularies: Chinese (and other) synonyms of
/// mechanisms, tie bases, function roles, department kinds and administrative levels, and the
/// aliases of table column headers. One table for every reader (YAML, JSON, CSV tables, edge lists);
/// docs/vocabulary.md lists it.
///
/// A synonym is read as its canonical value (`预案` is `plan`); the canonical value is what every
/// analysis, report and writer sees, so a network written with synonyms analyses and exports exactly
/// like one written with the canonical words. Matching is exact after trimming spaces; a value that is
/// neither canonical nor a synonym gets "did you mean" from ``suggestion(for:among:)``.
public enum Vocabulary {
    /// A vocabulary with synonyms.
    public enum Term: String, CaseIterable, Sendable {
        case mechanism, basis, role, kind, level
        /// The role of a membership or drafting tie (``AffiliationRole``), written `role` on the tie.
        case tieRole = "tie role"
    }

    /// Synonyms of each term, synonym → canonical value.
    ///
    /// Mechanisms: the field's Chinese names of the linkage mechanisms (指挥协调, 信息共享, 物资保障, 监督考核,
    /// 联合处置) and their short forms. Bases: the ranks of Chinese legal sources (法律; 行政法规, 地方性法规 and
    /// 规章; 预案; 协议) and informal practice (惯例). Roles: the 牵头/配合 wording of responsibility lists.
    public static let synonyms: [Term: [String: String]] = [
        .mechanism: [
            "指挥": "command", "领导": "command", "指挥协调": "command",
            "信息": "information", "信息共享": "information", "信息报送": "information",
            "物资": "material", "物资保障": "material",
            "监督": "supervision", "监督考核": "supervision",
            "联合处置": "operation", "协同处置": "operation", "协同联动": "operation", "防灾救灾一体化运行": "operation",
            "成员": "membership", "成员单位": "membership", "议事协调机构成员": "membership",
            "预案编制": "drafting",
        ],
        .basis: [
            "法律": "law",
            "法规": "regulation", "规章": "regulation", "行政法规": "regulation", "地方性法规": "regulation",
            "预案": "plan", "应急预案": "plan",
            "协议": "agreement", "合作协议": "agreement", "联动协议": "agreement",
            "非正式": "informal", "惯例": "informal",
        ],
        .role: [
            "牵头": "lead", "主责": "lead", "共同牵头": "co-lead", "配合": "support", "协助": "support",
        ],
        .tieRole: [
            "组长": "chair", "主任": "chair", "指挥长": "chair", "总指挥": "chair",
            "副组长": "deputy", "副主任": "deputy", "副指挥长": "deputy", "副总指挥": "deputy",
            "办公室": "office", "成员": "member", "成员单位": "member",
            "承办单位": "drafting-lead", "承办": "drafting-lead", "牵头": "drafting-lead",
            "协办单位": "drafting-co", "协办": "drafting-co", "配合": "drafting-co", "协助": "drafting-co",
        ],
        .kind: [
            "应急管理": "emergency-management", "应急": "emergency-management",
            "水利": "water", "气象": "meteorology", "卫生": "health", "卫健": "health", "卫生健康": "health",
            "交通": "transport", "交通运输": "transport", "民政": "civil-affairs",
            "消防": "fire-rescue", "消防救援": "fire-rescue", "公安": "public-security",
            "自然资源": "natural-resources", "政府": "government", "军队": "military", "部队": "military",
            "武警": "armed-police", "地震": "earthquake", "财政": "finance", "教育": "education",
            "生态环境": "environment", "住建": "housing", "住房城乡建设": "housing", "农业农村": "agriculture",
            "林业": "forestry", "通信": "telecom", "宣传": "publicity", "议事协调机构": "coordinating-body",
            "指挥部": "headquarters", "委员会": "committee", "应急委员会": "emergency-committee",
            "督查室": "supervision-office", "纪委监委": "discipline-inspection", "社会组织": "ngo",
        ],
        .level: [
            "国家级": "national", "中央": "national", "省级": "provincial", "省": "provincial",
            "市级": "municipal", "地市级": "municipal", "市": "municipal",
            "县级": "county", "区县": "county", "县": "county", "乡镇": "township", "乡镇级": "township", "街道": "township",
            "村": "village", "社区": "village",
        ],
    ]

    /// The canonical values of a closed vocabulary (mechanisms: the standard and affiliation ones;
    /// kinds and levels: the values the analyses know — other kinds and levels are allowed).
    public static func canonicalValues(_ term: Term) -> [String] {
        switch term {
        case .mechanism: return (Mechanism.standard + Mechanism.affiliation).map(\.id)
        case .basis: return Basis.allCases.map(\.rawValue)
        case .role: return Role.allCases.map(\.rawValue)
        case .tieRole: return AffiliationRole.allCases.map(\.rawValue)
        case .kind: return knownKinds
        case .level: return ["national", "provincial", "municipal", "county", "township", "village"]
        }
    }

    /// Department kinds the analyses and the message catalogue know.
    static let knownKinds: [String] = Array(Set(MessageCatalogue.english.keys.filter { $0.hasPrefix("kind.") }.map { String($0.dropFirst(5)) })
                                            .union(["headquarters", "committee", "council"])).sorted()

    /// Synonyms a document adds to the built-in ones (its `vocabulary` section, ``DocumentVocabulary``),
    /// by term, synonym → canonical value. They take precedence over the built-in synonyms.
    public typealias Additions = [Term: [String: String]]

    /// The synonyms of `term`: the built-in ones with `added` over them.
    static func synonyms(_ term: Term, _ added: Additions) -> [String: String] {
        guard let more = added[term], !more.isEmpty else { return synonyms[term] ?? [:] }
        return (synonyms[term] ?? [:]).merging(more) { _, new in new }
    }

    /// The canonical value `value` stands for: itself when canonical, its meaning when a synonym (one
    /// `added` by the document first), nil otherwise. O(length of `value`).
    public static func canonical(_ value: String, _ term: Term, added: Additions = [:]) -> String? {
        let v = widthFolded(value)
        if let meaning = added[term]?[v] { return meaning }
        if canonicalValues(term).contains(v) { return v }
        return synonyms[term]?[v]
    }

    /// `value` as its canonical word when it is a synonym, else unchanged (for open vocabularies: kinds,
    /// levels, and mechanisms a network may declare).
    public static func normalised(_ value: String, _ term: Term, added: Additions = [:]) -> String {
        let v = widthFolded(value)
        return added[term]?[v] ?? synonyms[term]?[v] ?? (v != value && canonicalValues(term).contains(v) ? v : value)
    }

    /// `s` as typed on an ASCII keyboard: full-width forms folded to ASCII (U+FF01–U+FF5E to U+0021–U+007E:
    /// `ｃｏｍｍａｎｄ`, `ｔｒｕｅ`, `；`, `：`), the ideographic space (U+3000) to a space, then trimmed. A
    /// Chinese input method types these for the ASCII letters and punctuation a vocabulary value, a header or
    /// a list separator needs; CJK text has none of them and is unchanged.
    /// - Complexity: O(length of `s`).
    public static func widthFolded(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { (0xFF01...0xFF5E).contains($0.value) || $0.value == 0x3000 }) else {
            return s.trimmingCharacters(in: .whitespaces)
        }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if (0xFF01...0xFF5E).contains(c.value), let a = Unicode.Scalar(c.value - 0xFEE0) { out.append(a) }
            else if c.value == 0x3000 { out.append(" ") }
            else { out.append(c) }
        }
        return String(out).trimmingCharacters(in: .whitespaces)
    }

    /// A closed-vocabulary value parsed through the synonyms: `T(rawValue:)` of the canonical word.
    static func parse<T: RawRepresentable>(_ value: String, _ term: Term, added: Additions = [:]) -> T? where T.RawValue == String {
        canonical(value, term, added: added).flatMap(T.init(rawValue:))
    }

    /// " (did you mean 'X'?)" for the term's canonical value or synonym closest to `value`, or "".
    public static func didYouMean(_ value: String, _ term: Term, extra: [String] = [], added: Additions = [:]) -> String {
        MessageCatalogue.text(didYouMeanArgument(value, term, extra: extra, added: added), .en)
    }

    /// ``didYouMean(_:_:extra:added:)`` as a message parameter (`diagnostic.did-you-mean`, or
    /// `diagnostic.did-you-mean-synonym` naming the synonym), `.empty` when nothing is near.
    public static func didYouMeanArgument(_ value: String, _ term: Term, extra: [String] = [], added: Additions = [:]) -> MessageArgument {
        let table = synonyms(term, added)
        let candidates = canonicalValues(term) + extra + Array(table.keys).sorted()
        guard let s = suggestion(for: value, among: candidates) else { return .empty }
        guard let meaning = table[s] else { return didYouMean(s) }
        return .message(Message("diagnostic.did-you-mean-synonym", [("value", .text(meaning)), ("synonym", .text(s))]))
    }

    /// " (did you mean 'X'?)" for a suggestion already found, as a message parameter.
    public static func didYouMean(_ suggestion: String) -> MessageArgument {
        .message(Message("diagnostic.did-you-mean", [("value", .text(suggestion))]))
    }

    /// The candidate `value` most likely misspells: the first equal to it ignoring case, spaces, `_`
    /// and `-`; else the unique nearest within the edit distance a typo makes (1 for up to 4
    /// characters, 2 beyond; a swap of two neighbours counts 1), nil when none or a tie.
    /// - Complexity: O(c · L²) for c candidates of length L.
    public static func suggestion(for value: String, among candidates: [String], maxDistance: Int = 2) -> String? {
        func folded(_ s: String) -> String { String(s.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" }) }
        let v = folded(value)
        guard !v.isEmpty else { return nil }
        if let exact = candidates.first(where: { folded($0) == v && $0 != value }) { return exact }
        let limit = min(maxDistance, v.count <= 4 ? 1 : 2)
        var best: (String, Int)?
        var tied = false
        let a = Array(v)
        for c in candidates {
            let b = Array(folded(c))
            guard abs(a.count - b.count) <= limit, !b.isEmpty else { continue }
            let d = editDistance(a, b)
            guard d <= limit, d > 0 else { continue }
            if let (_, bd) = best, bd <= d { if bd == d && best?.0 != c { tied = true }; continue }
            best = (c, d); tied = false
        }
        return tied ? nil : best?.0
    }

    /// "unknown basis '预按'; expected one of law, regulation, … (or a synonym: 法律, …) (did you mean …?)".
    static func unknown(_ value: String, _ term: Term, added: Additions = [:]) -> String { ReportLanguage.en.render(unknownMessage(value, term, added: added)) }

    /// Values written as they are (accepted spellings, ids), listed the language's way: `law, plan` /
    /// `law、plan`, all of them.
    public static func spellings(_ values: [String]) -> MessageArgument {
        .names(values.map { LocalizedName($0) }, limit: .max, unit: .function)
    }

    /// ``unknown(_:_:added:)`` as a catalogue message (`diagnostic.unknown-value`).
    static func unknownMessage(_ value: String, _ term: Term, added: Additions = [:]) -> Message {
        let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
        let words = Array(synonyms(term, added).keys).sorted()
        return Message(words.isEmpty ? "diagnostic.unknown-value" : "diagnostic.unknown-value-synonyms",
                       [("term", .text(term.rawValue)), ("value", .text(shown)), ("hint", didYouMeanArgument(value, term, added: added)),
                        ("expected", spellings(canonicalValues(term))), ("synonyms", spellings(words))])
    }

    /// Optimal-string-alignment distance (Levenshtein with adjacent transpositions).
    /// - Complexity: O(|a| · |b|).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = min(cur[j], prev2[j - 2] + 1) }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }

    // MARK: Table headers

    /// Column aliases, alias → canonical column name (headers are compared lowercased and trimmed).
    /// `备注`/`说明` (notes) have no alias: they are kept as attributes under their own names.
    public static let columnAliases: [String: String] = [
        "编号": "id", "代码": "id", "名称": "name", "部门名称": "name", "类型": "kind", "部门类型": "kind",
        "层级": "level", "级别": "level", "起点": "from", "来源部门": "from", "终点": "to", "目标部门": "to",
        "机制": "mechanism", "联动机制": "mechanism", "权重": "weight", "强度": "weight",
        "方向": "directed", "有向": "directed", "依据": "basis", "角色": "role", "职责": "role",
        "职能": "function", "职能编号": "function", "部门": "department", "责任部门": "department",
        "阶段": "phase", "关系": "relation", "出处": "citation", "置信度": "confidence",
        "原部门": "formerly", "上级部门": "led_by", "管理体制": "management", "中文名": "names.zh", "中文名称": "names.zh",
        "英文名": "names.en", "英文名称": "names.en",
    ]

    /// The canonical column a header names (`起点` → `from`), or the header itself. Full-width letters and
    /// a colon typed after the name (`起点：`, `ｗｅｉｇｈｔ`) are read as typed in ASCII (``widthFolded(_:)``).
    public static func column(_ header: String) -> String {
        if let c = columnAliases[header] { return c }
        var folded = widthFolded(header)
        if folded.hasSuffix(":") { folded = String(folded.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard folded != header, !folded.isEmpty else { return header }
        return columnAliases[folded] ?? folded.lowercased()
    }

    /// The aliases of `column`, sorted, for messages and docs.
    public static func aliases(of column: String) -> [String] { columnAliases.filter { $0.value == column }.map(\.key).sorted() }

    /// Values of a `directed` cell: true/false, yes/no, 1/0, and 是/否, 有向/无向, 单向/双向.
    public static func bool(_ s: String) -> Bool? {
        switch widthFolded(s).lowercased() {
        case "true", "yes", "1", "是", "有向", "单向": return true
        case "false", "no", "0", "否", "无向", "双向": return false
        default: return nil
        }
    }
}
