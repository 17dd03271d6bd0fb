import Dispatch

/// Closeness centrality: how near a node is to all the others, by shortest paths.
///
/// Definition (networkx `closeness_centrality(G, distance="distance", wf_improved=True)`;
/// Freeman 1979, with the correction of Wasserman & Faust 1994, "Social Network Analysis", for
/// graphs that are not connected): C(u) = (r-1) / sum of d(v,u) over the r nodes that reach u,
/// times (r-1)/(n-1); 0 when no other node reaches u. Distances are 1/weight. On a directed view
/// the distance is incoming (from v to u), as networkx does. Nodes run in parallel on all cores.
public enum Closeness {
    /// The closeness of every node of `view`.
    public static func compute(_ view: GraphView, threads: Int = 0) -> [Double] {
        let n = view.count
        guard n > 1 else { return [Double](repeating: 0, count: n) }
        // Incoming distance: search along arcs backwards (the same arcs for an undirected view).
        let offsets = view.directed ? view.inOffsets : view.outOffsets
        let targets = view.directed ? view.inSources : view.outTargets
        let distances = (view.directed ? view.inWeights : view.outWeights).map { $0 > 0 ? 1 / $0 : .infinity }
        let workers = max(1, min(threads > 0 ? threads : System.cores, n / 8 + 1))
        let result = Accumulators(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var out = [Double](repeating: 0, count: n)
            var dist = [Double](repeating: .infinity, count: n)
            var done = [Bool](repeating: false, count: n)
            var touched: [Int] = []
            var heap = DistanceHeap()
            var u = w
            while u < n {
                heap.removeAll()
                dist[u] = 0
                touched.append(u)
                heap.push(0, node: u, pred: u)
                var reached = 0
                var total = 0.0
                while !heap.isEmpty {
                    let (d, v, _) = heap.pop()
                    if done[v] { continue }
                    done[v] = true
                    reached += 1
                    total += d
                    for k in offsets[v]..<offsets[v + 1] {
                        let x = targets[k]
                        let nd = d + distances[k]
                        if !done[x] && nd < dist[x] {
                            if dist[x] == .infinity { touched.append(x) }
                            dist[x] = nd
                            heap.push(nd, node: x, pred: v)
                        }
                    }
                }
                if total > 0 {
                    let r = Double(reached - 1)
                    out[u] = r / total * (r / Double(n - 1))
                }
                for t in touched { dist[t] = .infinity; done[t] = false }
                touched.removeAll(keepingCapacity: true)
                u += workers
            }
            result.set(w, out)
        }
        var values = [Double](repeating: 0, count: n)
        for w in 0..<workers { let part = result.get(w); for v in stride(from: w, to: n, by: workers) { values[v] = part[v] } }
        return values
    }
}
