import Foundation

extension PinnedLayout {
    /// Node attributes that change a node's size or outline in the layout.
    static let geometryAttributes = ["shape", "width", "height", "fixedsize", "label", "fontsize", "fontname", "margin",
                                     "peripheries", "sides", "regular", "orientation", "distortion", "skew"]

    /// The layout of `source` made fit for `target`, the same drawing styled differently, in which some
    /// departments drawn with a larger outline in `source` (brokers' hexagons) are boxes: every edge end
    /// at such a department is extended in a straight line, along its last direction, to the box.
    ///
    /// Definition: a node is reshaped when one of ``geometryAttributes`` differs between the graphs;
    /// this is only supported when it is a `box` in `target` and a `hexagon` in `source` with the same
    /// label and font (Graphviz sizes the hexagon around the label's box, so the box lies inside it).
    /// The boxes are measured by Graphviz's own text layout (one small `dot` job). An edge end with an
    /// arrowhead moves the arrowhead: the tip goes to the box and a straight piece joins the old arrow
    /// base to the new one; an end without one gets the straight piece only.
    /// - Parameters:
    ///   - source: the graph that was laid out (node ids, edge `id`s).
    ///   - target: the graph to pin, with the same nodes and edge ids.
    /// - Returns: the adapted layout; `self` when no node is reshaped; `nil` when a reshaped node is not
    ///   a hexagon-to-box change or the graphs do not have the same nodes (lay `target` out itself).
    /// - Throws: ``RenderError`` when the measuring job fails.
    /// - Complexity: O(n + m) plus one layout of the reshaped nodes alone.
    func adapted(from source: DOTGraph, to target: DOTGraph) throws -> PinnedLayout? {
        guard source.nodes.map(\.id) == target.nodes.map(\.id) else { return nil }
        func value(_ g: DOTGraph, _ n: DOTNode, _ key: String) -> String? { n.attributes[key] ?? g.nodeDefaults[key] }
        var reshaped: [DOTNode] = []
        for (s, t) in zip(source.nodes, target.nodes) {
            let differs = Self.geometryAttributes.contains { value(source, s, $0) != value(target, t, $0) }
            guard differs else { continue }
            let sameText = ["label", "fontsize", "fontname", "margin"].allSatisfy { value(source, s, $0) == value(target, t, $0) }
            guard sameText, value(source, s, "shape") == "hexagon", value(target, t, "shape") == "box",
                  value(target, t, "fixedsize") == nil, value(source, s, "fixedsize") == nil else { return nil }
            var n = t
            for key in Self.geometryAttributes { n.attributes[key] = value(target, t, key) }
            reshaped.append(n)
        }
        guard !reshaped.isEmpty else { return self }
        let boxes = try Self.measureBoxes(reshaped)
        var halfSize: [String: (Double, Double)] = [:]
        for n in reshaped {
            guard let size = boxes[n.id] else { return nil }
            halfSize[n.id] = (size.0 * 36, size.1 * 36)   // inches → half size in points
        }
        var result = self
        for edge in target.edges {
            guard edge.from != edge.to, let id = edge.attributes["id"], let pos = edges[id] else { continue }
            let head = halfSize[edge.to].flatMap { h in Self.point(nodes[edge.to]).map { ($0, h) } }
            let tail = halfSize[edge.from].flatMap { h in Self.point(nodes[edge.from]).map { ($0, h) } }
            guard head != nil || tail != nil, var spline = EdgeSpline(pos) else { continue }
            if let (center, half) = head { spline.extendEnd(to: center, half: half) }
            if let (center, half) = tail { spline.extendStart(to: center, half: half) }
            result.edges[id] = spline.pos
        }
        return result
    }

    /// Width and height (inches) of each node laid out alone with `dot`, by node id.
    private static func measureBoxes(_ nodes: [DOTNode]) throws -> [String: (Double, Double)] {
        let probe = DOTGraph(name: "boxes", directed: false, nodes: nodes.enumerated().map { i, n in DOTNode("m\(i)", n.attributes) })
        let data = try GraphvizRenderer.render(dot: DiagramDOTWriter.write(probe), engine: "dot", format: "json")
        var sizes: [String: (Double, Double)] = [:]
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return sizes }
        for case let object as [String: Any] in (root["objects"] as? [Any]) ?? [] {
            guard let name = object["name"] as? String, name.hasPrefix("m"), let i = Int(name.dropFirst()), i < nodes.count,
                  let w = (object["width"] as? String).flatMap(Double.init),
                  let h = (object["height"] as? String).flatMap(Double.init) else { continue }
            sizes[nodes[i].id] = (w, h)
        }
        return sizes
    }

    static func point(_ text: String?) -> (Double, Double)? {
        guard let text else { return nil }
        let v = text.split(separator: ",").compactMap { Double($0) }
        return v.count == 2 ? (v[0], v[1]) : nil
    }
}

