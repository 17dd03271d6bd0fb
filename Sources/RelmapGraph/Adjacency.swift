/// Arcs in compressed sparse rows, built in time linear in the arcs (plus sorting each node's
/// few neighbours): the arcs are bucketed by source in the order they are added, each node's
/// arcs are sorted by target, and the weights of repeated arcs are added in the order they came,
/// so that the sums, and every measure, are the same bits every run.
struct Adjacency {
    /// Arcs of node `i` are at `offsets[i]..<offsets[i+1]`.
    var offsets: [Int]
    /// Their targets, ascending within a node.
    var targets: [Int]
    /// Their weights.
    var weights: [Double]

    /// The arcs `fill` adds (source, target, weight) among `count` nodes; `fill` is called twice
    /// (once to count the arcs of each node, once to place them) and must add the same arcs.
    init(count: Int, _ fill: ((Int, Int, Double) -> Void) -> Void) {
        var start = [Int](repeating: 0, count: count + 1)
        fill { s, _, _ in start[s + 1] += 1 }
        for i in 0..<count { start[i + 1] += start[i] }
        let total = start[count]
        var next = start
        var to = [Int](repeating: 0, count: total)
        var w = [Double](repeating: 0, count: total)
        fill { s, t, x in
            to[next[s]] = t
            w[next[s]] = x
            next[s] += 1
        }
        // Each node's arcs sorted by target (ties in the order added), repeats summed.
        var offsets = [Int](repeating: 0, count: count + 1)
        var targets: [Int] = [], weights: [Double] = []
        targets.reserveCapacity(total)
        weights.reserveCapacity(total)
        var keys: [UInt64] = []
        for v in 0..<count {
            let lo = start[v], hi = start[v + 1]
            offsets[v] = targets.count
            guard hi > lo else { continue }
            keys.removeAll(keepingCapacity: true)
            for j in lo..<hi { keys.append(UInt64(to[j]) << 32 | UInt64(j - lo)) }
            keys.sort()
            let first = targets.count
            for key in keys {
                let t = Int(key >> 32), x = w[lo + Int(key & 0xFFFF_FFFF)]
                if targets.count > first, targets[targets.count - 1] == t {
                    weights[weights.count - 1] += x
                } else {
                    targets.append(t)
                    weights.append(x)
                }
            }
        }
        offsets[count] = targets.count
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }

    private init(offsets: [Int], targets: [Int], weights: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }

    /// The reversed arcs: node `i`'s row lists the sources of the arcs into `i`, ascending.
    func transposed() -> Adjacency {
        let count = offsets.count - 1
        var start = [Int](repeating: 0, count: count + 1)
        for t in targets { start[t + 1] += 1 }
        for i in 0..<count { start[i + 1] += start[i] }
        var next = start
        var from = [Int](repeating: 0, count: targets.count)
        var w = [Double](repeating: 0, count: targets.count)
        for v in 0..<count {
            for j in offsets[v]..<offsets[v + 1] {
                let t = targets[j]
                from[next[t]] = v
                w[next[t]] = weights[j]
                next[t] += 1
            }
        }
        return Adjacency(offsets: start, targets: from, weights: w)
    }
}
