extension Louvain {
    /// The total weight of a graph's ties of each sign: m⁺ (cooperative, and ties without a
    /// polarity) and m⁻ (hostile), each tie counted once.
    struct Totals {
        /// m⁺: the weight of the ties that attract.
        var attract: Double
        /// m⁻: the weight of the ties that repel (0 in a graph without hostile ties).
        var repel: Double
    }

    /// Each node's weighted degree in ties of each sign, self-loops counted twice (signed graphs).
    struct SignedDegrees {
        /// k⁺: cooperative ties, and ties without a polarity.
        var attract: [Double]
        /// k⁻: hostile ties.
        var repel: [Double]
    }

    /// One level's weighted adjacency in compressed rows. Weights are net: cooperative minus
    /// hostile. In a graph without hostile ties, degrees are the sums of the weights; otherwise
    /// ``signed`` holds each sign's degrees, which the net weights do not tell.
    struct Adjacency {
        var offsets: [Int]
        var targets: [Int]
        var weights: [Double]
        /// Weight of each node's self-loop (the links inside a community of the level before).
        var loops: [Double]
        /// Each sign's degrees, when the graph has hostile ties.
        var signed: SignedDegrees?

        var count: Int { loops.count }

        /// Level 0 of `graph`: its undirected view (`view`, when one is at hand and the graph has
        /// no hostile tie), each pair's weights summed with hostile ones negative.
        static func start(_ graph: RelationGraph, view: GraphView?) -> (Adjacency, Totals) {
            let n = graph.nodes.count
            let hostile = graph.edges.contains { $0.polarity == .hostile && $0.source != $0.target && $0.weight > 0 }
            guard hostile else {
                let view = view.flatMap { $0.directed || $0.count != n ? nil : $0 } ?? GraphView.undirected(graph)
                let level = Adjacency(
                    offsets: view.outOffsets, targets: view.outTargets, weights: view.outWeights,
                    loops: [Double](repeating: 0, count: n))
                return (level, Totals(attract: view.outWeights.reduce(0, +) / 2, repel: 0))
            }
            var pairs: [UInt64: Double] = [:]
            var degrees = SignedDegrees(attract: [Double](repeating: 0, count: n), repel: [Double](repeating: 0, count: n))
            var totals = Totals(attract: 0, repel: 0)
            for e in graph.edges where e.source != e.target {
                let a = min(e.source, e.target), b = max(e.source, e.target)
                if e.polarity == .hostile {
                    pairs[UInt64(a) << 32 | UInt64(b), default: 0] -= e.weight
                    degrees.repel[a] += e.weight
                    degrees.repel[b] += e.weight
                    totals.repel += e.weight
                } else {
                    pairs[UInt64(a) << 32 | UInt64(b), default: 0] += e.weight
                    degrees.attract[a] += e.weight
                    degrees.attract[b] += e.weight
                    totals.attract += e.weight
                }
            }
            // Compressed rows, neighbours in ascending order: pairs (a < b) in ascending order give
            // each node its neighbours below it, then those above it, each in ascending order.
            let keys = pairs.keys.sorted()
            var offsets = [Int](repeating: 0, count: n + 1)
            for k in keys {
                offsets[Int(k >> 32) + 1] += 1
                offsets[Int(k & 0xFFFF_FFFF) + 1] += 1
            }
            for i in 0..<n { offsets[i + 1] += offsets[i] }
            var fill = offsets
            var targets = [Int](repeating: 0, count: keys.count * 2)
            var weights = [Double](repeating: 0, count: keys.count * 2)
            for k in keys {
                let a = Int(k >> 32), b = Int(k & 0xFFFF_FFFF), w = pairs[k] ?? 0
                targets[fill[a]] = b
                weights[fill[a]] = w
                fill[a] += 1
                targets[fill[b]] = a
                weights[fill[b]] = w
                fill[b] += 1
            }
            let level = Adjacency(
                offsets: offsets, targets: targets, weights: weights, loops: [Double](repeating: 0, count: n), signed: degrees)
            return (level, totals)
        }

