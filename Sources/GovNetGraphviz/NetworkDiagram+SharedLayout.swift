import GovNet

extension NetworkDiagram {
    /// The finished diagram (``graph(network:options:)``) and the per-mechanism panels
    /// (``panels(network:options:)``) from one layout, so every department sits at the same place in
    /// the overall diagram and in every panel, and the layout engine runs once instead of twice.
    ///
    /// Definition: the diagram of `options` is laid out with its engine; the panels are the styled
    /// graph of `panelOptions` pinned at those positions and edge splines (Graphviz `nop2`), with edge
    /// ends at departments that are brokers' hexagons in the diagram and boxes in the panels extended
    /// straight to the box (`PinnedLayout.adapted(from:to:)`). The two options may differ in styling
    /// only (highlights, brokers, legend, colours); when they draw different departments or ties
    /// (other mechanisms, a focus) or other outlines, the panels get their own layout, exactly as
    /// ``panels(network:options:)``.
    /// - Parameters:
    ///   - network: the network.
    ///   - options: what the overall diagram draws and how (e.g. with bottlenecks highlighted).
    ///   - panelOptions: the styling of the panels.
    /// - Returns: the overall diagram and one panel per drawn mechanism (in the order of the drawn
    ///   mechanisms, each named by its mechanism id; empty when no mechanism is drawn).
    /// - Throws: ``DiagramError`` for bad options; ``RenderError`` when the layout fails.
    /// - Complexity: one layout with the engine plus O(panels × (n + m)) and a small layout per legend.
    ///
    /// References: Graphviz `neato -n2` (<https://graphviz.org/faq/#FaqDotWithNodeCoords>); small
    /// multiples with a shared layout as in NetworkX drawing one `pos` dict with several `draw_networkx`
    /// calls.
    public static func graphWithPanels(network: Network, options: DiagramOptions,
                                       panelOptions: DiagramOptions) throws -> (graph: DOTGraph, panels: [DOTGraph]) {
        let model = try DiagramModel(network: network, options: options)
        let styled = model.styledGraph()
        let layout = try PinnedLayout.compute(styled, engine: model.engine)
        let graph = try PinnedLayout.assemble(styled, layout: layout, legend: options.showLegend ? model.legendRows() : [],
                                              fontName: options.fontName)
        let panelModel = try DiagramModel(network: network, options: panelOptions)
        let sameDrawing = panelModel.mechanisms == model.mechanisms && panelModel.engine == model.engine
            && panelModel.departments.map(\.id) == model.departments.map(\.id)
            && panelModel.ties == model.ties
        let panelStyled = panelModel.styledGraph()
        guard sameDrawing, let shared = try layout.adapted(from: styled, to: panelStyled) else {
            return (graph, try panels(network: network, options: panelOptions))
        }
        return (graph, try panels(model: panelModel, styled: panelStyled, layout: shared))
    }
}