/// An edge's `pos` (Graphviz spline type): optional arrow points `s,x,y` (tail) and `e,x,y` (head),
/// then 3k+1 Bézier points from tail to head.
struct EdgeSpline {
    var start: (Double, Double)? = nil
    var end: (Double, Double)? = nil
    var points: [(Double, Double)] = []

    init?(_ pos: String) {
        // Several splines (`;`-separated) only come with concentrators; leave those alone.
        guard !pos.contains(";") else { return nil }
        for token in pos.split(separator: " ") {
            if token.hasPrefix("s,") { start = PinnedLayout.point(String(token.dropFirst(2))) }
            else if token.hasPrefix("e,") { end = PinnedLayout.point(String(token.dropFirst(2))) }
            else if let p = PinnedLayout.point(String(token)) { points.append(p) } else { return nil }
        }
        guard points.count >= 4, (points.count - 1) % 3 == 0 else { return nil }
    }

    var pos: String {
        func f(_ p: (Double, Double)) -> String { "\(DiagramDOTWriter.number(p.0)),\(DiagramDOTWriter.number(p.1))" }
        var parts: [String] = []
        if let start { parts.append("s," + f(start)) }
        if let end { parts.append("e," + f(end)) }
        return (parts + points.map(f)).joined(separator: " ")
    }

    /// Moves the head end to the box around `center`.
    mutating func extendEnd(to center: (Double, Double), half: (Double, Double)) {
        let n = points.count
        if let tip = end {
            guard let q = Self.entry(from: tip, direction: (tip.0 - points[n - 1].0, tip.1 - points[n - 1].1), center: center, half: half)
            else { return }
            let base = points[n - 1], shifted = (base.0 + q.0 - tip.0, base.1 + q.1 - tip.1)
            points += Self.straight(base, shifted)
            end = q
        } else {
            let last = points[n - 1]
            guard let q = Self.entry(from: last, direction: (last.0 - points[n - 2].0, last.1 - points[n - 2].1), center: center, half: half)
            else { return }
            points += Self.straight(last, q)
        }
    }

    /// Moves the tail end to the box around `center`.
    mutating func extendStart(to center: (Double, Double), half: (Double, Double)) {
        if let tip = start {
            guard let q = Self.entry(from: tip, direction: (tip.0 - points[0].0, tip.1 - points[0].1), center: center, half: half)
            else { return }
            let base = points[0], shifted = (base.0 + q.0 - tip.0, base.1 + q.1 - tip.1)
            points = [shifted] + Self.straight(shifted, base) + points.dropFirst()
            start = q
        } else {
            let first = points[0]
            guard let q = Self.entry(from: first, direction: (first.0 - points[1].0, first.1 - points[1].1), center: center, half: half)
            else { return }
            points = [q] + Self.straight(q, first) + points.dropFirst()
        }
    }

    /// The two inner control points and the end of a straight cubic piece from `a` to `b`.
    private static func straight(_ a: (Double, Double), _ b: (Double, Double)) -> [(Double, Double)] {
        [(a.0 + (b.0 - a.0) / 3, a.1 + (b.1 - a.1) / 3), (a.0 + 2 * (b.0 - a.0) / 3, a.1 + 2 * (b.1 - a.1) / 3), b]
    }

    /// Where the ray from `p` along `direction` enters the box (centre, half sizes); along the line to
    /// the centre when the ray misses it; `nil` when `p` is already inside or on the box.
    static func entry(from p: (Double, Double), direction: (Double, Double), center: (Double, Double),
                      half: (Double, Double)) -> (Double, Double)? {
        let x0 = center.0 - half.0, x1 = center.0 + half.0, y0 = center.1 - half.1, y1 = center.1 + half.1
        if p.0 >= x0 && p.0 <= x1 && p.1 >= y0 && p.1 <= y1 { return nil }
        func hit(_ d: (Double, Double)) -> (Double, Double)? {
            var lo = 0.0, hi = Double.infinity
            for (o, v, a, b) in [(p.0, d.0, x0, x1), (p.1, d.1, y0, y1)] {
                if abs(v) < 1e-12 {
                    if o < a || o > b { return nil }
                } else {
                    let t1 = (a - o) / v, t2 = (b - o) / v
                    lo = max(lo, min(t1, t2)); hi = min(hi, max(t1, t2))
                }
            }
            return lo <= hi && lo.isFinite ? (p.0 + lo * d.0, p.1 + lo * d.1) : nil
        }
        let length = (direction.0 * direction.0 + direction.1 * direction.1).squareRoot()
        if length > 1e-9, let q = hit(direction) { return q }
        return hit((center.0 - p.0, center.1 - p.1))
    }
}
