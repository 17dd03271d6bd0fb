/// A min-heap of (distance, node, predecessor) entries for Dijkstra's algorithm, in one flat
/// array. Ties on distance pop in insertion order, as networkx's heap does with its counter.
struct DistanceHeap {
    private struct Entry {
        var key: Double
        var order: Int
        var node: Int32
        var pred: Int32
    }

    private var entries: [Entry] = []
    private var counter = 0

    var isEmpty: Bool { entries.isEmpty }

    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
        counter = 0
    }

    @inline(__always)
    private static func less(_ a: Entry, _ b: Entry) -> Bool {
        a.key < b.key || (a.key == b.key && a.order < b.order)
    }

    mutating func push(_ key: Double, node: Int, pred: Int) {
        let e = Entry(key: key, order: counter, node: Int32(node), pred: Int32(pred))
        counter += 1
        entries.append(e)
        entries.withUnsafeMutableBufferPointer { h in
            var i = h.count - 1
            while i > 0 {
                let p = (i - 1) >> 1
                guard Self.less(e, h[p]) else { break }
                h[i] = h[p]
                i = p
            }
            h[i] = e
        }
    }

    mutating func pop() -> (key: Double, node: Int, pred: Int) {
        let top = entries[0]
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries.withUnsafeMutableBufferPointer { h in
                let n = h.count
                var i = 0
                while true {
                    let l = 2 * i + 1
                    if l >= n { break }
                    var m = l
                    if l + 1 < n, Self.less(h[l + 1], h[l]) { m = l + 1 }
                    guard Self.less(h[m], last) else { break }
                    h[i] = h[m]
                    i = m
                }
                h[i] = last
            }
        }
        return (top.key, Int(top.node), Int(top.pred))
    }
}
