import Foundation
internal import ZIPFoundation

/// Bounds on what reading one Excel workbook may inflate, so a ZIP bomb is refused in bounded time and
/// memory (docs/limits.md).
///
/// A workbook is a ZIP package of XML parts; deflate expands at most about 1,032 to 1, so a 1 MB file can
/// claim a gigabyte. The limits are checked twice: on the sizes the central directory declares, before
/// anything is inflated, and on the bytes actually produced while inflating, chunk by chunk — a part that
/// inflates past its declared size, past ``maxPartBytes``, past ``maxRatio`` times its compressed size
/// (once it passes ``ratioGrace``) or past ``maxTotalBytes`` for the workbook is refused at that chunk.
///
/// Reference: Apache POI's ZipSecureFile applies the same rule (minimum inflate ratio 0.01 after a grace
/// size); David Fifield, "A better zip bomb" (WOOT '19), on overlapping and lying entries.
public enum WorkbookLimits {
    /// Most entries (files) in the package. A workbook of a few sheets has 10 to 30.
    public static let maxEntries = 10_000
    /// Most bytes one part may inflate to (a sheet of a million rows of five cells is about 150 MB).
    public static let maxPartBytes = 256 << 20
    /// Most bytes all parts read may inflate to together.
    public static let maxTotalBytes = 512 << 20
    /// Largest ratio of inflated to compressed bytes of one part. Sheet XML compresses 5 to 30 times;
    /// runs of identical bytes, which only a bomb is made of, compress a thousand times.
    public static let maxRatio = 100
    /// Bytes a part may inflate to before the ratio applies (small parts of repeated markup compress well).
    public static let ratioGrace = 1 << 20
}

/// The parts of an Office Open XML package (`.xlsx`), read through ZIPFoundation with the checks a
/// file from another party needs before any part is inflated: the ZIP signature (an OLE compound file
/// is an encrypted workbook or an old `.xls`), no encrypted entry, no macros (`vbaProject.bin`, a
/// macro-enabled content type), entry count and declared sizes within ``WorkbookLimits``; then every part
/// inflated under the same limits, checked as it inflates.
struct WorkbookPackage {
    /// The workbook as the user named it.
    let file: String
    private let archive: Archive
    private var entries: [String: Entry] = [:]
    /// Bytes inflated so far, against ``WorkbookLimits/maxTotalBytes``.
    private var inflated = 0

    /// The OLE compound file signature (D0 CF 11 E0 A1 B1 1A E1): Excel's password-protected workbooks and `.xls`.
    static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// A ZIP file starts with a local file header (or, empty, with the end of the central directory).
    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// Whether `bytes` start like a workbook: a ZIP package or an OLE compound file.
    static func looksLikeWorkbook(_ prefix: some Collection<UInt8>) -> Bool {
        prefix.starts(with: zipSignature) || prefix.starts(with: oleSignature)
    }

    /// Opens the package in `bytes` after the checks above.
    /// - Throws: ``FormatError`` naming `file` and what was refused, with what to do instead.
    init(bytes: [UInt8], file: String) throws {
        self.file = file
        if bytes.starts(with: Self.oleSignature) {
            let encrypted = Self.contains(bytes, utf16: "EncryptionInfo") || Self.contains(bytes, utf16: "EncryptedPackage")
            throw FormatError(file: file, Message(encrypted ? "reader.xlsx.encrypted" : "reader.xlsx.ole"))
        }
        guard bytes.starts(with: Self.zipSignature) else {
            throw FormatError(file: file, Message("reader.xlsx.not-zip"))
        }
        let directory = try ZipDirectory(bytes, file: file)
        try directory.check()
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw FormatError(file: file, Message("reader.zip.damaged", [("reason", .text("\(error)"))]))
        }
        for entry in archive where entry.type == .file { entries[entry.path] = entries[entry.path] ?? entry }
        if entries.count < directory.names.count {
            throw FormatError(file: file, Message("reader.zip.unreadable-entries", [("listed", .count(directory.names.count)), ("read", .count(entries.count))]))
        }
    }

    /// Whether the package has a part at `path` (no leading `/`).
    func has(_ path: String) -> Bool { entries[path] != nil }

    /// The bytes of part `path`, nil when absent.
    /// - Throws: ``FormatError`` when inflating passes a limit of ``WorkbookLimits`` (checked per chunk)
    ///   or the part is damaged (its checksum or size differs from the directory's).
    mutating func part(_ path: String) throws -> [UInt8]? {
        guard let entry = entries[path] else { return nil }
        let declared = Int(clamping: entry.uncompressedSize), compressed = max(Int(clamping: entry.compressedSize), 1)
        var out: [UInt8] = []
        out.reserveCapacity(min(declared, WorkbookLimits.maxPartBytes))
        let total = inflated
        struct Refused: Error { let message: Message }
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { chunk in
                out.append(contentsOf: chunk)
                let n = out.count
                if n > declared {
                    throw Refused(message: Message("reader.zip.past-declared", [("part", .text(path)), ("declared", .count(declared))]))
                }
                if n > WorkbookLimits.maxPartBytes {
                    throw Refused(message: Message("reader.zip.part-limit", [("part", .text(path)), ("limit", .count(WorkbookLimits.maxPartBytes))]))
                }
                if n > WorkbookLimits.ratioGrace && n / compressed > WorkbookLimits.maxRatio {
                    throw Refused(message: Message("reader.zip.part-ratio", [("part", .text(path)), ("ratio", .count(WorkbookLimits.maxRatio)), ("compressed", .count(compressed))]))
                }
                if total + n > WorkbookLimits.maxTotalBytes {
                    throw Refused(message: Message("reader.zip.total-limit", [("limit", .count(WorkbookLimits.maxTotalBytes))]))
                }
            }
        } catch let r as Refused {
            throw FormatError(file: file, r.message)
        } catch {
            throw FormatError(file: file, Message("reader.zip.part-unreadable", [("part", .text(path)), ("reason", .text("\(error)"))]))
        }
        if out.count != declared {
            throw FormatError(file: file, Message("reader.zip.size-mismatch", [("part", .text(path)), ("size", .count(out.count)), ("declared", .count(declared))]))
        }
        inflated += out.count
        return out
    }

    /// Whether `bytes` hold `name` in UTF-16LE, as an OLE directory names its streams.
    private static func contains(_ bytes: [UInt8], utf16 name: String) -> Bool {
        let needle = name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        guard bytes.count >= needle.count, let first = needle.first else { return false }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}

