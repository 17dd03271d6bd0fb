/// Eigenvector centrality: a node is central when its neighbours are.
///
/// Definition (networkx `eigenvector_centrality_numpy(G, weight="weight")`; Bonacich 1972): the
/// principal eigenvector of the weighted adjacency matrix (for a directed view, the left one, so
/// that in-ties count), positive, with unit Euclidean norm. On a graph that is not connected the
/// dominant component gets its values and the others (near) zero, as networkx's power-iteration
/// `eigenvector_centrality` gives, where the numpy variant refuses.
///
/// How: on the undirected view, whose matrix is symmetric, by the Lanczos method with full
/// reorthogonalisation and explicit restarts (``Lanczos``), started, like networkx's power
/// iteration, from the uniform vector. Lanczos finds the extreme eigenvalue in about the square
/// root of the iterations power iteration needs (it works on the whole Krylov space, not its last
/// vector), and a start vector's projection on the principal eigenspace is the vector both
/// converge to, so the values are the same (to 10^-10) on connected and disconnected graphs alike;
/// the residual ||Ay - θy|| says when it is done. ARPACK, which igraph calls, is the same method
/// with implicit restarts. The directed view's matrix is not symmetric: power iteration with
/// A + I from the uniform vector, converged tightly.
///
/// A directed view without a cycle has no such eigenvector (every eigenvalue of A is 0): power
/// iteration creeps towards the ends of the longest paths without ever converging, and networkx
/// raises `PowerIterationFailedConvergence`. ``isDefined(on:)`` tells such a view apart in linear
/// time; ``compute(_:tolerance:maxIterations:)`` gives it zeros at once, and `relmap rank` refuses
/// it with a one-line error.
public enum EigenvectorCentrality {
    /// The most iterations run on `view`: about 5 * 10^7 arc and node visits in all, at least 1,000.
    static func iterationBudget(_ view: GraphView) -> Int {
        max(1_000, 50_000_000 / max(1, view.outTargets.count + view.count))
    }

    /// The eigenvector centrality of every node of `view` (zeros for a directed view without a
    /// cycle). Iterations (products with the matrix) stop at `maxIterations`, and sooner on a
    /// large graph: at most about 5 * 10^7 arc visits (a fraction of a second), where a graph of
    /// long paths may still be converging; `tolerance` is power iteration's (the directed view).
    public static func compute(_ view: GraphView, tolerance: Double = 1e-11, maxIterations: Int = 100_000) -> [Double] {
        let n = view.count
        guard n > 0 else { return [] }
        guard isDefined(on: view) else { return [Double](repeating: 0, count: n) }
        let budget = iterationBudget(view)
        if !view.directed { return Lanczos.principal(view, steps: min(maxIterations, budget)).map { abs($0) } }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        for _ in 0..<min(maxIterations, budget) {
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

    /// Whether `view` has a principal eigenvector to converge to: an undirected view always (an
    /// empty one included); a directed one when it has a cycle of arcs of positive weight.
    public static func isDefined(on view: GraphView) -> Bool {
        guard view.directed, view.count > 0 else { return true }
        // Kahn's algorithm: the nodes left when no node without incoming arcs remains lie on or
        // behind a cycle.
        let n = view.count
        var indegree = [Int](repeating: 0, count: n)
        for k in view.outTargets.indices where view.outWeights[k] > 0 { indegree[view.outTargets[k]] += 1 }
        var ready = (0..<n).filter { indegree[$0] == 0 }
        var removed = 0
        while let v = ready.popLast() {
            removed += 1
            for k in view.outOffsets[v]..<view.outOffsets[v + 1] where view.outWeights[k] > 0 {
                let t = view.outTargets[k]
                indegree[t] -= 1
                if indegree[t] == 0 { ready.append(t) }
            }
        }
        return removed < n
    }
}
