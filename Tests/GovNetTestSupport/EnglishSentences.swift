import Foundation

/// Finds English sentences in text that should be Chinese: a stretch of ASCII (no CJK character, no
/// full-width punctuation) holding three or more words of two or more letters in a row, such as
/// "have no path back to". Ids, numbers, formulas ("R = 0.138"), file names and single English names
/// pass; text the user wrote (department, function and mechanism names, ids, metadata) is removed
/// first, since it is printed as written. Markup (HTML/SVG tags, comments, style and script blocks)
/// is not text and is removed too; a `govnet …` command line is a command, not a sentence.
public enum EnglishSentences {
    /// The offending stretches, at most `limit`.
    public static func find(in text: String, allowing written: [String], limit: Int = 20) -> [String] {
        var s = text
        // A diagram wraps a long name over several <text> lines: a line that is part of a written name is that name.
        if s.contains("<text") {
            let regex = try! NSRegularExpression(pattern: #"<text[^>]*>([^<]*)</text>"#)
            let ns = s as NSString
            var kept = ""
            var last = 0
            for m in regex.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
                let content = decode(ns.substring(with: m.range(at: 1))).trimmingCharacters(in: .whitespaces)
                kept += ns.substring(with: NSRange(location: last, length: m.range.location - last))
                if content.isEmpty || !written.contains(where: { $0.contains(content) }) { kept += " " + ns.substring(with: m.range) + " " }
                last = m.range.location + m.range.length
            }
            s = kept + ns.substring(from: last)
        }
        for pattern in [#"<style[\s\S]*?</style>"#, #"<script[\s\S]*?</script>"#, #"<!--[\s\S]*?-->"#, #"<[^>]*>"#] {
            s = s.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        s = decode(s)
        s = s.replacingOccurrences(of: "\\", with: "")  // Markdown escapes
        for w in written.filter({ $0.count >= 2 }).sorted(by: { $0.count > $1.count }) {
            s = s.replacingOccurrences(of: w, with: " ¶ ")
        }
        var found: [String] = []
        for run in s.split(whereSeparator: { !$0.isASCII || $0 == "\n" }) {
            let words = run.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "-" || $0 == "_") })
                .filter { $0.count >= 2 && $0.contains(where: \.isLetter) }
            guard words.count >= 3 else { continue }
            let trimmed = run.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasPrefix("govnet ") || trimmed.hasPrefix("(govnet ") { continue }
            // Three words in a row: no number or formula between them.
            if maxConsecutiveWords(run) >= 3 { found.append(trimmed) }
            if found.count >= limit { break }
        }
        return found
    }

    static func decode(_ text: String) -> String {
        var s = text
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#45;", "-"), ("&#160;", " "), ("&amp;", "&")] {
            s = s.replacingOccurrences(of: entity, with: char)
        }
        return s
    }

    /// The longest sequence of words separated only by spaces and light punctuation.
    static func maxConsecutiveWords(_ run: Substring) -> Int {
        var best = 0, current = 0
        for token in run.split(separator: " ", omittingEmptySubsequences: true) {
            let core = token.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()[]*_`'\"!?"))
            if core.count >= 2, core.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) {
                current += 1
                best = max(best, current)
            } else {
                current = 0
            }
        }
        return best
    }
}
