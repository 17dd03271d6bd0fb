/// The per-source work of Brandes' algorithm, with its buffers reused across sources.
///
/// Each node's numbers (distance seen, path count, dependency, predecessor slots, settled) sit
/// together in one record, so that a relaxation touches one cache line, and the loops run over
/// buffer pointers, without bounds or uniqueness checks.
struct BrandesState {
    private struct Node {
        var seen = Double.infinity
        var sigma = 0.0
        var delta = 0.0
        var predStart = 0
        var predCount: Int32 = 0
        var done = false
    }

    private var nodes: [Node]
    private var stack: [Int32] = []
    private var preds: [Int32] = []
    private var heap: IndexedHeap

    init(n: Int) {
        nodes = [Node](repeating: Node(), count: n)
        heap = IndexedHeap(count: n)
        stack.reserveCapacity(n)
    }

    /// Adds the dependencies of source `s` into `total`; `targets` are the view's out-targets as
    /// 32-bit ids, `distances` the arcs' lengths.
    mutating func accumulate(from s: Int, view: GraphView, targets: [Int32], distances: [Double], into total: inout [Double]) {
        if preds.isEmpty {
            // A node's predecessors are among its in-neighbours: room for them all.
            preds = [Int32](repeating: 0, count: view.inSources.count + 1)
            for v in 0..<view.count { nodes[v].predStart = view.inOffsets[v] }
        }
        // Moved out of self for the search (no copy), and back after.
        var nodes: [Node] = [], preds: [Int32] = []
        swap(&nodes, &self.nodes)
        swap(&preds, &self.preds)
        defer {
            swap(&nodes, &self.nodes)
            swap(&preds, &self.preds)
        }
        nodes.withUnsafeMutableBufferPointer { nd in
            preds.withUnsafeMutableBufferPointer { pr in
                view.outOffsets.withUnsafeBufferPointer { off in
                    targets.withUnsafeBufferPointer { to in
                        distances.withUnsafeBufferPointer { len in
                            total.withUnsafeMutableBufferPointer { tot in
                                search(from: s, nd, pr, off, to, len)
                                accumulate(into: tot, from: s, nd, pr)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Dijkstra from `s`: path counts and predecessors, and the nodes in order of distance on the stack.
    private mutating func search(
        from s: Int, _ nd: UnsafeMutableBufferPointer<Node>, _ pr: UnsafeMutableBufferPointer<Int32>,
        _ off: UnsafeBufferPointer<Int>, _ to: UnsafeBufferPointer<Int32>, _ len: UnsafeBufferPointer<Double>
    ) {
        stack.removeAll(keepingCapacity: true)
        nd[s].sigma = 1
        nd[s].seen = 0
        heap.set(s, 0)
        while !heap.isEmpty {
            let (v, d) = heap.pop()
            stack.append(Int32(v))
            nd[v].done = true
            // sigma[v] is final: every shortest path to v comes from a node popped before it.
            let sv = nd[v].sigma
            for k in off[v]..<off[v + 1] {
                let w = Int(to[k])
                if nd[w].done { continue }
                let vw = d + len[k]
                if vw < nd[w].seen {
                    nd[w].seen = vw
                    heap.set(w, vw)
                    nd[w].sigma = sv
                    pr[nd[w].predStart] = Int32(v)
                    nd[w].predCount = 1
                } else if vw == nd[w].seen {
                    nd[w].sigma += sv
                    pr[nd[w].predStart + Int(nd[w].predCount)] = Int32(v)
                    nd[w].predCount += 1
                }
            }
        }
    }

    /// The dependencies, farthest node first, added into `total`; every node touched is reset.
    private mutating func accumulate(into total: UnsafeMutableBufferPointer<Double>, from s: Int, _ nd: UnsafeMutableBufferPointer<Node>, _ pr: UnsafeMutableBufferPointer<Int32>) {
        while let last = stack.popLast() {
            let w = Int(last)
            let coeff = (1 + nd[w].delta) / nd[w].sigma
            let start = nd[w].predStart
            for j in 0..<Int(nd[w].predCount) {
                let v = Int(pr[start + j])
                nd[v].delta += nd[v].sigma * coeff
            }
            if w != s { total[w] += nd[w].delta }
            // Reset for the next source.
            nd[w].delta = 0
            nd[w].sigma = 0
            nd[w].seen = .infinity
            nd[w].done = false
            nd[w].predCount = 0
        }
    }
}
