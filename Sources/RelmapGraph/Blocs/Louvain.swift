/// Blocs: communities of actors more tied to each other than to the rest, by Louvain modularity
/// optimisation on signed ties: cooperative ties attract, hostile ties repel, so that two rivals
/// who share many partners (China and the Philippines, both meeting ASEAN) are not put in one bloc
/// by the hostile ties between them.
///
/// Definition (networkx `louvain_communities(G, weight="weight", resolution=γ, threshold=1e-7,
/// seed=S)`; Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of communities in
/// large networks", J. Stat. Mech. P10008): on the undirected view, nodes move to the neighbouring
/// community with the best modularity gain, in an order shuffled by the seed, until no move helps;
/// communities then become nodes and the process repeats while modularity grows by more than the
/// threshold (the partition of the last level that moved a node is kept, as networkx keeps it).
/// The same seed gives the same blocs; blocs are numbered by size, largest first, ties by their
/// first actor's id.
///
/// The modularity is signed (Gómez, Jensen & Arenas 2009, "Analysis of community structure in
/// networks of correlated data", Phys. Rev. E 80:016114; Traag & Bruggeman 2009, "Community
/// detection in networks with positive and negative links", Phys. Rev. E 80:036115): relations
/// whose polarity is hostile weigh negative (w⁻), all others (cooperative, and relations without a
/// polarity, as in an edge list that names none) positive (w⁺); a pair's weight w is the sum, and
///
///     Q = 1/(2m⁺ + 2m⁻) Σ_ij [w_ij - γ (k⁺_i k⁺_j / 2m⁺ - k⁻_i k⁻_j / 2m⁻)] δ(c_i, c_j)
///       = m⁺/(m⁺ + m⁻) Q⁺ - m⁻/(m⁺ + m⁻) Q⁻,
///
/// with k⁺, k⁻ each node's weighted degree in ties of each sign and m⁺, m⁻ their totals. A hostile
/// tie inside a bloc costs what a cooperative one earns, and one between blocs is expected. A graph
/// without hostile ties gets Newman's modularity, Q = Σ_c L_c/m - γ (k_c / 2m)², and the blocs of
/// plain Louvain (networkx), as before.
///
/// One difference from networkx, on purpose: the gain of a move is computed as the difference
/// between the two communities (links to the new one minus links to the old, less γ k_u/2m times
/// the difference of their total degrees), so that two equal choices give a gain of exactly 0, and
/// a move must gain more than 1e-10 (k⁺_u + k⁻_u)/m. networkx adds and subtracts the two halves separately,
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
    /// `view` is the graph's undirected view when the caller has it already (used when the graph
    /// has no hostile tie; signed weights are summed here).
    public static func detect(
        _ graph: RelationGraph, view: GraphView? = nil, resolution: Double = 1, seed: UInt64 = 42,
        threshold: Double = 1e-7, progress: ((Progress) -> Void)? = nil
    ) -> Detection {
        let n = graph.nodes.count
        guard n > 0 else { return Detection(blocs: [], levels: [], modularity: 0) }
        // The current level: adjacency in flat arrays (each undirected link in both directions,
        // neighbours in ascending order), self-loop weights kept apart.
        let (first, m) = Adjacency.start(graph, view: view)
        var level = first
        var membership = Array(0..<n)  // original node -> community at the current level
        guard m.attract + m.repel > 0 else { return Detection(blocs: numbered(Array(0..<n), graph), levels: [], modularity: 0) }
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

    /// Modularity of a partition of `graph`: networkx `community.modularity` in a graph without
    /// hostile ties, the signed modularity of Gómez, Jensen & Arenas otherwise (see ``Louvain``).
    public static func modularity(_ graph: RelationGraph, blocs: [Int], resolution: Double = 1) -> Double {
        let (level, m) = Adjacency.start(graph, view: nil)
        guard m.attract + m.repel > 0 else { return 0 }
        // Bloc numbers of any range: renumbered 0..<k first.
        var index: [Int: Int] = [:]
        let community = blocs.map { b in
            index[b]
                ?? {
                    index[b] = index.count; return index.count - 1
                }()
        }
        return level.modularity(of: community, communities: index.count, m: m, resolution: resolution)
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
