extension NetworkStatistics {
    /// Degree assortativity: do well-connected departments tie to each other?
    ///
    /// Definition: the Pearson correlation, over the ties, of the degrees at their two ends. Undirected:
    /// each edge counted in both orientations with the degrees of its ends. Directed: each arc `u→v`
    /// once, out-degree of `u` against in-degree of `v` (NetworkX defaults `x="out"`, `y="in"`).
    /// Weights ignored.
    ///
    /// - Parameter graph: any graph.
    /// - Returns: a value in [−1, 1]; `nil` when there is no tie or a degree sequence has zero variance
    ///   (e.g. a regular graph or a star; NetworkX gives `nan` there).
    /// - Complexity: O(n + m).
    ///
    /// References: Newman (2002), "Assortative mixing in networks", Phys. Rev. Lett. 89:208701,
    /// doi:10.1103/PhysRevLett.89.208701; Newman (2003), Phys. Rev. E 67:026126. Matches NetworkX
    /// `degree_assortativity_coefficient` and igraph `igraph_assortativity_degree`.
    public static func degreeAssortativity(of graph: Graph) -> Double? {
        let m = graph.edgeCount
        guard m > 0 else { return nil }
        // Two passes (means, then centred sums) for accuracy near r = 0.
        func ends(_ e: Int) -> (Double, Double) {
            let u = Int(graph.edgeSources[e]), v = Int(graph.edgeTargets[e])
            return graph.isDirected ? (Double(graph.outDegree(u)), Double(graph.inDegree(v)))
                                    : (Double(graph.outDegree(u)), Double(graph.outDegree(v)))
        }
        var sx = 0.0, sy = 0.0
        for e in 0..<m {
            let (x, y) = ends(e)
            sx += x; sy += y
            if !graph.isDirected { sx += y; sy += x }
        }
        let count = Double(graph.isDirected ? m : 2 * m)
        let mx = sx / count, my = sy / count
        var varX = 0.0, varY = 0.0, cov = 0.0
        for e in 0..<m {
            let (x, y) = ends(e)
            let dx = x - mx, dy = y - my
            varX += dx * dx; varY += dy * dy; cov += dx * dy
            if !graph.isDirected {
                let ex = y - mx, ey = x - my
                varX += ex * ex; varY += ey * ey; cov += ex * ey
            }
        }
        guard varX > 0, varY > 0 else { return nil }
        return cov / (varX * varY).squareRoot()
    }

    /// Attribute (nominal) assortativity: do departments tie within their own group?
    ///
    /// Definition: with `e_ij` the fraction of tie ends joining group `i` to group `j` (undirected:
    /// both orientations; directed: each arc from its source's group to its target's),
    /// `a_i = Σ_j e_ij`, `b_j = Σ_i e_ij`: `r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i)`.
    ///
    /// - Parameters:
    ///   - graph: any graph.
    ///   - groups: one group code per node (any integers; equal codes = same group).
    /// - Returns: a value in [−1, 1]; `nil` when there is no tie or every tie end is in one group
    ///   (`Σ a_i b_i = 1`; NetworkX gives `nan`).
    /// - Complexity: O(n + m + g²) for g groups.
    ///
    /// References: Newman (2003), "Mixing patterns in networks", Phys. Rev. E 67:026126,
    /// doi:10.1103/PhysRevE.67.026126. Matches NetworkX `attribute_assortativity_coefficient` and
    /// igraph `igraph_assortativity_nominal`.
    public static func attributeAssortativity(of graph: Graph, groups: [Int32]) -> Double? {
        precondition(groups.count == graph.nodeCount, "one group per node")
        guard graph.edgeCount > 0 else { return nil }
        let codes = Array(Set(groups)).sorted()
        var index: [Int32: Int] = [:]
        for (i, c) in codes.enumerated() { index[c] = i }
        let g = codes.count
        let group = groups.map { index[$0]! }
        var mix = [Double](repeating: 0, count: g * g)
        for e in 0..<graph.edgeCount {
            let a = group[Int(graph.edgeSources[e])], b = group[Int(graph.edgeTargets[e])]
            mix[a * g + b] += 1
            if !graph.isDirected { mix[b * g + a] += 1 }
        }
        let total = mix.reduce(0, +)
        var trace = 0.0, s = 0.0
        for i in 0..<g {
            trace += mix[i * g + i] / total
            var rowSum = 0.0, columnSum = 0.0
            for j in 0..<g { rowSum += mix[i * g + j]; columnSum += mix[j * g + i] }
            s += (rowSum / total) * (columnSum / total)
        }
        guard s < 1 - 1e-15 else { return nil }
        return (trace - s) / (1 - s)
    }
}
