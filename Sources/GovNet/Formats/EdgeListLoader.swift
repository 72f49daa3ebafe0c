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
/// table over the file's bytes, keyed per process against hash flooding (no `String` per row); endpoints and weights go to flat arrays and the
/// CSR graph is built directly.
///
/// `govnet info` and `govnet metrics` use it for edge-list files of at least ``thresholdBytes``
/// bytes; smaller files and every other format go through the full `Network` reader.
public enum EdgeListLoader {
    /// Files at least this large (4 MiB, about 300 000 ties) take the streaming path in the CLI.
    public static let thresholdBytes = 4 << 20

    /// Thrown when the file needs the full CSV reader (a `directed` column, a quoted field, or a non-ASCII byte: UTF-8
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
    /// - Throws: also when the weights add up past the largest double (``WeightTotal``, as the validator).
    /// - Complexity: O(b + m log m) time for b bytes and m rows; O(n + m) memory besides the bytes,
    ///   allocated as rows and ids are read (arrays double), never reserved from the file's size.
    ///
    /// References: the same input as igraph `Graph.Read_Ncol` (whitespace-separated) and
    /// NetworkX `read_edgelist(delimiter=",")`.
    public static func load(bytes: [UInt8], file: String, directed: Bool, delimiter: UInt8 = UInt8(ascii: ",")) throws -> LargeEdgeList {
        try bytes.withUnsafeBufferPointer { buf in try parse(buf, file: file, directed: directed, delimiter: delimiter) }
    }

