/// The per-source work of Brandes' algorithm, with its buffers reused across sources.
struct BrandesState {
    var sigma: [Double]
    var delta: [Double]
    var dist: [Double]
    var seen: [Double]
    var done: [Bool]
    var stack: [Int32] = []
    var predStart: [Int]
    var predCount: [Int32]
    var preds: [Int32]
    var heap = DistanceHeap()

    init(n: Int) {
        sigma = [Double](repeating: 0, count: n)
        delta = [Double](repeating: 0, count: n)
        dist = [Double](repeating: .infinity, count: n)
        seen = [Double](repeating: .infinity, count: n)
        done = [Bool](repeating: false, count: n)
        predStart = []
        predCount = [Int32](repeating: 0, count: n)
        preds = []
        stack.reserveCapacity(n)
    }

    mutating func accumulate(from s: Int, view: GraphView, distances: [Double], into total: inout [Double]) {
        if predStart.isEmpty {
            predStart = view.inOffsets
            preds = [Int32](repeating: 0, count: view.inSources.count + 1)
        }
        stack.removeAll(keepingCapacity: true)
        heap.removeAll()
        sigma[s] = 1
        seen[s] = 0
        heap.push(0, node: s, pred: s)
        while !heap.isEmpty {
            let (d, v, pred) = heap.pop()
            if done[v] { continue }
            if v != s { sigma[v] += sigma[pred] }
            stack.append(Int32(v))
            dist[v] = d
            done[v] = true
            for k in view.outOffsets[v]..<view.outOffsets[v + 1] {
                let w = view.outTargets[k]
                let vw = d + distances[k]
                if !done[w] && vw < seen[w] {
                    seen[w] = vw
                    heap.push(vw, node: w, pred: v)
                    sigma[w] = 0
                    preds[predStart[w]] = Int32(v)
                    predCount[w] = 1
                } else if vw == seen[w] && !done[w] {
                    sigma[w] += sigma[v]
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
            dist[w] = .infinity
            seen[w] = .infinity
            done[w] = false
            predCount[w] = 0
        }
    }
}
