import Foundation

/// A large bare edge list loaded straight into a CSR ``Graph``: no `Network`, no per-tie objects.
///
/// Node `i` is `ids[i]` (in order of first appearance); `mechanisms[mechanismOfRow[r]]` is the
/// mechanism of row `r` (empty `mechanismOfRow` when the file names no mechanism: every row is
/// ``EdgeListCSV/defaultMechanism``).
public struct LargeEdgeList: Sendable {
    /// Department id of each node index, in order of first appearance.
    public let ids: [String]
    /// The graph of all rows (parallel rows summed, self-loops dropped), weighted when a weight column exists.
    public let graph: Graph
    /// Number of data rows (ties) read.
    public let rows: Int
    /// Rows whose source and target are the same department.
    public let selfLoops: Int
    /// Mechanism names in order of first appearance (`["link"]` when the file names none).
    public let mechanisms: [String]
    /// Mechanism index of each row; empty when every row has the default mechanism.
    public let mechanismOfRow: [UInt16]
}

/// A streaming byte-level reader of bare edge lists (`source,target[,weight][,mechanism]`).
///
/// Definition: the same grammar as ``EdgeListCSV`` (header `source,target` / `from,to` optional,
/// `weight` and `mechanism` found by name, positional otherwise; fields trimmed of spaces), restricted
/// to unquoted ASCII fields. Ids are interned once into a dense `Int32` index with an open-addressing hash
/// table over the file's bytes (no `String` per row); endpoints and weights go to flat arrays and the
/// CSR graph is built directly.
///
/// `govnet info` and `govnet metrics` use it for edge-list files of at least ``thresholdBytes``
/// bytes; smaller files and every other format go through the full `Network` reader.
public enum EdgeListLoader {
    /// Files at least this large (4 MiB, about 300 000 ties) take the streaming path in the CLI.
    public static let thresholdBytes = 4 << 20

    /// Thrown when the file needs the full CSV reader (a quoted field, or a non-ASCII byte: UTF-8
    /// validation and Unicode-normalisation collisions of ids are the full reader's job): the caller falls back.
    public struct NeedsFullReader: Error {}

    /// Reads an edge list into a ``LargeEdgeList``.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes (UTF-8).
    ///   - file: the name used in `FILE:LINE` errors.
    ///   - directed: arcs when `true`, undirected edges otherwise.
    ///   - delimiter: the field separator (`,`; tab for `.tsv`).
    /// - Returns: the loaded list; an empty file gives an error like ``EdgeListCSV``.
    /// - Throws: ``FormatError`` (`FILE:LINE: error: …`) for a malformed row or weight;
    ///   ``NeedsFullReader`` when a field is quoted or the file has a non-ASCII byte.
    /// - Complexity: O(b + m log m) time for b bytes and m rows; O(n + m) memory besides the bytes.
    ///
    /// References: the same input as igraph `Graph.Read_Ncol` (whitespace-separated) and
    /// NetworkX `read_edgelist(delimiter=",")`.
    public static func load(bytes: [UInt8], file: String, directed: Bool, delimiter: UInt8 = UInt8(ascii: ",")) throws -> LargeEdgeList {
        try bytes.withUnsafeBufferPointer { buf in try parse(buf, file: file, directed: directed, delimiter: delimiter) }
    }

    /// Reads the file at `path` (see ``load(bytes:file:directed:delimiter:)``).
    public static func load(path: String, directed: Bool) throws -> LargeEdgeList {
        // Parsed in place: no second copy of the file's bytes.
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let tsv = path.lowercased().hasSuffix(".tsv")
        return try data.withUnsafeBytes { raw in
            try parse(raw.bindMemory(to: UInt8.self), file: path, directed: directed, delimiter: tsv ? 0x09 : UInt8(ascii: ","))
        }
    }

    private static func parse(_ b: UnsafeBufferPointer<UInt8>, file: String, directed: Bool, delimiter: UInt8) throws -> LargeEdgeList {
        let count = b.count
        var pos = 0
        var line = 0
        var interner = ByteInterner(bytes: b, expected: max(16, count / 64))
        var edges: [(Int32, Int32)] = [], wts: [Double] = []
        let estimate = count / 12
        edges.reserveCapacity(estimate)
        var mechNames: [String] = []
        var mechIndex: [String: UInt16] = [:]
        var mechOfRow: [UInt16] = []
        var sourceCol = 0, targetCol = 1, weightCol: Int? = 2, mechanismCol: Int? = 3
        var first = true
        var selfLoops = 0
        var starts = [Int](repeating: 0, count: 16), ends = [Int](repeating: 0, count: 16)
        var anyWeight = false

        // Not closures over `line`, `starts` and `ends`: captured, they would be boxed, and every access
        // in the row loop would pay a dynamic exclusivity check.
        func error(_ message: String, line: Int, field: String? = nil) -> FormatError {
            FormatError(file: file, line: line, field: field, message)
        }
        func text(_ s: Int, _ e: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self) }

