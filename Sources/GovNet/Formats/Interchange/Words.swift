/// Splits one line of a word-based format (Pajek, UCINET DL) into words: runs of non-blank characters
/// or double-quoted strings (`"two words"`, with `\"` and `\\` escapes as Python's `shlex` reads them).
enum Words {
    struct Word: Equatable {
        var text: String
        var quoted: Bool
    }

    /// The words of `line`. Commas separate words too when `commas` (DL label lists).
    /// - Returns: nil when a quote is not closed on the line.
    static func split(_ line: String, commas: Bool = false) -> [Word]? {
        var out: [Word] = []
        var current = ""
        var inWord = false
        var chars = line.unicodeScalars.makeIterator()
        while let c = chars.next() {
            if c == "\"" && !inWord {
                var text = ""
                var closed = false
                while let d = chars.next() {
                    if d == "\\" {
                        guard let e = chars.next() else { break }
                        if e != "\"" && e != "\\" { text.unicodeScalars.append(d) }
                        text.unicodeScalars.append(e)
                    } else if d == "\"" {
                        closed = true
                        break
                    } else {
                        text.unicodeScalars.append(d)
                    }
                }
                guard closed else { return nil }
                out.append(Word(text: text, quoted: true))
                continue
            }
            if c == " " || c == "\t" || (commas && c == ",") {
                if inWord { out.append(Word(text: current, quoted: false)); current = ""; inWord = false }
                continue
            }
            current.unicodeScalars.append(c)
            inWord = true
        }
        if inWord { out.append(Word(text: current, quoted: false)) }
        return out
    }

    /// `text` as one word: bare when it has no blank, quote, comma, backslash or leading `*`/`%`/`!`,
    /// else double-quoted with `"` and `\` escaped (read back by ``split(_:commas:)`` and `shlex`).
    static func quoted(_ text: String, always: Bool = false) -> String {
        let plain = !text.isEmpty && !always && !text.unicodeScalars.contains { c in
            c == " " || c == "\t" || c == "\"" || c == "," || c == "\\" || c == "=" || c == ":" || c.value < 0x20
        } && !["*", "%", "!"].contains(text.first!)
        if plain { return text }
        var out = "\""
        for c in text.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}
