/// Eigenvector centrality: a node is central when its neighbours are.
///
/// Definition (networkx `eigenvector_centrality_numpy(G, weight="weight")`; Bonacich 1972): the
/// principal eigenvector of the weighted adjacency matrix (for a directed view, the left one, so
/// that in-ties count), positive, with unit Euclidean norm. Computed as networkx's
/// `eigenvector_centrality` does, by power iteration with A + I from the uniform vector, converged
/// tightly; on a graph that is not connected this gives the dominant component its values and the
/// others (near) zero, where the numpy variant refuses.
public enum EigenvectorCentrality {
    /// The eigenvector centrality of every node of `view`.
    public static func compute(_ view: GraphView, tolerance: Double = 1e-11, maxIterations: Int = 100_000) -> [Double] {
        let n = view.count
        guard n > 0 else { return [] }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        for _ in 0..<maxIterations {
            next = x
            for v in 0..<n where x[v] != 0 {
                let xv = x[v]
                for k in view.outOffsets[v]..<view.outOffsets[v + 1] {
                    next[view.outTargets[k]] += xv * view.outWeights[k]
                }
            }
            var norm = 0.0
            for v in next { norm += v * v }
            norm = norm.squareRoot()
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { break }
        }
        return x.map { abs($0) }
    }
}