/// The central directory of a ZIP file, read by its own bounds-checked scan before ZIPFoundation opens
/// it: what each entry declares (name, flags, method, sizes) is checked against ``WorkbookLimits``
/// without inflating a byte, and an encrypted entry — which ZIPFoundation skips silently — is seen.
///
/// Reference: PKWARE APPNOTE.TXT 6.3.10, §4.3.7 (local file header), §4.3.12 (central directory header), §4.3.16 (end of central
/// directory record), §4.4.4 (general purpose bit 0: encrypted).
struct ZipDirectory {
    struct Item { var name: String; var flags: UInt16; var method: UInt16; var compressed: UInt64; var size: UInt64 }
    let file: String
    var items: [Item] = []
    var names: Set<String> { Set(items.map(\.name)) }

    init(_ bytes: [UInt8], file: String) throws {
        self.file = file
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        func damaged(_ why: String) -> FormatError {
            FormatError(file: file, Message("reader.zip.damaged", [("reason", .message(Message("reader.zip.why.\(why)")))]))
        }
        // The end record: 22 bytes plus a comment of at most 65,535, searched from the end.
        guard bytes.count >= 22 else { throw damaged("too-short") }
        var end = -1
        var i = bytes.count - 22
        while i >= max(0, bytes.count - 22 - 65_535) {
            if bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x05 && bytes[i + 3] == 0x06 { end = i; break }
            i -= 1
        }
        guard end >= 0 else { throw damaged("no-end") }
        let count = u16(end + 10), size = u32(end + 12), offset = u32(end + 16)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw FormatError(file: file, Message("reader.zip.zip64"))
        }
        if count > WorkbookLimits.maxEntries {
            throw FormatError(file: file, Message("reader.zip.too-many-entries", [("n", .count(count)), ("limit", .count(WorkbookLimits.maxEntries))]))
        }
        guard offset + size <= end else { throw damaged("directory-outside") }
        var p = offset
        for _ in 0..<count {
            guard p + 46 <= end, u32(p) == 0x0201_4B50 else { throw damaged("entry-malformed") }
            let flags = UInt16(u16(p + 8)), method = UInt16(u16(p + 10))
            let compressed = UInt64(u32(p + 20)), uncompressed = UInt64(u32(p + 24))
            let nameLength = u16(p + 28), extra = u16(p + 30), comment = u16(p + 32)
            guard p + 46 + nameLength + extra + comment <= end else { throw damaged("entry-past-end") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            // The entry's local header and data must lie before the central directory (ZIPFoundation
            // seeks there and traps on an offset past the end of an in-memory archive).
            let local = u32(p + 42)
            guard local <= offset - 30, u32(local) == 0x0403_4B50 else { throw damaged("local-malformed") }
            guard UInt64(local + 30 + u16(local + 26) + u16(local + 28)) + compressed <= UInt64(offset) else { throw damaged("local-outside") }
            items.append(Item(name: name, flags: flags, method: method, compressed: compressed, size: uncompressed))
            p += 46 + nameLength + extra + comment
        }
    }

    /// Refuses encryption, macros, unknown compression and declared sizes past the limits.
    func check() throws {
        var total: UInt64 = 0
        for item in items {
            let lower = item.name.lowercased()
            if item.flags & 1 != 0 || lower.hasSuffix("encryptioninfo") || lower.hasSuffix("encryptedpackage") {
                throw FormatError(file: file, Message("reader.xlsx.encrypted-entry", [("entry", .text(item.name))]))
            }
            if lower.hasSuffix("vbaproject.bin") || lower.hasSuffix("vbaprojectsignature.bin") {
                throw FormatError(file: file, Message("reader.xlsx.macros", [("entry", .text(item.name))]))
            }
            if item.method != 0 && item.method != 8 {
                throw FormatError(file: file, Message("reader.zip.method", [("entry", .text(item.name)), ("method", .count(Int(item.method)))]))
            }
            if item.size > UInt64(WorkbookLimits.maxPartBytes) {
                throw FormatError(file: file, Message("reader.zip.declared-part-limit", [("entry", .text(item.name)), ("size", .text(String(item.size))), ("limit", .count(WorkbookLimits.maxPartBytes))]))
            }
            if item.size > UInt64(WorkbookLimits.ratioGrace) && item.size / max(item.compressed, 1) > UInt64(WorkbookLimits.maxRatio) {
                throw FormatError(file: file, Message("reader.zip.declared-ratio", [("entry", .text(item.name)), ("size", .text(String(item.size))), ("compressed", .text(String(item.compressed))), ("ratio", .count(WorkbookLimits.maxRatio))]))
            }
            total += item.size
        }
        if total > UInt64(WorkbookLimits.maxTotalBytes) {
            throw FormatError(file: file, Message("reader.zip.declared-total-limit", [("size", .text(String(total))), ("limit", .count(WorkbookLimits.maxTotalBytes))]))
        }
    }
}
