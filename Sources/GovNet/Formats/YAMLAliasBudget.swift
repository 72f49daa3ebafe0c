import CYaml

/// Counts the nodes a YAML text expands to — aliases counted at the size of their anchored node, a
/// scalar as one node plus one per 16 bytes —
/// on libyaml's event stream, **before** Yams composes the document: Yams' composer itself spends
/// time proportional to the expansion of an alias bomb ("billion laughs"), so the budget must be
/// checked first. O(events) time, O(anchors + nesting) memory.
///
/// The same pass bounds block nesting (`- - - …`, indented mappings) at ``DocumentLimits/maxDepth``
/// levels: Yams composes and hashes nodes recursively (a deep sequence used as a mapping key, `? - - …`,
/// overflowed the stack in its `Node.hash(into:)`, found by libFuzzer), so depth too must be refused
/// before it composes. Flow nesting (`[[[…`) is already refused on the text.
///
/// The one file of the core that imports a C module: `CYaml` is the libyaml that Yams builds and
/// ships, and Yams' public API has no event stream (its `Parser.parse()` and `Event` are internal),
/// only whole composed nodes. Keep every other use of libyaml out of the core (docs/architecture.md).
enum YAMLAliasBudget {
    /// Why a text is refused before composing.
    enum Excess: Equatable {
        /// The expansion through aliases passes the node limit at this 1-based line.
        case nodes(line: Int)
        /// The document as written, without any alias expansion, passes the node limit at this line:
        /// an honest document too large for the YAML reader, not a bomb.
        case size(line: Int)
        /// Nesting passes ``DocumentLimits/maxDepth`` at this 1-based line.
        case depth(line: Int)
    }

    /// The first excess of the text — expansion beyond `limit` nodes, or nesting beyond
    /// ``DocumentLimits/maxDepth`` — or nil when there is none (or the text is malformed: Yams reports
    /// that with its own message).
    static func firstExcess(_ text: String, limit: Int) -> Excess? {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        return bytes.withUnsafeMutableBufferPointer { buf -> Excess? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buf.baseAddress, buf.count)
            var weights: [String: Int] = [:]
            var stack: [(size: Int, anchor: String?)] = []
            var total = 0
            /// Nodes added by aliases beyond the one each is written as.
            var expanded = 0
            func name(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? { p.map { String(cString: $0) } }
            /// Adds a finished node of `size` to its parent (or the document); false when over the limit.
            func finish(_ size: Int, anchor: String?) -> Bool {
                if let anchor { weights[anchor] = size }
                if stack.isEmpty { total += size } else { stack[stack.count - 1].size += size }
                return size <= limit && total <= limit && (stack.last?.size ?? 0) <= limit
            }
            func excess(_ line: Int) -> Excess { expanded == 0 ? .size(line: line) : .nodes(line: line) }
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT:
                    // A scalar weighs one node per 16 bytes beyond the first: an alias of a long string,
                    // repeated, expands bytes as a nested alias expands nodes (a 100 KB string aliased
                    // 20,000 times kept the decoder busy for minutes).
                    let weight = 1 + Int(event.data.scalar.length) / 16
                    if !finish(weight, anchor: name(event.data.scalar.anchor)) { return excess(line) }
                case YAML_ALIAS_EVENT:
                    let size = name(event.data.alias.anchor).flatMap { weights[$0] } ?? 1
                    expanded += size - 1
                    if !finish(size, anchor: nil) { return excess(line) }
                case YAML_SEQUENCE_START_EVENT:
                    stack.append((1, name(event.data.sequence_start.anchor)))
                    if stack.count > DocumentLimits.maxDepth { return .depth(line: line) }
                case YAML_MAPPING_START_EVENT:
                    stack.append((1, name(event.data.mapping_start.anchor)))
                    if stack.count > DocumentLimits.maxDepth { return .depth(line: line) }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let frame = stack.popLast() else { return nil }
                    if !finish(frame.size, anchor: frame.anchor) { return excess(line) }
                default:
                    break
                }
            }
        }
    }
}
