import Dispatch
import Foundation

/// Betweenness centrality: the share of shortest paths between other actors that pass through
/// a node — who brokers between others.
///
/// Definition (networkx `betweenness_centrality(G, weight="distance", normalized=True)`; Brandes
/// 2001, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25:163, and Brandes 2008
/// for the weighted variant): c(v) = sum over s != v != t of sigma(s,t|v) / sigma(s,t), with path
/// length the sum of distances 1/weight, divided by (n-1)(n-2) for directed and undirected graphs
/// alike (an undirected graph counts each pair in both directions). Path lengths are compared
/// exactly, as networkx does. Sources run in parallel on all cores; `samples` uses that many
/// sources, chosen by `seed`, and scales by n/k (networkx `k=`).
public enum Betweenness {
    /// The betweenness of every node of `view`.
    public static func compute(_ view: GraphView, samples: Int? = nil, seed: UInt64 = 42, threads: Int = 0) -> [Double] {
        let n = view.count
        guard n > 2 else { return [Double](repeating: 0, count: n) }
        let sources = SplitMix64.sample(samples, of: n, seed: seed)
        let chosen = sources
        let workers = max(1, min(threads > 0 ? threads : System.cores, chosen.count / 8 + 1))
        let partial = Accumulators(count: workers)
        let distances = view.outWeights.map { $0 > 0 ? 1 / $0 : .infinity }
        // As 32-bit ids: half the bytes to stream through on every search.
        let targets = view.outTargets.map { Int32(truncatingIfNeeded: $0) }
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var state = BrandesState(n: n)
            var total = [Double](repeating: 0, count: n)
            var i = w
            while i < chosen.count {
                state.accumulate(from: chosen[i], view: view, targets: targets, distances: distances, into: &total)
                i += workers
            }
            partial.set(w, total)
        }
        var result = [Double](repeating: 0, count: n)
        for w in 0..<workers { let t = partial.get(w); for v in 0..<n { result[v] += t[v] } }
        var scale = 1 / (Double(n - 1) * Double(n - 2))
        if sources.count < n { scale *= Double(n) / Double(sources.count) }
        return result.map { $0 * scale }
    }
}
