/// Blocs: communities of actors more tied to each other than to the rest, by Louvain modularity
/// optimisation.
///
/// Definition (networkx `louvain_communities(G, weight="weight", resolution=γ, threshold=1e-7,
/// seed=S)`; Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of communities in
/// large networks", J. Stat. Mech. P10008): on the undirected view, nodes move to the neighbouring
/// community with the best modularity gain, in an order shuffled by the seed, until no move helps;
/// communities then become nodes and the process repeats while modularity grows by more than the
/// threshold (the partition of the last level that moved a node is kept, as networkx keeps it).
/// Modularity Q = sum over communities of L_c/m - γ (k_c / 2m)². The same seed gives the same
/// blocs; blocs are numbered by size, largest first, ties by their first actor's id.
///
/// One difference from networkx, on purpose: the gain of a move is computed as the difference
/// between the two communities (links to the new one minus links to the old, less γ k_u/2m times
/// the difference of their total degrees), so that two equal choices give a gain of exactly 0, and
/// a move must gain more than 1e-10 k_u/m. networkx adds and subtracts the two halves separately,
/// and the rounding left over counts as a gain: nodes between two equal communities then move back
/// and forth, pass after pass (2,000 passes and 64 s for a 10,000-node ring in networkx 3.6.1; over
/// a minute for 50,000 nodes here before). A modularity gain below that bound is within the
/// rounding noise of the sums, and too small to change a bloc worth reporting.
///
/// Work: each pass over a level is linear in its links (flat arrays, neighbour communities gathered
/// in a scratch array reset through the list of those touched); building the next level is linear
/// too.
public enum Louvain {
    /// What bloc detection did on one level: the nodes it started with, the passes over them, the
    /// moves made, and the modularity reached.
    public struct Level: Sendable, Equatable {
        /// Nodes (communities of the level before) at this level.
        public var nodes: Int
        /// Passes over the nodes until no move helped.
        public var passes: Int
        /// Moves made in all passes.
        public var moves: Int
        /// Modularity of the partition this level ended with.
        public var modularity: Double
    }

    /// The blocs and how they were found.
    public struct Detection: Sendable {
        /// The bloc of every node, numbered from 1 (see ``Louvain/blocs(_:resolution:seed:threshold:)``).
        public var blocs: [Int]
        /// The levels, in order; the partition of the last level with a move is the one kept.
        public var levels: [Level]
        /// Modularity of ``blocs``.
        public var modularity: Double
    }

    /// Where a detection is, after each pass.
    public struct Progress: Sendable {
        /// The level, from 1.
        public var level: Int
        /// The pass within the level, from 1.
        public var pass: Int
        /// Nodes at this level.
        public var nodes: Int
        /// Moves made in this pass.
        public var moves: Int
    }

    /// The bloc of every node of `graph`, numbered from 1.
    public static func blocs(_ graph: RelationGraph, resolution: Double = 1, seed: UInt64 = 42, threshold: Double = 1e-7) -> [Int] {
        detect(graph, resolution: resolution, seed: seed, threshold: threshold).blocs
    }

    /// The blocs of `graph` with the work done for them; `progress` is called after every pass.
    /// `view` is the graph's undirected view when the caller has it already.
    public static func detect(
        _ graph: RelationGraph, view: GraphView? = nil, resolution: Double = 1, seed: UInt64 = 42,
        threshold: Double = 1e-7, progress: ((Progress) -> Void)? = nil
    ) -> Detection {
        let view = view.flatMap { $0.directed || $0.count != graph.nodes.count ? nil : $0 } ?? GraphView.undirected(graph)
        let n = view.count
        guard n > 0 else { return Detection(blocs: [], levels: [], modularity: 0) }
        // The current level: adjacency in flat arrays (each undirected link in both directions,
        // neighbours in ascending order), self-loop weights kept apart.
        var level = Adjacency(
            offsets: view.outOffsets, targets: view.outTargets, weights: view.outWeights,
            loops: [Double](repeating: 0, count: n))
        var membership = Array(0..<n)  // original node -> community at the current level
        let m = view.outWeights.reduce(0, +) / 2
        guard m > 0 else { return Detection(blocs: numbered(Array(0..<n), graph), levels: [], modularity: 0) }
        var rng = SplitMix64(seed: seed)
        var best = level.modularity(of: Array(0..<n), communities: n, m: m, resolution: resolution)
        var levels: [Level] = []
        while true {
            let size = level.count
            let (community, passes, moves) = level.moveNodes(m: m, resolution: resolution, rng: &rng) { pass, moves in
                progress?(Progress(level: levels.count + 1, pass: pass, nodes: size, moves: moves))
            }
            // Renumber the communities 0..<k in order of first appearance.
            var index = [Int](repeating: -1, count: size)
            var k = 0
            for c in community where index[c] < 0 { index[c] = k; k += 1 }
            let next = community.map { index[$0] }
            let q = level.modularity(of: next, communities: k, m: m, resolution: resolution)
            levels.append(Level(nodes: size, passes: passes, moves: moves, modularity: q))
            if moves == 0 { break }
            // As networkx: the level's partition is kept; a gain within the threshold only ends
            // the climb.
            for i in membership.indices { membership[i] = next[membership[i]] }
            let gain = q - best
            best = q
            if gain <= threshold { break }
            level = level.aggregated(by: next, communities: k)
        }
        return Detection(blocs: numbered(membership, graph), levels: levels, modularity: best)
    }

