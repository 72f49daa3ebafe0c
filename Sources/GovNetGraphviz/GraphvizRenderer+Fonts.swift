import Foundation

extension GraphvizRenderer {
    /// Preferred CJK-capable font families, best first: Noto/Source Han (Debian `fonts-noto-cjk`),
    /// WenQuanYi (`fonts-wqy-microhei`, `fonts-wqy-zenhei`), then common macOS/Windows families.
    public static let preferredCJKFamilies: [String] = [
        "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
        "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "SimHei", "Noto Sans SC",
    ]

    /// The first CJK-capable font family installed, as fontconfig (which Graphviz's pango/cairo text
    /// layout uses) reports it, or `nil` when none is found or fontconfig's `fc-list` is absent.
    ///
    /// Definition: runs `fc-list :lang=zh family` once per call (the only subprocess in this module);
    /// returns the first of ``preferredCJKFamilies`` present, else the alphabetically first family
    /// listed. Labels in Chinese, Japanese or Korean need such a font for PNG and PDF output; SVG keeps
    /// text as text (the viewer needs the font).
    /// - Returns: a family name such as `WenQuanYi Micro Hei`, or `nil`.
    /// - Complexity: one subprocess; O(number of installed fonts).
    public static func cjkFontAvailable() -> String? {
        let candidates = ["/usr/bin/fc-list", "/usr/local/bin/fc-list", "/opt/homebrew/bin/fc-list"]
            + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/fc-list" }
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [":lang=zh", "family"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let text = String(data: data, encoding: .utf8) else { return nil }
        var families = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) {
            for name in line.split(separator: ",") {
                let n = name.trimmingCharacters(in: .whitespaces)
                if !n.isEmpty { families.insert(n) }
            }
        }
        if let preferred = preferredCJKFamilies.first(where: families.contains) { return preferred }
        return families.sorted().first
    }
}
