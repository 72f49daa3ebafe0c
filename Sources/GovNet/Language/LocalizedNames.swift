/// Names of a network's departments, functions and mechanisms in each language, and its metadata in
/// an output language, for messages of the catalogue.
extension Network {
    /// A department's name in each language: its name as written, `names.zh` for Chinese (the id when unknown).
    public func localizedDepartment(_ id: String) -> LocalizedName {
        guard let d = department(id) else { return LocalizedName(id) }
        return LocalizedName(d.name, chinese: d.names["zh"])
    }

    /// A department as the command-line tables show it: "id (name)" / "id（名称）".
    public func departmentWithID(_ id: String, _ language: ReportLanguage) -> String {
        language.render("name.with-id", [("id", .text(id)), ("name", .name(localizedDepartment(id)))])
    }

    /// A function's name in each language (`names.zh` for Chinese; the id when unknown).
    public func localizedFunction(_ id: String) -> LocalizedName {
        guard let f = functions.first(where: { $0.id == id }) else { return LocalizedName(id) }
        return LocalizedName(f.name, chinese: f.names["zh"])
    }

    /// A mechanism as a table names it: the id in English, the Chinese name (`all`: every mechanism).
    public func mechanismLabel(_ id: String) -> LocalizedName {
        if id == "all" { return LocalizedName(id, chinese: MessageCatalogue.template("mechanism.all", .zh)) }
        guard let m = mechanism(id) else { return LocalizedName(id) }
        return LocalizedName(id, chinese: m.nameZh)
    }

    /// A metadata field (`title`, `jurisdiction`, `source`, `provenance`) in `language`: the document's
    /// translation, else the text as written with a visible note that no translation was given.
    public func metadataText(_ field: String, _ language: ReportLanguage) -> String? {
        guard let (text, translated) = metadata.localized(field, language: language.departmentLanguage) else { return nil }
        if translated || language == .en { return text }
        return language.render(field == "provenance" ? "report.fallbackNote" : "report.fallback", [("text", .text(text))])
    }

    /// Where the data come from, one line per field the document gives, in `language`: status (with
    /// what it lets a reader claim), source, and the file the network was derived from by hand.
    public func provenanceLines(_ language: ReportLanguage) -> [String] {
        var lines: [String] = []
        let colon = language.render("punct.colon")
        if let s = metadata.status { lines.append(language.text(.status) + colon + language.status(s)) }
        if let s = metadataText("source", language) { lines.append(language.text(.source) + colon + s) }
        if let d = metadata.derivedFrom { lines.append(language.render("provenance.derived-from", [("file", .text(d))])) }
        return lines
    }
}
