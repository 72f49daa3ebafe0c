import GovNet

extension NetworkDiagram {
    /// One diagram per drawn mechanism, every department at the same place in every panel, so the
    /// mechanisms can be compared side by side (`govnet render --split-mechanisms`).
    ///
    /// Definition: the union of the drawn mechanisms is laid out once with the diagram's engine
    /// (``engine(network:options:)``; `neato` or `fdp` suit most networks); every panel then carries
    /// the same pinned node positions (`pos="x,y!"`, rendered with Graphviz's `nop2`, i.e.
    /// `neato -n2`) and only the ties of its mechanism, drawn along the splines of the union layout,
    /// with a legend for that mechanism and the highlights. Every department appears in every panel,
    /// also where it has no tie of that mechanism (an isolate in that layer).
    /// - Parameters:
    ///   - network: the network.
    ///   - options: what to draw; ``DiagramOptions/mechanisms`` chooses the panels (default: every
    ///     mechanism used).
    /// - Returns: one graph per mechanism, in the order of the drawn mechanisms; each graph's
    ///   ``DOTGraph/name`` is the mechanism id. Empty when no mechanism is drawn.
    /// - Throws: ``DiagramError`` for bad options; ``RenderError`` when the layout fails.
    /// - Complexity: one layout of the union plus O(panels × (n + m)).
    public static func panels(network: Network, options: DiagramOptions = DiagramOptions()) throws -> [DOTGraph] {
        let model = try DiagramModel(network: network, options: options)
        let styled = model.styledGraph()
        let layout = try PinnedLayout.compute(styled, engine: model.engine)
        return try panels(model: model, styled: styled, layout: layout)
    }

    /// The panels of `model` with the positions of `layout` (which must cover the model's departments
    /// and ties, by department id and edge `id`).
    static func panels(model: DiagramModel, styled: DOTGraph, layout: PinnedLayout) throws -> [DOTGraph] {
        let options = model.options
        let tieMechanism = Dictionary(uniqueKeysWithValues: model.ties.enumerated().map { ("e\($0.offset)", $0.element.mechanism) })
        let baseTitle = styled.graphAttributes["label"]
        return try model.mechanisms.map { mechanism in
            var g = try PinnedLayout.assemble(styled, layout: layout,
                                              legend: options.showLegend ? model.legendRows(only: mechanism) : [],
                                              fontName: options.fontName) { edge in
                edge.attributes["id"].flatMap { tieMechanism[$0] } == mechanism
            }
            g.name = mechanism
            let name = model.mechanismName(mechanism)
            g.graphAttributes["label"] = baseTitle.map { "\($0) — \(name)" } ?? name
            g.graphAttributes["labelloc"] = "t"
            return g
        }
    }
}
