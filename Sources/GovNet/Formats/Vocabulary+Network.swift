extension Vocabulary {
    /// Rewrites a freshly read network into canonical words, for every format alike: mechanism
    /// synonyms the network does not declare itself (`指挥` → `command`), department kinds and levels
    /// (`应急管理` → `emergency-management`, `市级` → `municipal`), and references to departments by name
    /// — a tie end, an assignment or a `led_by` entry that is no department id but the `name` or a
    /// `names.*` of exactly one department is read as that department's id.
    ///
    /// Returns one note per distinct name so read (where it first occurs), and a warning for a kind or
    /// level that misspells a known one (`Emergency-Management`): the rules that look for the
    /// coordinating department by kind would not see it. A name shared by several departments is left
    /// as written; ``NetworkValidator`` reports it with the candidates.
    /// - Complexity: O(n + m + a) expected for n departments, m ties and a assignments.
    static func resolve(_ net: inout Network, map: SourceMap) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let declared = Set(net.mechanisms.map(\.id))
        for i in net.ties.indices where !declared.contains(net.ties[i].mechanism) {
            net.ties[i].mechanism = normalised(net.ties[i].mechanism, .mechanism, added: map.vocabulary)
        }
        let departmentFile = map.departmentFile ?? map.file
        let kinds = Set(canonicalValues(.kind)), levels = Set(canonicalValues(.level))
        for i in net.departments.indices {
            let line = i < map.departmentLines.count ? map.departmentLines[i] : nil
            for (term, known) in [(Term.kind, kinds), (.level, levels)] {
                guard let value = term == .kind ? net.departments[i].kind : net.departments[i].level else { continue }
                let word = normalised(value, term, added: map.vocabulary)
                if term == .kind { net.departments[i].kind = word } else { net.departments[i].level = word }
                if !known.contains(word), let near = suggestion(for: word, among: known.sorted(), maxDistance: 1) {
                    out.append(Diagnostic(.warning, file: departmentFile, line: line, field: term.rawValue,
                                          Message("reader.vocabulary.unknown-\(term.rawValue)", [("value", .text(word)), ("id", .text(net.departments[i].id)), ("near", .text(near))])))
                }
            }
        }

        // Department references by name.
        let ids = Set(net.departments.map(\.id))
        let byName = NetworkValidator.departmentsByName(net.departments)
        guard !byName.isEmpty else { return out }
        var noted = Set<String>()
        // The field names the column, so a workbook's note points at the cell (`联系!B7`).
        func resolved(_ ref: String, file: String, line: Int?, field: String) -> String {
            guard !ids.contains(ref), let candidates = byName[ref], candidates.count == 1 else { return ref }
            let id = candidates[0]
            if noted.insert(ref).inserted {
                out.append(Diagnostic(.note, file: file, line: line, field: field,
                                      Message("reader.vocabulary.name-resolved", [("name", .text(ref)), ("id", .text(id))])))
            }
            return id
        }
        let tieFile = map.tieFile ?? map.file, functionFile = map.functionFile ?? map.file
        for i in net.ties.indices {
            let line = i < map.tieLines.count ? map.tieLines[i] : nil
            net.ties[i].from = resolved(net.ties[i].from, file: tieFile, line: line, field: "from")
            net.ties[i].to = resolved(net.ties[i].to, file: tieFile, line: line, field: "to")
        }
        for i in net.departments.indices where !net.departments[i].ledBy.isEmpty {
            let line = i < map.departmentLines.count ? map.departmentLines[i] : nil
            net.departments[i].ledBy = net.departments[i].ledBy.map { resolved($0, file: departmentFile, line: line, field: "led_by") }
        }
        for f in net.functions.indices {
            for a in net.functions[f].assignments.indices {
                let lines = f < map.assignmentLines.count ? map.assignmentLines[f] : []
                let line = a < lines.count ? lines[a] : nil
                net.functions[f].assignments[a].department = resolved(net.functions[f].assignments[a].department, file: functionFile, line: line, field: "department")
            }
        }
        return out
    }
}
