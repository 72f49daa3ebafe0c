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

/// Splits UTF-8 text into lines (CR, LF or CRLF) with 1-based line numbers, for the line formats.
enum TextLines {
    /// The lines of `bytes`, BOM skipped.
    /// - Throws: ``FormatError`` when the text is not UTF-8 or contains NUL bytes.
    static func split(_ bytes: [UInt8], file: String) throws -> [(line: Int, text: String)] {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        var out: [(Int, String)] = []
        var start = 0, line = 1, i = 0
        func emit(_ end: Int) throws {
            let slice = body[start..<end]
            if slice.contains(0) { throw FormatError(file: file, line: line, Message("reader.text.nul-text")) }
            guard let s = String(validating: slice, as: UTF8.self) else {
                throw FormatError(file: file, line: line, Message("reader.csv.not-utf8"))
            }
            out.append((line, s))
        }
        while i < body.count {
            let b = body[i]
            if b == 0x0A || b == 0x0D {
                try emit(i)
                if b == 0x0D, i + 1 < body.count, body[i + 1] == 0x0A { i += 1 }
                line += 1
                start = i + 1
            }
            i += 1
        }
        if start < body.count { try emit(body.count) }
        return out
    }
}
