import GovNet

/// The report's interactive network explorer: a section with its controls (search, a checkbox per
/// mechanism whose `value` is the mechanism id, filters by kind, level, relationship class, basis and
/// phase; in a comparison a before / after / overlay switch), the data block, and the script
/// (``ExplorerScript``) that draws the network into it, right after the data.
///
/// The section is `hidden` until the script has drawn the network, so a reader without JavaScript sees
/// the static diagrams only, as before. Every label comes from the message catalogue (`explorer.*`) in
/// the report's language and is escaped with ``HTMLText/escape(_:)``.
enum ExplorerHTML {
    /// The section, or "" when no layout was computed (no diagrams: too large, or turned off).
    static func section(_ data: NetworkReportData, comparison: ComparisonSection?) -> String {
        let layout = comparison?.explorer?.layout ?? data.layout
        guard !layout.positions.isEmpty else { return "" }
        let lang = data.options.language, e = HTMLText.escape
        func t(_ key: String) -> String { e(lang.render("explorer.\(key)")) }
        let network = data.network
        var h = "<section id=\"explorer\" class=\"gx\" hidden aria-labelledby=\"gx-heading\"><h2 id=\"gx-heading\">\(t("heading"))</h2>\n"
        h += "<p class=\"hint\">\(t("help"))</p>\n<div class=\"gx-controls\">"
        h += "<label class=\"gx-find\">\(t("search")) <input type=\"search\" id=\"gx-search\" list=\"gx-names\" autocomplete=\"off\" spellcheck=\"false\"></label><datalist id=\"gx-names\"></datalist>"
        if comparison?.explorer != nil {
            h += "<fieldset class=\"gx-version\"><legend>\(t("version"))</legend>"
            for (v, checked) in [("before", false), ("after", true), ("overlay", false)] {
                h += "<label><input type=\"radio\" name=\"gx-version\" value=\"\(v)\"\(checked ? " checked" : "")> \(t(v))</label>"
            }
            h += "</fieldset>"
        }
        var mechanisms = network.usedMechanismIDs
        if let cmp = comparison?.explorer { for x in cmp.ties where !mechanisms.contains(x.tie.mechanism) { mechanisms.append(x.tie.mechanism) } }
        h += "<fieldset class=\"gx-mechanisms\"><legend>\(t("mechanisms"))</legend>"
        for m in mechanisms {
            h += "<label><input type=\"checkbox\" data-control=\"mechanism\" value=\"\(e(m))\" checked> \(e(data.context.mechanismName(m)))</label>"
        }
        h += "</fieldset>"
        func select(_ id: String, _ label: String, _ values: [(String, String)]) {
            guard values.count > 1 else { return }
            h += "<label>\(label) <select id=\"gx-\(id)\"><option value=\"\">\(t("all"))</option>"
            h += values.map { "<option value=\"\(e($0.0))\">\(e($0.1))</option>" }.joined() + "</select></label>"
        }
        func distinct(_ values: [String?]) -> [String] { Array(Set(values.compactMap { $0 })).sorted() }
        select("kind", t("kind"), distinct(network.departments.map(\.kind)).map { ($0, MessageCatalogue.term("kind", $0).text(lang)) })
        select("level", t("level"), distinct(network.departments.map(\.level)).map { ($0, $0) })
        select("rel", t("relationship"), distinct(network.departments.map { data.context.structure.relationship(of: $0.id)?.rawValue })
            .map { ($0, MessageCatalogue.term("relationship", $0).text(lang)) })
        select("basis", t("basis"), distinct(network.ties.map { $0.basis?.rawValue }).map { ($0, MessageCatalogue.term("basis", $0).text(lang)) })
        select("phase", t("phase"), distinct(network.ties.flatMap { $0.phases.map(\.rawValue) }).map { ($0, MessageCatalogue.term("phase", $0).text(lang)) })
        h += "<span class=\"gx-buttons\"><button type=\"button\" id=\"gx-fit\">\(t("fit"))</button>"
        h += "<button type=\"button\" id=\"gx-zoom-in\" aria-label=\"\(t("zoomIn"))\">+</button>"
        h += "<button type=\"button\" id=\"gx-zoom-out\" aria-label=\"\(t("zoomOut"))\">−</button>"
        h += "<button type=\"button\" id=\"gx-clear\">\(t("clear"))</button></span></div>\n"
        h += "<p id=\"gx-status\" class=\"hint\" aria-live=\"polite\"></p>\n"
        if comparison?.explorer != nil { h += "<p id=\"gx-legend\" class=\"gx-legend\" hidden></p>\n" }
        h += "<div class=\"gx-body\"><svg id=\"gx-svg\" xmlns=\"http://www.w3.org/2000/svg\" tabindex=\"0\" role=\"img\" aria-label=\"\(t("heading"))\"></svg>"
        h += "<aside id=\"gx-card\" aria-label=\"\(t("card"))\" aria-live=\"polite\" hidden></aside></div>\n"
        h += "<script type=\"application/json\" id=\"govnet-data\">\(ExplorerData.json(data, comparison: comparison))</script>\n"
        // The script right after its data, before the static diagrams: interactive without waiting for them.
        h += "<script>\(ExplorerScript.element)</script>\n"
        return h + "</section>\n"
    }