        /// Each node's degree in ties that attract (all ties, in a graph without hostile ones).
        func attractDegrees() -> [Double] {
            if let signed { return signed.attract }
            var degree = [Double](repeating: 0, count: count)
            for v in 0..<count {
                var k = 0.0
                for i in offsets[v]..<offsets[v + 1] { k += weights[i] }
                degree[v] = k + 2 * loops[v]
            }
            return degree
        }

        /// Local moving: every node, in an order shuffled by `rng`, joins the neighbouring
        /// community with the best gain, pass after pass until a pass moves nothing. Returns each
        /// node's community (a node id of this level), the passes and the moves.
        func moveNodes(
            m: Totals, resolution: Double, rng: inout SplitMix64,
            afterPass: (_ pass: Int, _ moves: Int) -> Void
        ) -> (community: [Int], passes: Int, moves: Int) {
            let size = count
            let degree = attractDegrees()
            let repel = signed?.repel
            var community = Array(0..<size)
            var total = degree
            var repelTotal = repel ?? []
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
                    // choices tie at exactly 0; below the bound is rounding noise. Hostile ties
                    // count against a community in its net weight, and for it in the null model.
                    let perDegree = m.attract > 0 ? resolution * ku / (2 * m.attract) : 0
                    let own = weightTo[cu], ownTotal = total[cu]
                    var bestGain = 1e-10 * ku
                    var bestCommunity = cu
                    touched.sort()
                    if let repel {
                        let ru = repel[u]
                        repelTotal[cu] -= ru
                        let perRepel = resolution * ru / (2 * m.repel)
                        let ownRepel = repelTotal[cu]
                        bestGain = 1e-10 * (ku + ru)
                        for c in touched where c != cu {
                            let gain =
                                (weightTo[c] - own) - perDegree * (total[c] - ownTotal) + perRepel * (repelTotal[c] - ownRepel)
                            if gain > bestGain { bestGain = gain; bestCommunity = c }
                        }
                        repelTotal[bestCommunity] += ru
                    } else {
                        for c in touched where c != cu {
                            let gain = (weightTo[c] - own) - perDegree * (total[c] - ownTotal)
                            if gain > bestGain { bestGain = gain; bestCommunity = c }
                        }
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

        /// Modularity of `community` (values 0..<communities) at this level: Newman's, or in a
        /// graph with hostile ties the signed one of Gómez, Jensen & Arenas.
        func modularity(of community: [Int], communities: Int, m: Totals, resolution: Double) -> Double {
            var inside = [Double](repeating: 0, count: communities)
            var degree = [Double](repeating: 0, count: communities)
            var repel = [Double](repeating: 0, count: signed == nil ? 0 : communities)
            for u in 0..<count {
                let c = community[u]
                inside[c] += loops[u]
                for i in offsets[u]..<offsets[u + 1] where community[targets[i]] == c { inside[c] += weights[i] / 2 }
                if let signed {
                    degree[c] += signed.attract[u]
                    repel[c] += signed.repel[u]
                } else {
                    degree[c] += 2 * loops[u]
                    for i in offsets[u]..<offsets[u + 1] { degree[c] += weights[i] }
                }
            }
            var q = 0.0
            guard signed != nil else {
                let m = m.attract
                for c in 0..<communities { q += inside[c] / m - resolution * (degree[c] / (2 * m)) * (degree[c] / (2 * m)) }
                return q
            }
            // Q = Σ_c [L_c / M - γ ((k⁺_c / 2m⁺)² m⁺ - (k⁻_c / 2m⁻)² m⁻) / M], M = m⁺ + m⁻, L_c net.
            let all = m.attract + m.repel
            for c in 0..<communities {
                let attract = m.attract > 0 ? (degree[c] / (2 * m.attract)) * (degree[c] / (2 * m.attract)) * m.attract : 0
                let repelled = (repel[c] / (2 * m.repel)) * (repel[c] / (2 * m.repel)) * m.repel
                q += inside[c] / all - resolution * (attract - repelled) / all
            }
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
            if let signed {
                var degrees = SignedDegrees(attract: [Double](repeating: 0, count: k), repel: [Double](repeating: 0, count: k))
                for u in members {
                    degrees.attract[community[u]] += signed.attract[u]
                    degrees.repel[community[u]] += signed.repel[u]
                }
                next.signed = degrees
            }
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
}
