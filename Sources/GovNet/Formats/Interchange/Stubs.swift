enum GraphMLFormat {
    static func read(bytes: [UInt8], file: String) throws -> (Network, SourceMap, [Diagnostic]) { throw FormatError(file: file, "this format is not supported yet") }
    static func write(_ net: Network, file: String) -> (text: String, warnings: [Diagnostic]) { ("", [Diagnostic(.error, file: file, message: "this format is not supported yet")]) }
}
enum GEXFFormat {
    static func read(bytes: [UInt8], file: String) throws -> (Network, SourceMap, [Diagnostic]) { throw FormatError(file: file, "this format is not supported yet") }
    static func write(_ net: Network, file: String) -> (text: String, warnings: [Diagnostic]) { ("", [Diagnostic(.error, file: file, message: "this format is not supported yet")]) }
}
enum DOTReader {
    static func read(bytes: [UInt8], file: String) throws -> (Network, SourceMap, [Diagnostic]) { throw FormatError(file: file, "this format is not supported yet") }
}
enum DOTWriter {
    static func write(_ net: Network, file: String) -> (text: String, warnings: [Diagnostic]) { ("", [Diagnostic(.error, file: file, message: "this format is not supported yet")]) }
}
enum NodeLinkFormat {
    static func looksLikeNodeLink(_ root: DocNode) -> Bool { false }
    static func decode(_ root: DocNode?, file: String) -> (Network, SourceMap, [Diagnostic]) { (Network(), SourceMap(file: file), []) }
    static func write(_ net: Network, file: String) -> (text: String, warnings: [Diagnostic]) { ("", [Diagnostic(.error, file: file, message: "this format is not supported yet")]) }
}
