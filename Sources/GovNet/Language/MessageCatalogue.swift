/// The message catalogue: every user-facing sentence by key, one table per language
/// (`MessageCatalogue+English.swift`, `MessageCatalogue+Chinese.swift`), with the terms of
/// docs/glossary.md.
///
/// Templates name their parameters in braces, `{department}`. A plural or counter form is
/// `{n|one form|other form}` where `#` stands for the number: `{n|# tie|# ties}`; Chinese needs one
/// form, `{n}条`. A key missing from a language falls back to English, then to the key itself, so a
/// gap shows instead of failing; `MessageCatalogueTests` fails when the two tables' keys differ.
public enum MessageCatalogue {
    /// The tables of each language, one per file; no key is in two of them (``MessageCatalogueTests``).
    static let englishParts = [englishCore, englishCommands, englishERGM, englishReaders, englishExplorer, englishStructure]
    static let chineseParts = [chineseCore, chineseCommands, chineseERGM, chineseReaders, chineseExplorer, chineseStructure]

    /// Every English message.
    static let english: [String: String] = englishParts.reduce(into: [:]) { $0.merge($1) { first, _ in first } }
    /// Every Chinese message.
    static let chinese: [String: String] = chineseParts.reduce(into: [:]) { $0.merge($1) { first, _ in first } }

    /// The table of a language.
    public static func table(_ language: ReportLanguage) -> [String: String] {
        switch language {
        case .en: return english
        case .zh: return chinese
        }
    }

    /// The template of `key` in `language` (English, then the key, when missing).
    public static func template(_ key: String, _ language: ReportLanguage) -> String {
        table(language)[key] ?? english[key] ?? key
    }

    /// A value of an open vocabulary (a department kind, …) in each language: the catalogue's
    /// `prefix.value` when it has one, else the value as written.
    public static func term(_ prefix: String, _ value: String) -> LocalizedName {
        LocalizedName(english["\(prefix).\(value)"] ?? value, chinese: chinese["\(prefix).\(value)"])
    }

    /// A value of a department grouping attribute in the catalogue's words: kinds, levels, management
    /// types and relationship classes have catalogue terms; any other attribute's values are shown as
    /// written.
    public static func groupValue(attribute: String, _ value: String) -> LocalizedName {
        let prefix: String? = switch attribute {
        case "kind": "kind"
        case "level": "level"
        case "management": "management"
        case "relationship": "relationshipClass"
        default: nil
        }
        return prefix.map { term($0, value) } ?? LocalizedName(value, chinese: nil)
    }

    /// A message rendered in `language`. O(template length + arguments).
    public static func render(_ message: Message, _ language: ReportLanguage) -> String {
        fill(template(message.key, language), message, language)
    }

    static func fill(_ template: String, _ message: Message, _ language: ReportLanguage) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let body = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let parts = body.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let argument = message.argument(parts[0])
            if parts.count == 1 {
                out += argument.map { text($0, language) } ?? "{\(parts[0])}"
            } else {
                let n = argument.map(count) ?? 0
                let form = n == 1 || parts.count == 2 ? parts[1] : parts[2]
                out += form.replacingOccurrences(of: "#", with: String(n))
            }
        }
        out += rest
        return out
    }

    /// The number a plural form counts: a count, or the length of a list.
    static func count(_ argument: MessageArgument) -> Int {
        switch argument {
        case .count(let n): return n
        case .names(let names, _, _): return names.count
        case .number(let x, _): return Int(x)
        default: return 0
        }
    }

    /// One parameter as text in `language`.
    static func text(_ argument: MessageArgument, _ language: ReportLanguage) -> String {
        switch argument {
        case .text(let s): return s
        case .name(let n): return n.text(language)
        case .names(let names, let limit, let unit): return list(names.map { $0.text(language) }, limit: limit, unit: unit, language)
        case .count(let n): return String(n)
        case .percent(let x): return String(Int((x * 100).rounded()))
        case .number(let x, let digits): return NumberFormat.significant(x, digits: digits)
        case .message(let m): return render(m, language)
        case .clauses(let parts): return parts.map { text($0, language) }.joined(separator: template("list.separator", language))
        case .instrument(let i): return template("instrument.\(i.rawValue)", language)
        case .empty: return ""
        }
    }

    /// Names joined the language's way: "A, B and C" (functions "A, B, C"), "A, B, C and 4 more"; "A、B、C",
    /// "A、B、C等7个部门".
    public static func list(_ names: [String], limit: Int = 6, unit: ListUnit = .department, _ language: ReportLanguage) -> String {
        let shown = Array(names.prefix(max(limit, 1)))
        let rest = names.count - shown.count
        switch language {
        case .zh:
            let joined = shown.joined(separator: "、")
            guard rest > 0 else { return joined }
            return joined + fill(template("list.more.\(unit.rawValue)", .zh), Message("", [("n", .count(names.count)), ("rest", .count(rest))]), .zh)
        case .en:
            if rest > 0 {
                return shown.joined(separator: ", ") + fill(template("list.more.\(unit.rawValue)", .en),
                                                           Message("", [("n", .count(names.count)), ("rest", .count(rest))]), .en)
            }
            if shown.count <= 1 { return shown.first ?? "" }
            // Function names often hold an "and" of their own ("Relief and resettlement"): commas only.
            if unit == .function { return shown.joined(separator: ", ") }
            return shown.dropLast().joined(separator: ", ") + " and " + shown.last!
        }
    }
}

extension ReportLanguage {
    /// A message in this language.
    public func render(_ message: Message) -> String { MessageCatalogue.render(message, self) }

    /// A message by key with named parameters, in this language.
    public func render(_ key: String, _ arguments: [(String, MessageArgument)] = []) -> String {
        MessageCatalogue.render(Message(key, arguments), self)
    }

    /// The language of a `--lang` value: `zh` (or `zh-…`) is Chinese, anything else English.
    public init(code: String?) {
        self = code.map { $0 == "zh" || $0.hasPrefix("zh-") || $0.hasPrefix("zh_") } == true ? .zh : .en
    }
}
