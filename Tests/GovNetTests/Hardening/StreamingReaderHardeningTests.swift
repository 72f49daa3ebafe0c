import Foundation
import Testing
@testable import GovNet
import GovNetTestSupport

/// The streaming edge-list reader resists hash flooding and reads weights with the grammar of every
/// other reader; YAML messages quote bounded excerpts.
@Suite struct StreamingReaderHardeningTests {
    /// The unkeyed multiply–xorshift hash the interner used before (for 8-byte ids): what an attacker
    /// could compute offline.
    static func unkeyedHash(_ id: [UInt8]) -> UInt64 {
        var head: UInt64 = 0
        for (i, b) in id.enumerated() { head |= UInt64(b) << (8 * UInt64(i)) }
        var h = (head ^ UInt64(id.count)) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        return (h &* 0xC4CE_B9FE_1A85_EC53) ^ (h >> 31)
    }

    /// Colliding-key generator: 8-letter ids whose unkeyed hashes agree in the low 12 bits, so under
    /// that hash every one of them lands in one probe chain of a table of up to 4,096 slots.
    static func collidingIDs(_ count: Int) -> [[UInt8]] {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        var out: [[UInt8]] = [], n = 0
        while out.count < count {
            var id: [UInt8] = [], k = n
            for _ in 0..<8 { id.append(letters[k % letters.count]); k /= letters.count }
            if unkeyedHash(id) & 0xFFF == 0 { out.append(id) }
            n += 1
        }
        return out
    }

    @Test func collidingIdsStayInShortProbeChains() throws {
        let ids = Self.collidingIDs(1_500)
        var text: [UInt8] = []
        var ranges: [(Int, Int)] = []
        for id in ids { ranges.append((text.count, text.count + id.count)); text += id; text.append(0x0A) }
        let (count, probes) = text.withUnsafeBufferPointer { buffer -> (Int, Int) in
            var interner = ByteInterner(bytes: buffer)
            for (s, e) in ranges { _ = interner.intern(s, e) }
            for (s, e) in ranges { _ = interner.intern(s, e) }  // every id again: found, not added
            return (interner.count, interner.probes)
        }
        #expect(count == 1_500)
        // Keyed: about 1.5 probes per look-up at load ≤ 1/2; unkeyed, these ids needed ≈ 1,500²/2 per pass.
        #expect(probes < 10 * 3_000, "\(probes) probes for 3,000 look-ups")
    }

    /// `0x10` is refused by the streaming reader as by the full one (no second grammar).
    @Test func streamingReaderRefusesHexWeights() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-stream-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = "source,target,weight\n"
        let rows = EdgeListLoader.thresholdBytes / 12 + 10
        for i in 0..<rows { text += "n\(i),n\(i + 1),1\n" }
        text += "a,b,0x10\n"
        try Data(text.utf8).write(to: dir.appendingPathComponent("big.csv"))
        #expect(text.utf8.count >= EdgeListLoader.thresholdBytes)
        let line = rows + 2
        for command in [["info", "big.csv"], ["validate", "big.csv"]] {
            let r = try CLIRunner.run(command, in: dir)
            #expect(r.status == 65, "\(command): \(r.stderr)")
            #expect((r.stdout + r.stderr).contains("big.csv:\(line): error: field 'weight': weight '0x10' is not a number; expected a number > 0"), "\(command): \(r.stdout)\(r.stderr)")
        }
    }

    /// Two ties of 1.7e308 in a large edge list: the streaming reader refuses the sum as the validator
    /// does on small files (one rule, ``WeightTotal``), with the same message naming both ties.
    @Test func streamingReaderRefusesOverflowingWeightSums() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-stream-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = "source,target,weight,mechanism\na,b,1.7e308,info\nb,c,1\na,b,1.7e308,=m\n"
        for i in 0..<(EdgeListLoader.thresholdBytes / 12 + 10) { text += "n\(i),n\(i + 1),1\n" }
        try Data(text.utf8).write(to: dir.appendingPathComponent("big.csv"))
        #expect(text.utf8.count >= EdgeListLoader.thresholdBytes)
        let expected = "big.csv:4: error: field 'weight': weights add up past the largest number (≈1.8e308): tie a → b (=m, weight 1.7e+308) and tie a → b (info, weight 1.7e+308) at line 2"
        for command in [["info", "big.csv"], ["metrics", "big.csv", "--weighted", "--metric", "degree"], ["validate", "big.csv"]] {
            let r = try CLIRunner.run(command + ["-q"], in: dir)
            #expect(r.status == 65, "\(command): \(r.stderr)")
            #expect((r.stdout + r.stderr).contains(expected), "\(command): \(r.stdout)\(r.stderr)")
        }
        // The streaming reader itself, without the CLI.
        #expect(throws: FormatError.self) { _ = try EdgeListLoader.load(path: dir.appendingPathComponent("big.csv").path, directed: false) }
        // Sums up to the largest double are fine.
        let fine = try EdgeListLoader.load(bytes: Array("a,b,1e308\nb,c,7e307\n".utf8), file: "ok.csv", directed: false)
        #expect(fine.rows == 2)
    }

    /// Memory by need: the streaming reader grows its arrays with the rows and ids it reads instead of
    /// reserving for the most rows a file of this size could hold. A 32 MiB edge list runs under an
    /// address-space limit of 256 MiB + 11 × its size; the up-front reservations (rows = bytes / 4, two
    /// ids per row) needed about 19 × the file's size above the process's own ~130 MB (measured with
    /// `ulimit -v` on a 96 MiB file: 1,898 MB before, 877 MB after, debug build).
    @Test func streamingReaderReservesByNeed() throws {
        #if os(Linux)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("govnet-stream-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var bytes = Array("source,target,weight\n".utf8)
        var rng = SeededGenerator(seed: 7)
        let size = 32 << 20
        bytes.reserveCapacity(size + 64)
        while bytes.count < size {
            bytes += Array("d\(rng.next() % 300_000),d\(rng.next() % 300_000),\(1 + rng.next() % 9)\n".utf8)
        }
        try Data(bytes).write(to: dir.appendingPathComponent("big.csv"))
        let limitKB = (256 << 10) + 11 * (size >> 10)
        let r = try CLIRunner.runShell("ulimit -v \(limitKB) && exec \"$0\" \"$@\"", ["info", "big.csv", "-q"], in: dir)
        #expect(r.status == 0, "\(r.stderr.prefix(400))")
        #expect(r.stdout.contains("departments: "), "\(r.stdout.prefix(400))")
        #endif
    }

    /// A complex key built from a large aliased mapping: the message names the kind, not the node.
    @Test func yamlComplexKeyMessageIsShort() throws {
        let big = (0..<2_000).map { "k\($0): v\($0)" }.joined(separator: ", ")
        let yaml = "a: &x {\(big)}\n? *x\n: 1\ndepartments: []\n"
        #expect(throws: FormatError.self) { _ = try YAMLDocumentReader.parse(yaml, file: "k.yaml") }
        do { _ = try YAMLDocumentReader.parse(yaml, file: "k.yaml") } catch let e as FormatError {
            let text = e.diagnostics.map(\.description).joined(separator: "\n")
            #expect(text.count < 300, "\(text.prefix(300))")
            #expect(text.contains("a mapping key must be a plain value, not"), "\(text)")
        }
    }
}
