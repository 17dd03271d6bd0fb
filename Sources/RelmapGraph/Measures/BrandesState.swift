/// The per-source work of Brandes' algorithm, with its buffers reused across sources.
struct BrandesState {
    var sigma: [Double]
    var delta: [Double]
    var seen: [Double]
    var done: [Bool]
    var stack: [Int32] = []
    var predStart: [Int]
    var predCount: [Int32]
    var preds: [Int32]
    var heap: IndexedHeap

    init(n: Int) {
        heap = IndexedHeap(count: n)
        sigma = [Double](repeating: 0, count: n)
        delta = [Double](repeating: 0, count: n)
        seen = [Double](repeating: .infinity, count: n)
        done = [Bool](repeating: false, count: n)
        predStart = []
        predCount = [Int32](repeating: 0, count: n)
        preds = []
        stack.reserveCapacity(n)
    }

    /// Adds the dependencies of source `s` into `total`; `targets` are the view's out-targets as
    /// 32-bit ids, `distances` the arcs' lengths.
    mutating func accumulate(from s: Int, view: GraphView, targets: [Int32], distances: [Double], into total: inout [Double]) {
        if predStart.isEmpty {
            predStart = view.inOffsets
            preds = [Int32](repeating: 0, count: view.inSources.count + 1)
        }
        stack.removeAll(keepingCapacity: true)
        sigma[s] = 1
        seen[s] = 0
        heap.set(s, 0)
        while !heap.isEmpty {
            let (v, d) = heap.pop()
            stack.append(Int32(v))
            done[v] = true
            // sigma[v] is final: every shortest path to v comes from a node popped before it.
            let sv = sigma[v]
            for k in view.outOffsets[v]..<view.outOffsets[v + 1] {
                let w = Int(targets[k])
                if done[w] { continue }
                let vw = d + distances[k]
                if vw < seen[w] {
                    seen[w] = vw
                    heap.set(w, vw)
                    sigma[w] = sv
                    preds[predStart[w]] = Int32(v)
                    predCount[w] = 1
                } else if vw == seen[w] {
                    sigma[w] += sv
                    preds[predStart[w] + Int(predCount[w])] = Int32(v)
                    predCount[w] += 1
                }
            }
        }
        while let last = stack.popLast() {
            let w = Int(last)
            let coeff = (1 + delta[w]) / sigma[w]
            let start = predStart[w]
            for j in 0..<Int(predCount[w]) {
                let v = Int(preds[start + j])
                delta[v] += sigma[v] * coeff
            }
            if w != s { total[w] += delta[w] }
            // Reset for the next source.
            delta[w] = 0
            sigma[w] = 0
            seen[w] = .infinity
            done[w] = false
            predCount[w] = 0
        }
    }
}
