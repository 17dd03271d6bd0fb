import Dispatch

/// Closeness centrality: how near a node is to all the others, by shortest paths.
///
/// Definition (networkx `closeness_centrality(G, distance="distance", wf_improved=True)`;
/// Freeman 1979, with the correction of Wasserman & Faust 1994, "Social Network Analysis", for
/// graphs that are not connected): C(u) = (r-1) / sum of d(v,u) over the r nodes that reach u,
/// times (r-1)/(n-1); 0 when no other node reaches u. Distances are 1/weight. On a directed view
/// the distance is incoming (from v to u), as networkx does. Nodes run in parallel on all cores.
///
/// `samples` estimates it from that many sources chosen by `seed` (Eppstein & Wang 2004, "Fast
/// approximation of centrality", J. Graph Algorithms Appl. 8:39): one shortest-path search from
/// each source v gives d(v,u) for every u; with c(u) the sources other than u that reach u, S(u)
/// the sum of their distances and k(u) the sources other than u, the reach and the distance sum
/// scale by (n-1)/k(u), so C(u) = c(u)^2 / (S(u) k(u)), exact when every node is a source.
public enum Closeness {
    /// The closeness of every node of `view`, estimated from `samples` sources when given.
    public static func compute(_ view: GraphView, samples: Int? = nil, seed: UInt64 = 42, threads: Int = 0) -> [Double] {
        let n = view.count
        guard n > 1 else { return [Double](repeating: 0, count: n) }
        if let samples, samples < n { return sampled(view, sources: SplitMix64.sample(samples, of: n, seed: seed), threads: threads) }
        // Incoming distance: search along arcs backwards (the same arcs for an undirected view).
        let offsets = view.directed ? view.inOffsets : view.outOffsets
        // As 32-bit ids: half the bytes to stream through on every search.
        let targets = (view.directed ? view.inSources : view.outTargets).map { Int32(truncatingIfNeeded: $0) }
        let distances = (view.directed ? view.inWeights : view.outWeights).map { $0 > 0 ? 1 / $0 : .infinity }
        let workers = max(1, min(threads > 0 ? threads : System.cores, n / 8 + 1))
        let result = Accumulators(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var out = [Double](repeating: 0, count: n)
            var search = DijkstraSearch(count: n)
            var u = w
            while u < n {
                var reached = 0
                var total = 0.0
                search.run(from: u, offsets: offsets, targets: targets, distances: distances) { _, d in
                    reached += 1
                    total += d
                }
                if total > 0 {
                    let r = Double(reached - 1)
                    out[u] = r / total * (r / Double(n - 1))
                }
                u += workers
            }
            result.set(w, out)
        }
        var values = [Double](repeating: 0, count: n)
        for w in 0..<workers { let part = result.get(w); for v in stride(from: w, to: n, by: workers) { values[v] = part[v] } }
        return values
    }

    /// The estimate from `sources`: a search forwards from each (distances from it to the others).
    static func sampled(_ view: GraphView, sources: [Int], threads: Int) -> [Double] {
        let n = view.count
        let distances = view.outWeights.map { $0 > 0 ? 1 / $0 : .infinity }
        let targets = view.outTargets.map { Int32(truncatingIfNeeded: $0) }
        let workers = max(1, min(threads > 0 ? threads : System.cores, sources.count / 8 + 1))
        let sums = Accumulators(count: workers), counts = Accumulators(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var sum = [Double](repeating: 0, count: n), count = [Double](repeating: 0, count: n)
            var search = DijkstraSearch(count: n)
            var i = w
            while i < sources.count {
                search.run(from: sources[i], offsets: view.outOffsets, targets: targets, distances: distances) { u, d in
                    sum[u] += d
                    count[u] += 1
                }
                i += workers
            }
            sums.set(w, sum)
            counts.set(w, count)
        }
        var sum = [Double](repeating: 0, count: n), count = [Double](repeating: 0, count: n)
        for w in 0..<workers {
            let s = sums.get(w), c = counts.get(w)
            for u in 0..<n { sum[u] += s[u]; count[u] += c[u] }
        }
        let chosen = Set(sources)
        return (0..<n).map { u in
            // The source u itself is at distance 0: counted in neither c(u) nor k(u).
            let c = count[u] - (chosen.contains(u) ? 1 : 0)
            let k = Double(sources.count - (chosen.contains(u) ? 1 : 0))
            return sum[u] > 0 && k > 0 ? c * c / (sum[u] * k) : 0
        }
    }
}

/// Dijkstra's algorithm from one node at a time, its buffers reused across searches.
struct DijkstraSearch {
    /// A node's distance so far.
    private struct Slot {
        var dist = Double.infinity
    }

    private var slots: [Slot]
    private var touched: [Int32] = []
    private var heap: IndexedHeap

    init(count: Int) {
        heap = IndexedHeap(count: count)
        slots = [Slot](repeating: Slot(), count: count)
    }

    /// Calls `reached` with every node the search from `source` reaches (itself included, at
    /// distance 0) and its distance, nearest first, along the arcs `offsets`/`targets` with
    /// lengths `distances`.
    mutating func run(from source: Int, offsets: [Int], targets: [Int32], distances: [Double], _ reached: (Int, Double) -> Void) {
        // Moved out of self for the search (no copy), so that the loop below reads and writes
        // them through a pointer, without bounds or uniqueness checks.
        var slots: [Slot] = []
        swap(&slots, &self.slots)
        defer { swap(&slots, &self.slots) }
        slots[source].dist = 0
        heap.set(source, 0)
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { to in
                distances.withUnsafeBufferPointer { len in
                    slots.withUnsafeMutableBufferPointer { at in
                        while !heap.isEmpty {
                            let (v, d) = heap.pop()
                            touched.append(Int32(v))
                            reached(v, d)
                            // Arcs are longer than 0, so a settled node is never improved: no
                            // flag is needed to skip it.
                            for k in off[v]..<off[v + 1] {
                                let x = Int(to[k])
                                let nd = d + len[k]
                                if nd < at[x].dist {
                                    at[x].dist = nd
                                    heap.set(x, nd)
                                }
                            }
                        }
                        for t in touched { at[Int(t)].dist = .infinity }
                    }
                }
            }
        }
        touched.removeAll(keepingCapacity: true)
    }
}