    /// Reads the file at `path` (see ``load(bytes:file:directed:delimiter:)``).
    public static func load(path: String, directed: Bool) throws -> LargeEdgeList {
        // Parsed in place: no second copy of the file's bytes.
        try InputFile.checkReadable(path)
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
        // Every array grows with the rows and ids actually read (doubling, amortised O(1)): nothing is
        // reserved for the most rows a file of this size could hold (count / 4), which took about 20
        // times the file's size in address space and failed under an address-space limit.
        var interner = ByteInterner(bytes: b)
        var edges: [(Int32, Int32)] = [], wts: [Double] = []
        var total = WeightTotal()
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
        func error(_ message: Message, line: Int, field: String? = nil) -> FormatError {
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
                // Bytes 0x2D…0x7F (digits, letters, most punctuation) never end a field or need a
                // check: skip them in a tight loop; the delimiter (',' or tab), newline, CR, space,
                // quote, NUL and non-ASCII bytes all fall outside and take the path below.
                while lineEnd < count, b[lineEnd] &- 0x2D < 0x53 { lineEnd &+= 1 }
                let atEnd = lineEnd >= count || b[lineEnd] == 0x0A
                let c: UInt8 = atEnd ? 0x0A : b[lineEnd]
                if c == 0x22 || c >= 0x80 { throw NeedsFullReader() }
                if c == 0 { throw error(Message("reader.csv.nul"), line: line) }
                if atEnd || c == delimiter {
                    var s = fieldStart, e = lineEnd
                    if atEnd, e > s, b[e - 1] == 0x0D { e -= 1 }
                    while s < e, b[s] == 0x20 || b[s] == 0x09 && delimiter != 0x09 { s += 1 }
                    while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x09 && delimiter != 0x09 { e -= 1 }
                    if nf == starts.count { starts.append(0); ends.append(0) }
                    starts[nf] = s; ends[nf] = e; nf += 1
                    if nf > CSVReader.maxFields { throw error(Message("reader.csv.too-many-fields", [("limit", .count(CSVReader.maxFields))]), line: line) }
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
                if lower.count >= 2, ["source", "from"].contains(lower[0]), ["target", "to"].contains(lower[1]),
                   lower.dropFirst(2).allSatisfy({ $0 == "weight" || $0 == "mechanism" }) {
                    weightCol = lower.firstIndex(of: "weight"); mechanismCol = lower.firstIndex(of: "mechanism")
                    if lower.contains("directed") { throw NeedsFullReader() }  // per-tie directions
                    continue
                }
                // Any other header (columns in another order, aliases, more columns) is the full reader's.
                if EdgeListCSV.isHeader(lower) { throw NeedsFullReader() }
                // So is a first row of three or more words: a header GovNet does not know, which the full
                // reader refuses in one error listing the headers it expects (not a tie with weight 'c').
                if nf >= 3, (0..<nf).allSatisfy({ starts[$0] < ends[$0] && Double(text(starts[$0], ends[$0])) == nil }) {
                    throw NeedsFullReader()
                }
            }
            guard nf >= 2, starts[sourceCol] < ends[sourceCol], starts[targetCol] < ends[targetCol] else {
                throw error(Message("reader.edgelist.fields", [("n", .count(nf))]), line: line)
            }
            // A field guarded against spreadsheet formulas ('=x) is the id it guards (FormulaGuard).
            let u = interner.intern(FormulaGuard.unguardedStart(b, starts[sourceCol], ends[sourceCol]), ends[sourceCol])
            let v = interner.intern(FormulaGuard.unguardedStart(b, starts[targetCol], ends[targetCol]), ends[targetCol])
            var w = 1.0
            if let c = weightCol, c < nf, starts[c] < ends[c] {
                // The weight grammar of every reader (NetworkDocumentDecoder.checkWeight): no hexadecimal,
                // no infinity, nothing that rounds to 0.
                var problem: Message? = nil
                guard let x = NetworkDocumentDecoder.checkWeight(text(starts[c], ends[c]), reportMessage: { problem = $0 }) else {
                    throw error(problem ?? Message("diagnostic.weight-not-number", [("value", .text(text(starts[c], ends[c])))]), line: line, field: "weight")
                }
                w = x
                if let heavier = total.add(w, index: edges.count, line: line) {
                    // The error names both ties as the validator does (the shared WeightTotal).
                    var mechanism = EdgeListCSV.defaultMechanism, otherMechanism = EdgeListCSV.defaultMechanism
                    if let m = mechanismCol, m < nf, starts[m] < ends[m] { mechanism = FormulaGuard.unguarded(text(starts[m], ends[m])) }
                    if heavier.index < mechOfRow.count { otherMechanism = mechNames[Int(mechOfRow[heavier.index])] }
                    let (hu, hv) = edges[heavier.index]
                    let here = WeightTotal.Tie(from: interner.id(u), to: interner.id(v), mechanism: mechanism, weight: w)
                    let other = WeightTotal.Tie(from: interner.id(hu), to: interner.id(hv), mechanism: otherMechanism, weight: heavier.weight)
                    throw error(WeightTotal.overflowMessage(here, other, otherLine: heavier.line), line: line, field: "weight")
                }
                if !anyWeight {
                    anyWeight = true
                    wts.reserveCapacity(edges.capacity)
                    wts.append(contentsOf: repeatElement(1.0, count: edges.count))
                }
            }
            if let c = mechanismCol, c < nf, starts[c] < ends[c] {
                let m = FormulaGuard.unguarded(text(starts[c], ends[c]))
                let k: UInt16
                if let known = mechIndex[m] { k = known } else {
                    guard mechNames.count <= NetworkLimits.maxMechanisms else { throw error(NetworkLimits.tooManyMechanisms(m), line: line) }
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
            throw error(Message("reader.edgelist.empty"), line: line)
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
/// Linear probing over 16-byte entries (two adjacent words of one array), load factor ≤ 1/2: the key's
/// first eight bytes, and 16 bits of hash, 16 bits of length and the index + 1 (0 = empty). Ids of up to eight bytes — most ids — are
/// compared inside the entry, so a lookup touches one cache line of the table and none of the file.
/// Index order is order of first appearance, so the result does not depend on the hash.
///
/// Decimal ids (`0`, `17`, no sign, no leading zero, value below ``denseLimit``), as in most generated
/// and logged edge lists, skip hashing: their value indexes a dense array. Whether an id takes that path
/// depends only on its bytes, so an id never gets two indices.
struct ByteInterner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Index + 1 of each decimal id by value (0 = not seen), ``denseLimit`` entries.
    private var dense: LazyZeroedTable?
    /// Decimal ids below this value take the dense path: at most 2^24 and half the file's bytes (a file
    /// of b bytes has at most b/4 rows, so at most b/2 departments), so the table's address space stays
    /// within twice the file's size.
    private let denseLimit: Int
    /// Entry `i`: `table[2i]` the key's first eight bytes, `table[2i + 1]` hash, length and index + 1.
    private var table: [UInt64]
    private var starts: [Int] = []
    private var ends: [Int] = []
    private var mask: Int
    /// Ids in the hash table (not on the dense path).
    private var hashed = 0
    /// Table slots looked at by all look-ups so far (for tests of the bounded work per id).
    private(set) var probes = 0
    /// Entries of the hash table when its first id arrives; it doubles when half full.
    private static let initialCapacity = 1024

    /// An empty interner over `bytes`: its arrays grow with the ids read, nothing is reserved up front.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        table = []  // allocated with the first id that is not decimal
        mask = Self.initialCapacity - 1
        denseLimit = Swift.min(1 << 24, bytes.count / 2 + 1024)
    }

    /// The id of index `k`.
    func id(_ k: Int32) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[Int(k)]..<ends[Int(k)]]), as: UTF8.self)
    }

    /// The value of a decimal id below ``denseLimit`` (at most 8 digits, no leading zero), else nil.
    @inline(__always) private func decimal(_ s: Int, _ e: Int) -> Int? {
        let length = e &- s
        guard length <= 8, let base = bytes.baseAddress, base[s] != UInt8(ascii: "0") || length == 1 else { return nil }
        var v = 0
        for i in s..<e {
            let d = Int(base[i]) &- 48
            guard d >= 0 && d <= 9 else { return nil }
            v = v &* 10 &+ d
        }
        return v < denseLimit ? v : nil
    }

    private mutating func newIndex(_ s: Int, _ e: Int) -> Int32 {
        let id = Int32(starts.count)
        starts.append(s); ends.append(e)
        return id
    }

    var count: Int { starts.count }

    /// The first `min(8, e − s)` bytes of `bytes[s..<e]` as a little-endian word, zero-padded.
    @inline(__always) private func head(_ s: Int, _ e: Int) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        let length = e &- s
        if s &+ 8 <= bytes.count {
            let w = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: s, as: UInt64.self))
            return length >= 8 ? w : w & ((1 << (UInt64(length) &* 8)) &- 1)
        }
        var w: UInt64 = 0, shift: UInt64 = 0, i = s
        while i < e, shift < 64 { w |= UInt64(base[i]) << shift; shift &+= 8; i &+= 1 }
        return w
    }

    /// A 64-bit hash of `bytes[s..<e]` given its ``head(_:_:)``: SipHash-1-3 through Swift's `Hasher`,
    /// keyed with a random seed per process, so no file can be crafted whose ids all land in one probe
    /// chain (a fixed multiply–xorshift hash let 5 MB of colliding ids take 72 s). The order of the
    /// indices never depends on it (first appearance). O(length).
    @inline(__always) private func hash(_ s: Int, _ e: Int, head: UInt64) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(head)
        hasher.combine(e &- s)
        if e &- s > 8, let base = bytes.baseAddress {
            hasher.combine(bytes: UnsafeRawBufferPointer(start: base + s + 8, count: e - s - 8))
        }
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    /// Whether key `k` (known to share the first eight bytes and the length) spells `bytes[s..<e]`.
    @inline(__always) private func tailEqual(_ k: Int, _ s: Int, _ e: Int) -> Bool {
        let length = e &- s, ks = starts[k]
        guard ends[k] &- ks == length else { return false }
        guard length > 8, let base = bytes.baseAddress else { return true }
        return memcmp(base + ks + 8, base + s + 8, length - 8) == 0
    }

    mutating func intern(_ s: Int, _ e: Int) -> Int32 {
        if let v = decimal(s, e) {
            if dense == nil { dense = LazyZeroedTable(count: denseLimit) }
            let dense = self.dense.unsafelyUnwrapped.values
            let known = dense[v]
            if known != 0 { return known &- 1 }
            let id = newIndex(s, e)
            dense[v] = id &+ 1
            return id
        }
        if table.isEmpty { table = [UInt64](repeating: 0, count: 2 * Self.initialCapacity) }
        let first = head(s, e)
        let h = hash(s, e, head: first)
        let key = (h & 0xFFFF_0000_0000_0000) | (UInt64(UInt16(truncatingIfNeeded: Swift.min(e &- s, 0xFFFF))) << 32)
        var slot = Int(truncatingIfNeeded: h) & mask
        var probed = 0
        defer { probes &+= probed }
        let found: Int32? = table.withUnsafeBufferPointer { t in
            while true {
                probed &+= 1
                let meta = t[2 &* slot &+ 1]
                if meta == 0 { return nil }
                if meta & 0xFFFF_FFFF_0000_0000 == key, t[2 &* slot] == first {
                    let k = Int(truncatingIfNeeded: meta & 0xFFFF_FFFF) &- 1
                    if tailEqual(k, s, e) { return Int32(truncatingIfNeeded: k) }
                }
                slot = (slot &+ 1) & mask
            }
        }
        if let found { return found }
        let id = newIndex(s, e)
        table[2 * slot] = first
        table[2 * slot + 1] = key | UInt64(UInt32(id) &+ 1)
        hashed += 1
        if hashed * 4 > table.count { grow() }
        return id
    }

    private mutating func grow() {
        let cap = table.count  // twice the entries
        var t = [UInt64](repeating: 0, count: 2 * cap)
        let m = cap - 1
        for k in 0..<starts.count {
            let s = starts[k], e = ends[k]
            if decimal(s, e) != nil { continue }  // on the dense path, not in the table
            let first = head(s, e)
            let h = hash(s, e, head: first)
            var slot = Int(truncatingIfNeeded: h) & m
            while t[2 * slot + 1] != 0 { slot = (slot + 1) & m }
            t[2 * slot] = first
            t[2 * slot + 1] = (h & 0xFFFF_0000_0000_0000) | (UInt64(UInt16(truncatingIfNeeded: Swift.min(e - s, 0xFFFF))) << 32) | UInt64(UInt32(k) &+ 1)
        }
        table = t; mask = m
    }

    func ids() -> [String] {
        (0..<starts.count).map { id(Int32($0)) }
    }
}

/// `count` `Int32` zeros from an anonymous memory mapping: the system supplies zero pages on first
/// touch, so only the pages of entries that are used take memory (and no time is spent clearing).
final class LazyZeroedTable {
    let values: UnsafeMutablePointer<Int32>
    private let bytes: Int

    init(count: Int) {
        bytes = Swift.max(1, count) * MemoryLayout<Int32>.stride
        let memory = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let memory, memory != MAP_FAILED else { fatalError("cannot map \(bytes) bytes") }
        values = memory.assumingMemoryBound(to: Int32.self)
    }

    deinit { munmap(values, bytes) }
}