        while pos < count {
            line += 1
            // Split one line into trimmed fields.
            var nf = 0
            var fieldStart = pos
            var lineEnd = pos
            while true {
                let atEnd = lineEnd >= count || b[lineEnd] == 0x0A
                let c: UInt8 = atEnd ? 0x0A : b[lineEnd]
                if c == 0x22 || c >= 0x80 { throw NeedsFullReader() }
                if c == 0 { throw error("the file contains NUL bytes; it is binary, not CSV", line: line) }
                if atEnd || c == delimiter {
                    var s = fieldStart, e = lineEnd
                    if atEnd, e > s, b[e - 1] == 0x0D { e -= 1 }
                    while s < e, b[s] == 0x20 || b[s] == 0x09 && delimiter != 0x09 { s += 1 }
                    while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x09 && delimiter != 0x09 { e -= 1 }
                    if nf == starts.count { starts.append(0); ends.append(0) }
                    starts[nf] = s; ends[nf] = e; nf += 1
                    fieldStart = lineEnd + 1
                    if atEnd { break }
                }
                lineEnd += 1
            }
            pos = lineEnd + 1
            if nf == 1 && starts[0] == ends[0] { continue }  // blank line
            if first {
                first = false
                let lower = (0..<nf).map { text(starts[$0], ends[$0]).lowercased() }
                if lower.count >= 2, ["source", "from"].contains(lower[0]), ["target", "to"].contains(lower[1]) {
                    weightCol = lower.firstIndex(of: "weight"); mechanismCol = lower.firstIndex(of: "mechanism")
                    continue
                }
            }
            guard nf >= 2, starts[sourceCol] < ends[sourceCol], starts[targetCol] < ends[targetCol] else {
                throw error("expected 'source,target[,weight][,mechanism]', found \(nf) field(s)", line: line)
            }
            let u = interner.intern(starts[sourceCol], ends[sourceCol])
            let v = interner.intern(starts[targetCol], ends[targetCol])
            var w = 1.0
            if let c = weightCol, c < nf, starts[c] < ends[c] {
                guard let x = Double(text(starts[c], ends[c])), x.isFinite, x > 0 else {
                    throw error("weight '\(text(starts[c], ends[c]))' is not a finite number > 0", line: line, field: "weight")
                }
                w = x
                if !anyWeight {
                    anyWeight = true
                    wts.reserveCapacity(edges.capacity)
                    wts.append(contentsOf: repeatElement(1.0, count: edges.count))
                }
            }
            if let c = mechanismCol, c < nf, starts[c] < ends[c] {
                let m = text(starts[c], ends[c])
                let k: UInt16
                if let known = mechIndex[m] { k = known } else {
                    guard mechNames.count < Int(UInt16.max) else { throw error("too many mechanisms", line: line) }
                    if mechNames.isEmpty { mechNames.append(EdgeListCSV.defaultMechanism); mechIndex[EdgeListCSV.defaultMechanism] = 0 }
                    k = mechIndex[m] ?? UInt16(mechNames.count)
                    if mechIndex[m] == nil { mechIndex[m] = k; mechNames.append(m) }
                }
                if mechOfRow.count < edges.count { mechOfRow.append(contentsOf: repeatElement(0, count: edges.count - mechOfRow.count)) }
                mechOfRow.append(k)
            }
            if u == v { selfLoops += 1 }
            edges.append((u, v))
            if anyWeight { wts.append(w) }
        }
        if first {
            line = 1
            throw error("the file is empty; expected rows 'source,target[,weight][,mechanism]'", line: line)
        }
        if !mechOfRow.isEmpty, mechOfRow.count < edges.count {
            mechOfRow.append(contentsOf: repeatElement(0, count: edges.count - mechOfRow.count))
        }
        let rows = edges.count
        let n = interner.count
        let graph = Graph(nodeCount: n, edges: edges, weights: anyWeight ? wts : nil, directed: directed)
        return LargeEdgeList(ids: interner.ids(), graph: graph, rows: rows, selfLoops: selfLoops,
                             mechanisms: mechNames.isEmpty ? [EdgeListCSV.defaultMechanism] : mechNames,
                             mechanismOfRow: mechOfRow)
    }
}

