/// A binary min-heap of nodes keyed by distance, with each node's place in it kept, so that a
/// shorter distance found for a node already in it moves it up (decrease-key) instead of adding a
/// second entry: the heap never holds more than the frontier of a Dijkstra search, and nothing
/// stale is ever popped. Of equal keys, the one in the heap longer pops first.
struct IndexedHeap {
    private struct Entry {
        var key: Double
        var node: Int32
    }

    private var entries: [Entry] = []
    /// Each node's index in the heap, or -1.
    private var position: [Int32]

    /// An empty heap for nodes `0..<count`.
    init(count: Int) {
        position = [Int32](repeating: -1, count: count)
        entries.reserveCapacity(64)
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Puts `node` in with `key`, or lowers its key to `key` (never raises it).
    mutating func set(_ node: Int, _ key: Double) {
        var i = Int(position[node])
        if i < 0 {
            i = entries.count
            entries.append(Entry(key: key, node: Int32(truncatingIfNeeded: node)))
        } else if key >= entries[i].key {
            return
        }
        entries.withUnsafeMutableBufferPointer { h in
            position.withUnsafeMutableBufferPointer { at in
                while i > 0 {
                    let p = (i - 1) >> 1
                    guard key < h[p].key else { break }
                    h[i] = h[p]
                    at[Int(h[i].node)] = Int32(i)
                    i = p
                }
                h[i] = Entry(key: key, node: Int32(truncatingIfNeeded: node))
                at[node] = Int32(i)
            }
        }
    }

    /// Takes out the node with the least key.
    mutating func pop() -> (node: Int, key: Double) {
        let top = (Int(entries[0].node), entries[0].key)
        position[top.0] = -1
        let last = entries.removeLast()
        guard !entries.isEmpty else { return top }
        entries.withUnsafeMutableBufferPointer { h in
            position.withUnsafeMutableBufferPointer { at in
                let n = h.count
                var i = 0
                while true {
                    let l = 2 * i + 1
                    if l >= n { break }
                    var m = l
                    if l + 1 < n, h[l + 1].key < h[l].key { m = l + 1 }
                    guard h[m].key < last.key else { break }
                    h[i] = h[m]
                    at[Int(h[i].node)] = Int32(i)
                    i = m
                }
                h[i] = last
                at[Int(last.node)] = Int32(i)
            }
        }
        return top
    }
}