    /// Modularity of a partition of `graph` (networkx `community.modularity`).
    public static func modularity(_ graph: RelationGraph, blocs: [Int], resolution: Double = 1) -> Double {
        let view = GraphView.undirected(graph)
        let m = view.outWeights.reduce(0, +) / 2
        guard m > 0 else { return 0 }
        // Bloc numbers of any range: renumbered 0..<k first.
        var index: [Int: Int] = [:]
        let community = blocs.map { b in
            index[b]
                ?? {
                    index[b] = index.count; return index.count - 1
                }()
        }
        let level = Adjacency(
            offsets: view.outOffsets, targets: view.outTargets, weights: view.outWeights,
            loops: [Double](repeating: 0, count: view.count))
        return level.modularity(of: community, communities: index.count, m: m, resolution: resolution)
    }

    /// One level's weighted adjacency in compressed rows.
    struct Adjacency {
        var offsets: [Int]
        var targets: [Int]
        var weights: [Double]
        /// Weight of each node's self-loop (the links inside a community of the level before).
        var loops: [Double]

        var count: Int { loops.count }

        /// Local moving: every node, in an order shuffled by `rng`, joins the neighbouring
        /// community with the best gain, pass after pass until a pass moves nothing. Returns each
        /// node's community (a node id of this level), the passes and the moves.
        func moveNodes(
            m: Double, resolution: Double, rng: inout SplitMix64,
            afterPass: (_ pass: Int, _ moves: Int) -> Void
        ) -> (community: [Int], passes: Int, moves: Int) {
            let size = count
            var degree = [Double](repeating: 0, count: size)
            for v in 0..<size {
                var k = 0.0
                for i in offsets[v]..<offsets[v + 1] { k += weights[i] }
                degree[v] = k + 2 * loops[v]
            }
            var community = Array(0..<size)
            var total = degree
            var order = Array(0..<size)
            for i in stride(from: size - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            var weightTo = [Double](repeating: 0, count: size)
            var seen = [Bool](repeating: false, count: size)
            var touched: [Int] = []
            var passes = 0, allMoves = 0
            var moves = 1
            while moves > 0 {
                moves = 0
                passes += 1
                for u in order {
                    let cu = community[u]
                    let ku = degree[u]
                    for i in offsets[u]..<offsets[u + 1] {
                        let v = targets[i]
                        if v == u { continue }
                        let c = community[v]
                        if !seen[c] { seen[c] = true; touched.append(c) }
                        weightTo[c] += weights[i]
                    }
                    total[cu] -= ku
                    // Gain × m of moving u from cu (without u) to c, as a difference, so that equal
                    // choices tie at exactly 0; below the bound is rounding noise.
                    let perDegree = resolution * ku / (2 * m)
                    let own = weightTo[cu], ownTotal = total[cu]
                    var bestGain = 1e-10 * ku
                    var bestCommunity = cu
                    touched.sort()
                    for c in touched where c != cu {
                        let gain = (weightTo[c] - own) - perDegree * (total[c] - ownTotal)
                        if gain > bestGain { bestGain = gain; bestCommunity = c }
                    }
                    total[bestCommunity] += ku
                    if bestCommunity != cu {
                        community[u] = bestCommunity
                        moves += 1
                    }
                    for c in touched { weightTo[c] = 0; seen[c] = false }
                    touched.removeAll(keepingCapacity: true)
                }
                allMoves += moves
                afterPass(passes, moves)
            }
            return (community, passes, allMoves)
        }

        /// Modularity of `community` (values 0..<communities) at this level.
        func modularity(of community: [Int], communities: Int, m: Double, resolution: Double) -> Double {
            var inside = [Double](repeating: 0, count: communities)
            var degree = [Double](repeating: 0, count: communities)
            for u in 0..<count {
                let c = community[u]
                inside[c] += loops[u]
                degree[c] += 2 * loops[u]
                for i in offsets[u]..<offsets[u + 1] {
                    degree[c] += weights[i]
                    if community[targets[i]] == c { inside[c] += weights[i] / 2 }
                }
            }
            var q = 0.0
            for c in 0..<communities { q += inside[c] / m - resolution * (degree[c] / (2 * m)) * (degree[c] / (2 * m)) }
            return q
        }

        /// The next level: one node per community, links between communities summed (in order of
        /// the nodes, so the sums are the same every run), links inside one a self-loop.
        func aggregated(by community: [Int], communities k: Int) -> Adjacency {
            // Members of each community, in ascending order (counting sort).
            var start = [Int](repeating: 0, count: k + 1)
            for c in community { start[c + 1] += 1 }
            for c in 0..<k { start[c + 1] += start[c] }
            var fill = start
            var members = [Int](repeating: 0, count: count)
            for u in 0..<count { members[fill[community[u]]] = u; fill[community[u]] += 1 }

            var next = Adjacency(offsets: [0], targets: [], weights: [], loops: [Double](repeating: 0, count: k))
            next.offsets.reserveCapacity(k + 1)
            var weightTo = [Double](repeating: 0, count: k)
            var seen = [Bool](repeating: false, count: k)
            var touched: [Int] = []
            for c in 0..<k {
                var loop = 0.0
                for u in members[start[c]..<start[c + 1]] {
                    loop += loops[u]
                    for i in offsets[u]..<offsets[u + 1] {
                        let d = community[targets[i]]
                        if d == c { loop += weights[i] / 2; continue }
                        if !seen[d] { seen[d] = true; touched.append(d) }
                        weightTo[d] += weights[i]
                    }
                }
                next.loops[c] = loop
                touched.sort()
                for d in touched {
                    next.targets.append(d)
                    next.weights.append(weightTo[d])
                    weightTo[d] = 0
                    seen[d] = false
                }
                touched.removeAll(keepingCapacity: true)
                next.offsets.append(next.targets.count)
            }
            return next
        }
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
