/// PageRank: the share of time a random walker spends at a node, following ties in proportion to
/// their weight and jumping to a random node with probability 1 - alpha.
///
/// Definition (networkx `pagerank(G, alpha=0.85, weight="weight")`; Brin & Page 1998, "The anatomy of a
/// large-scale hypertextual Web search engine"): x = alpha * (x W + d x / n) + (1 - alpha) / n, where
/// W is the weighted adjacency with rows normalised by out-strength, and d marks the dangling nodes
/// (no out-arcs, or zero out-strength), whose mass is spread uniformly. An undirected view counts
/// each tie as two arcs. Iterated from the uniform vector until the L1 change is below n * tol.
public enum PageRank {
    /// The PageRank of every node of `view`.
    public static func compute(_ view: GraphView, alpha: Double = 0.85, tolerance: Double = 1e-12, maxIterations: Int = 1000) -> [Double] {
        let n = view.count
        guard n > 0 else { return [] }
        let strength = Strength.compute(view, mode: .outgoing)
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var dangling = 0.0
            for i in 0..<n where strength[i] == 0 { dangling += x[i] }
            let base = (1 - alpha) / Double(n) + alpha * dangling / Double(n)
            for i in 0..<n { next[i] = base }
            for i in 0..<n where strength[i] > 0 {
                let share = alpha * x[i] / strength[i]
                for k in view.outOffsets[i]..<view.outOffsets[i + 1] {
                    next[view.outTargets[k]] += share * view.outWeights[k]
                }
            }
            var change = 0.0
            for i in 0..<n { change += abs(next[i] - x[i]) }
            swap(&x, &next)
            if change < Double(n) * tolerance { break }
        }
        return x
    }
}