    static let css = """
    .gx-controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; font-size: 13px; }
    .gx-controls fieldset { border: 1px solid var(--line); border-radius: 4px; padding: 2px 8px; margin: 0; }
    .gx-controls legend { font-size: 12px; color: var(--muted); } .gx-controls label { white-space: nowrap; margin-right: 6px; }
    .gx-find input { width: 16em; } .gx-buttons button { margin-right: 4px; }
    .gx-body { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 12px; margin-top: 8px; }
    #gx-svg { width: 100%; height: 640px; border: 1px solid var(--line); border-radius: 6px; background: #fbfcfd; touch-action: none; cursor: grab; }
    #gx-svg:focus { outline: 2px solid var(--accent); }
    #gx-card { border: 1px solid var(--line); border-radius: 6px; padding: 4px 12px; max-height: 640px; overflow-y: auto; font-size: 13px; }
    #gx-card h3 { margin: 6px 0; } #gx-card h4 { margin: 10px 0 4px; } #gx-card table { margin: 2px 0; } #gx-card ul { padding-left: 18px; margin: 4px 0; }
    .gx-link { border: none; background: none; padding: 0; color: var(--accent); cursor: pointer; font: inherit; text-decoration: underline; }
    #gx-whatif { margin-top: 10px; }
    .gx-tie { stroke-opacity: 0.7; cursor: pointer; } .gx-tie.gx-dashed { stroke-dasharray: 5 3; } .gx-tie.gx-dotted { stroke-dasharray: 1.5 2.5; }
    .gx-arrowhead { fill: #667; }
    .gx-node { cursor: pointer; } .gx-node circle { fill: #dbe8f7; stroke: #1f5fa8; stroke-width: 1.2; }
    .gx-node text { font-size: 10px; fill: #1d2733; paint-order: stroke; stroke: #fbfcfd; stroke-width: 3px; pointer-events: none; }
    .gx-node.gx-centre circle { fill: #1f5fa8; } .gx-node:focus circle { stroke: #000; stroke-width: 3; } .gx-node:focus { outline: none; }
    .gx-off { display: none; } .gx-dim { opacity: 0.15; } .gx-tie.gx-hl { stroke-opacity: 1; }
    .gx-node.gx-selected circle { stroke: #b3001b; stroke-width: 3; } .gx-node.gx-near circle { stroke-width: 2.5; }
    .gx-node.gx-lost circle { fill: #f6b26b; stroke: #b3001b; stroke-width: 2.5; } .gx-node.gx-failed circle { fill: #444; }
    .gx-overlay .gx-tie.gx-c-added { stroke: #2b8c3e !important; } .gx-overlay .gx-tie.gx-c-removed { stroke: #b3001b !important; stroke-dasharray: 4 3; }
    .gx-overlay .gx-tie.gx-c-reweighted { stroke: #d66a00 !important; } .gx-overlay .gx-tie.gx-c-unchanged { stroke: #9aa5b1 !important; }
    .gx-node.gx-s-added circle { stroke: #2b8c3e; stroke-width: 2.5; } .gx-node.gx-s-removed circle { stroke: #b3001b; stroke-dasharray: 3 2; fill: #f3d6d9; }
    .gx-node.gx-s-merged circle { stroke: #6a3d9a; stroke-width: 2.5; }
    .gx-node.gx-s-split circle { stroke: #d66a00; stroke-width: 2.5; stroke-dasharray: 6 2 1 2; fill: #fde9d4; }
    .gx-node.gx-s-renamed circle { stroke: #2166ac; stroke-width: 2.5; stroke-dasharray: 1 2; }
    .gx-node.gx-hover circle { stroke-width: 3; } .gx-whatif tr.gx-current td { background: #fff3e0; }
    .gx-legend:not([hidden]) { font-size: 12px; display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 4px 0; }
    .gx-key svg { vertical-align: middle; overflow: visible; } #gx-card .gx-early { margin: 4px 0; }
    @media (max-width: 900px) { .gx-body { grid-template-columns: 1fr; } #gx-svg { height: 480px; } }
    @media print { #explorer { display: none; } }

    """
}
