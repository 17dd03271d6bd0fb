/// A min-heap of (distance, node) pairs for Dijkstra's algorithm, on flat arrays.
/// Ties on distance pop in insertion order, as networkx's heap does with its counter.
struct DistanceHeap {
    private var keys: [Double] = []
    private var order: [Int] = []
    private var nodes: [Int32] = []
    private var preds: [Int32] = []
    private var counter = 0

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
        preds.removeAll(keepingCapacity: true)
        counter = 0
    }

    @inline(__always)
    private func less(_ i: Int, _ j: Int) -> Bool {
        keys[i] < keys[j] || (keys[i] == keys[j] && order[i] < order[j])
    }

    private mutating func swapAt(_ i: Int, _ j: Int) {
        keys.swapAt(i, j)
        order.swapAt(i, j)
        nodes.swapAt(i, j)
        preds.swapAt(i, j)
    }

    mutating func push(_ key: Double, node: Int, pred: Int) {
        keys.append(key)
        order.append(counter)
        nodes.append(Int32(node))
        preds.append(Int32(pred))
        counter += 1
        var i = keys.count - 1
        while i > 0 {
            let p = (i - 1) >> 1
            guard less(i, p) else { break }
            swapAt(i, p)
            i = p
        }
    }

    mutating func pop() -> (key: Double, node: Int, pred: Int) {
        let top = (keys[0], Int(nodes[0]), Int(preds[0]))
        let last = keys.count - 1
        swapAt(0, last)
        keys.removeLast()
        order.removeLast()
        nodes.removeLast()
        preds.removeLast()
        var i = 0
        let n = keys.count
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < n, less(l, m) { m = l }
            if r < n, less(r, m) { m = r }
            if m == i { break }
            swapAt(i, m)
            i = m
        }
        return top
    }
}
