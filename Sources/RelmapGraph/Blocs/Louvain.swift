/// Blocs: communities of actors more tied to each other than to the rest, by Louvain modularity
/// optimisation.
///
/// Definition (networkx `louvain_communities(G, weight="weight", resolution=γ, threshold=1e-7,
/// seed=S)`; Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of communities in
/// large networks", J. Stat. Mech. P10008): on the undirected view, nodes move to the neighbouring
/// community with the best modularity gain, in an order shuffled by the seed, until no move helps;
/// communities then become nodes and the process repeats while modularity grows by more than the
/// threshold. Modularity Q = sum over communities of L_c/m - γ (k_c / 2m)². The same seed gives the
/// same blocs; blocs are numbered by size, largest first, ties by their first actor's id.
public enum Louvain {
    /// The bloc of every node of `graph`, numbered from 1.
    public static func blocs(_ graph: RelationGraph, resolution: Double = 1, seed: UInt64 = 42, threshold: Double = 1e-7) -> [Int] {
        let view = GraphView.undirected(graph)
        let n = view.count
        guard n > 0 else { return [] }
        // Weighted adjacency of the current level, with self-loop weights kept apart.
        var adjacency: [[(Int, Double)]] = (0..<n).map { v in
            (view.outOffsets[v]..<view.outOffsets[v + 1]).map { (view.outTargets[$0], view.outWeights[$0]) }
        }
        var loops = [Double](repeating: 0, count: n)
        var membership = Array(0..<n)           // original node -> community at the current level
        let m = view.outWeights.reduce(0, +) / 2
        guard m > 0 else { return numbered(Array(0..<n), graph) }
        var rng = SplitMix64(seed: seed)
        var best = modularity(of: Array(0..<n), adjacency: adjacency, loops: loops, m: m, resolution: resolution)
        while true {
            let size = adjacency.count
            let degree = (0..<size).map { v in adjacency[v].reduce(0) { $0 + $1.1 } + 2 * loops[v] }
            var community = Array(0..<size)
            var total = degree
            var order = Array(0..<size)
            for i in stride(from: size - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            var improved = true
            var moved = false
            var weightTo = [Double](repeating: 0, count: size)
            var touched: [Int] = []
            while improved {
                improved = false
                for u in order {
                    let cu = community[u]
                    let ku = degree[u]
                    for (v, w) in adjacency[u] where v != u {
                        let c = community[v]
                        if weightTo[c] == 0 { touched.append(c) }
                        weightTo[c] += w
                    }
                    total[cu] -= ku
                    let removeCost = -weightTo[cu] / m + resolution * total[cu] * ku / (2 * m * m)
                    var bestGain = 0.0
                    var bestCommunity = cu
                    for c in touched.sorted() {
                        let gain = removeCost + weightTo[c] / m - resolution * total[c] * ku / (2 * m * m)
                        if gain > bestGain { bestGain = gain; bestCommunity = c }
                    }
                    total[bestCommunity] += ku
                    if bestCommunity != cu {
                        community[u] = bestCommunity
                        improved = true
                        moved = true
                    }
                    for c in touched { weightTo[c] = 0 }
                    weightTo[cu] = 0
                    touched.removeAll(keepingCapacity: true)
                }
            }
            // Renumber the communities 0..<k and aggregate.
            var index: [Int: Int] = [:]
            for c in community where index[c] == nil { index[c] = index.count }
            let k = index.count
            let level = community.map { index[$0]! }
            let next = modularity(of: level, adjacency: adjacency, loops: loops, m: m, resolution: resolution)
            if !moved || next - best <= threshold { break }
            best = next
            membership = membership.map { level[$0] }
            var newAdjacency = [[Int: Double]](repeating: [:], count: k)
            var newLoops = [Double](repeating: 0, count: k)
            for u in 0..<size {
                let cu = level[u]
                newLoops[cu] += loops[u]
                for (v, w) in adjacency[u] {
                    let cv = level[v]
                    if cu == cv { newLoops[cu] += w / 2 } else { newAdjacency[cu][cv, default: 0] += w }
                }
            }
            adjacency = newAdjacency.map { $0.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
            loops = newLoops
        }
        return numbered(membership, graph)
    }

    /// Modularity of a partition of `graph` (networkx `community.modularity`).
    public static func modularity(_ graph: RelationGraph, blocs: [Int], resolution: Double = 1) -> Double {
        let view = GraphView.undirected(graph)
        let adjacency: [[(Int, Double)]] = (0..<view.count).map { v in
            (view.outOffsets[v]..<view.outOffsets[v + 1]).map { (view.outTargets[$0], view.outWeights[$0]) }
        }
        let m = view.outWeights.reduce(0, +) / 2
        guard m > 0 else { return 0 }
        return modularity(of: blocs, adjacency: adjacency, loops: [Double](repeating: 0, count: view.count), m: m, resolution: resolution)
    }

    private static func modularity(of community: [Int], adjacency: [[(Int, Double)]], loops: [Double], m: Double, resolution: Double) -> Double {
        var inside: [Int: Double] = [:], degree: [Int: Double] = [:]
        for u in adjacency.indices {
            let c = community[u]
            inside[c, default: 0] += loops[u]
            degree[c, default: 0] += 2 * loops[u]
            for (v, w) in adjacency[u] {
                degree[c, default: 0] += w
                if community[v] == c { inside[c, default: 0] += w / 2 }
            }
        }
        var q = 0.0
        for (c, k) in degree { q += (inside[c] ?? 0) / m - resolution * (k / (2 * m)) * (k / (2 * m)) }
        return q
    }

    /// Blocs numbered 1... by size, largest first, ties by the smallest id in them.
    private static func numbered(_ membership: [Int], _ graph: RelationGraph) -> [Int] {
        var members: [Int: [Int]] = [:]
        for (node, c) in membership.enumerated() { members[c, default: []].append(node) }
        let order = members.values.map { list in (list.count, list.map { graph.nodes[$0].id }.min() ?? "", list) }
            .sorted { ($0.0, $1.1) > ($1.0, $0.1) }
        var bloc = [Int](repeating: 0, count: membership.count)
        for (i, entry) in order.enumerated() { for node in entry.2 { bloc[node] = i + 1 } }
        return bloc
    }
}
