import GovNet

/// An ERGM formula bound to the view of a network that `govnet ergm` and `govnet report --ergm` model: the
/// ties of the `--mechanism` view (all one-mode mechanisms when none is named; `--undirected` for the
/// undirected projection) among `nodes`, the departments' attributes for the node terms and the dyadic
/// matrices (as `govnet qap` spells them) for `edgecov`.
///
/// Errors are ``InputError``s with the catalogue's wording: a term that does not fit the network is a usage
/// error, missing or non-numeric department data a data error.
/// - Complexity: O(n + m) for the view plus the model's binding (``ERGMModel``).
struct ERGMBinding {
    let model: ERGMModel
    let state: ERGMDyadState
    let directed: Bool

    init(network net: Network, nodes: [String], formula: ERGMFormula, mechanisms: [String], undirected: Bool, center: String?,
         otherWave: TieTable?, language: ReportLanguage) throws {
        let model: ERGMModel
        let view = GraphView(mechanisms: mechanisms.isEmpty ? nil : mechanisms, forceUndirected: undirected)
        let graph = NetworkGraph(network: net, view: view)
        var position: [String: Int32] = [:]
        for (k, id) in nodes.enumerated() { position[id] = Int32(k) }
        var edges: [(Int32, Int32)] = []
        for e in 0..<graph.graph.edgeCount {
            let tie = graph.graph.edge(e)
            if let u = position[graph.ids[Int(tie.source)]], let v = position[graph.ids[Int(tie.target)]] {
                edges.append((u, v))
            }
        }
        directed = graph.graph.isDirected
        state = ERGMDyadState(nodeCount: nodes.count, directed: directed, edges: edges)
        let departments = Dictionary(net.departments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let builder = DyadicMatrices(network: net, nodes: nodes, weighted: false, center: center, otherWave: otherWave)
        do {
            model = try ERGMModel(formula: formula, nodeCount: nodes.count, directed: directed, attribute: { name in
                let values: [AttributeValue?] = nodes.map { id in
                    guard let d = departments[id] else { return nil }
                    if let v = d.attributes[name], !["kind", "level", "management", "id", "name"].contains(name) { return v }
                    return d.group(name).map { AttributeValue.string($0) }
                }
                return values.contains { $0 != nil } ? values : nil
            }, matrix: { name in
                guard let term = DyadicTerm(name) else {
                    throw CommandErrors.error("cli.ergm.not-dyadic", [("name", .text(name)), ("spellings", .text(DyadicTerm.spellings))], language)
                }
                do {
                    let m = try builder.matrix(term)
                    var dense = [Double](repeating: 0, count: nodes.count * nodes.count)
                    for k in m.rows.indices { dense[Int(m.rows[k]) * nodes.count + Int(m.cols[k])] = m.values[k] }
                    return dense
                } catch let p as DyadicMatrices.Problem {
                    throw CommandErrors.error("cli.ergm.term-problem", [("name", .text(name)), ("problem", .text(p.remedy.appended(to: p.reason)))], language)
                }
            })
        } catch let e as ERGMTermError {
            throw InputError(message: "error: " + e.text(language))
        } catch let e as ERGMModelError {
            throw InputError(message: "error: " + e.text(language, nodeName: { nodes[$0] }), code: Exit.dataError)
        }
        self.model = model
    }
}
