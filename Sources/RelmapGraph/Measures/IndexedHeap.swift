/// A binary min-heap of nodes keyed by distance, with each node's place in it kept, so that a
/// shorter distance found for a node already in it moves it up (decrease-key) instead of adding a
/// second entry: the heap never holds more than the frontier of a Dijkstra search, and nothing
/// stale is ever popped. Of equal keys, the one in the heap longer pops first.
struct IndexedHeap {
    private var keys: [Double] = []
    private var nodes: [Int32] = []
    /// Each node's index in the heap, or -1.
    private var position: [Int32]

    /// An empty heap for nodes `0..<count`.
    init(count: Int) {
        position = [Int32](repeating: -1, count: count)
        keys.reserveCapacity(64)
        nodes.reserveCapacity(64)
    }

    var isEmpty: Bool { keys.isEmpty }

    /// Puts `node` in with `key`, or lowers its key to `key` (never raises it).
    mutating func set(_ node: Int, _ key: Double) {
        var i = Int(position[node])
        if i < 0 {
            i = keys.count
            keys.append(key)
            nodes.append(Int32(truncatingIfNeeded: node))
        } else if key >= keys[i] {
            return
        }
        keys.withUnsafeMutableBufferPointer { k in
            nodes.withUnsafeMutableBufferPointer { v in
                position.withUnsafeMutableBufferPointer { at in
                    while i > 0 {
                        let p = (i - 1) >> 1
                        guard key < k[p] else { break }
                        k[i] = k[p]
                        v[i] = v[p]
                        at[Int(v[i])] = Int32(i)
                        i = p
                    }
                    k[i] = key
                    v[i] = Int32(truncatingIfNeeded: node)
                    at[node] = Int32(i)
                }
            }
        }
    }

    /// Takes out the node with the least key.
    mutating func pop() -> (node: Int, key: Double) {
        let top = (Int(nodes[0]), keys[0])
        position[top.0] = -1
        let lastKey = keys.removeLast(), lastNode = nodes.removeLast()
        guard !keys.isEmpty else { return top }
        keys.withUnsafeMutableBufferPointer { k in
            nodes.withUnsafeMutableBufferPointer { v in
                position.withUnsafeMutableBufferPointer { at in
                    let n = k.count
                    var i = 0
                    while true {
                        let l = 2 * i + 1
                        if l >= n { break }
                        var m = l
                        if l + 1 < n, k[l + 1] < k[l] { m = l + 1 }
                        guard k[m] < lastKey else { break }
                        k[i] = k[m]
                        v[i] = v[m]
                        at[Int(v[i])] = Int32(i)
                        i = m
                    }
                    k[i] = lastKey
                    v[i] = lastNode
                    at[Int(lastNode)] = Int32(i)
                }
            }
        }
        return top
    }
}
