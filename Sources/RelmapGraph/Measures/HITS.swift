/// Hubs and authorities: a good hub points to good authorities, a good authority is pointed to by
/// good hubs.
///
/// Definition (networkx `hits(G)`; Kleinberg 1999, "Authoritative sources in a hyperlinked
/// environment", J. ACM 46:604): authorities are the principal right singular vector of the
/// weighted adjacency matrix A, hubs are A times it; each normalised to sum 1. Computed by power
/// iteration on AᵀA. On an undirected view hubs and authorities coincide.
///
/// Iterations stop at `maxIterations`, and sooner on a large graph: at most about 5 * 10^7 arc
/// visits (a fraction of a second). Graphs of long chains (a 3,000-node DAG of short hops) have
/// top singular values so close that power iteration would need millions of iterations; networkx
/// (ARPACK's Lanczos) settles them exactly, relmap stops at the budget with the vector reached.
public enum HITS {
    /// The most iterations run on `view`: about 5 * 10^7 arc and node visits in all (each iteration
    /// visits every arc twice), at least 1,000.
    static func iterationBudget(_ view: GraphView) -> Int {
        max(1_000, 50_000_000 / max(1, 2 * view.outTargets.count + view.count))
    }

    /// Hub and authority scores of every node of `view`.
    public static func compute(_ view: GraphView, tolerance: Double = 1e-13, maxIterations: Int = 100_000) -> (hubs: [Double], authorities: [Double]) {
        let n = view.count
        guard n > 0 else { return ([], []) }
        func multiplyA(_ a: [Double]) -> [Double] {  // h = A a: h[u] = sum over u->v of w * a[v]
            var h = [Double](repeating: 0, count: n)
            for u in 0..<n {
                var s = 0.0
                for k in view.outOffsets[u]..<view.outOffsets[u + 1] { s += view.outWeights[k] * a[view.outTargets[k]] }
                h[u] = s
            }
            return h
        }
        func multiplyAT(_ h: [Double]) -> [Double] {  // a = Aᵀ h: a[v] = sum over u->v of w * h[u]
            var a = [Double](repeating: 0, count: n)
            for u in 0..<n where h[u] != 0 {
                for k in view.outOffsets[u]..<view.outOffsets[u + 1] { a[view.outTargets[k]] += view.outWeights[k] * h[u] }
            }
            return a
        }
        var a = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        let budget = iterationBudget(view)
        for _ in 0..<min(maxIterations, budget) {
            var next = multiplyAT(multiplyA(a))
            let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { break }
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - a[v])
            }
            a = next
            if change < Double(n) * tolerance { break }
        }
        var h = multiplyA(a)
        let hs = h.reduce(0, +), asum = a.reduce(0, +)
        if hs > 0 { h = h.map { $0 / hs } }
        if asum > 0 { a = a.map { $0 / asum } }
        return (h, a)
    }
}