/// Open-addressing interner of byte ranges of one buffer into dense `Int32` indices.
///
/// One table of 64-bit entries (32 bits of hash, 32 bits of index + 1; 0 = empty), linear probing,
/// load factor ≤ 1/2; keys hashed eight bytes at a time. Index order is order of first appearance, so
/// the result does not depend on the hash.
struct ByteInterner {
    let bytes: UnsafeBufferPointer<UInt8>
    private var table: [UInt64]
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var mask: Int

    init(bytes: UnsafeBufferPointer<UInt8>, expected: Int) {
        self.bytes = bytes
        var cap = 16
        while cap < expected * 2 { cap <<= 1 }
        table = [UInt64](repeating: 0, count: cap)
        mask = cap - 1
    }

    var count: Int { starts.count }

    /// A 64-bit hash of `bytes[s..<e]`: words of eight bytes (little-endian loads; the last one
    /// masked to the key's length) mixed by multiply–xorshift.
    @inline(__always) private func hash(_ s: Int, _ e: Int) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: e &- s)
        var i = s
        while i &+ 8 <= e {
            h = (h ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i &+= 8
        }
        if i < e {
            var word: UInt64 = 0
            if i &+ 8 <= bytes.count {
                let keep = UInt64(e &- i) &* 8
                word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & ((1 << keep) &- 1)
            } else {
                var shift: UInt64 = 0
                while i < e { word |= UInt64(base[i]) << shift; shift &+= 8; i &+= 1 }
            }
            h = (h ^ word) &* 0xC4CE_B9FE_1A85_EC53
            h ^= h >> 29
        }
        return h
    }

    /// Whether key `k` spells `bytes[s..<e]`: eight bytes at a time, inline (ids are short, and a call
    /// to `memcmp` per lookup cost more than the comparison).
    @inline(__always) private func equal(_ k: Int, _ s: Int, _ e: Int) -> Bool {
        let ks = starts[k], length = e &- s
        guard ends[k] &- ks == length, let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i &+ 8 <= length {
            if raw.loadUnaligned(fromByteOffset: ks &+ i, as: UInt64.self)
                != raw.loadUnaligned(fromByteOffset: s &+ i, as: UInt64.self) { return false }
            i &+= 8
        }
        if i < length {
            // Both tails can be loaded as whole words when the later one ends eight bytes inside the buffer.
            if Swift.max(ks, s) &+ i &+ 8 <= bytes.count {
                let keep = UInt64(length &- i) &* 8, m: UInt64 = (1 << keep) &- 1
                let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: ks &+ i, as: UInt64.self))
                let y = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: s &+ i, as: UInt64.self))
                return (x ^ y) & m == 0
            }
            while i < length { if base[ks &+ i] != base[s &+ i] { return false }; i &+= 1 }
        }
        return true
    }

    mutating func intern(_ s: Int, _ e: Int) -> Int32 {
        let h = hash(s, e)
        let tag = h & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: h) & mask
        let found: Int32? = table.withUnsafeBufferPointer { t in
            while true {
                let entry = t[slot]
                if entry == 0 { return nil }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let k = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) &- 1
                    if equal(k, s, e) { return Int32(truncatingIfNeeded: k) }
                }
                slot = (slot &+ 1) & mask
            }
        }
        if let found { return found }
        let id = Int32(starts.count)
        starts.append(s); ends.append(e)
        table[slot] = tag | UInt64(UInt32(id) &+ 1)
        if starts.count * 2 > table.count { grow() }
        return id
    }

    private mutating func grow() {
        let cap = table.count * 2
        var t = [UInt64](repeating: 0, count: cap)
        let m = cap - 1
        for k in 0..<starts.count {
            let h = hash(starts[k], ends[k])
            var slot = Int(truncatingIfNeeded: h) & m
            while t[slot] != 0 { slot = (slot + 1) & m }
            t[slot] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(k) &+ 1)
        }
        table = t; mask = m
    }

    func ids() -> [String] {
        (0..<starts.count).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[$0]..<ends[$0]]), as: UTF8.self) }
    }
}
