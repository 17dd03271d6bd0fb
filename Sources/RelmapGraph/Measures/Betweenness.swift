import Dispatch

/// Betweenness centrality: the share of shortest paths between other actors that pass through
/// a node — who brokers between others.
///
/// Definition (networkx `betweenness_centrality(G, weight="distance", normalized=True)`; Brandes
/// 2001, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25:163, and Brandes 2008
/// for the weighted variant): c(v) = sum over s != v != t of sigma(s,t|v) / sigma(s,t), with path
/// length the sum of distances 1/weight, divided by (n-1)(n-2) for directed and undirected graphs
/// alike (an undirected graph counts each pair in both directions). Path lengths are compared
/// exactly, as networkx does. Sources run in parallel on all cores; `samples` uses that many
/// sources, chosen by `seed`, and scales by n/k (networkx `k=`).
public enum Betweenness {
    /// The betweenness of every node of `view`.
    public static func compute(_ view: GraphView, samples: Int? = nil, seed: UInt64 = 42, threads: Int = 0) -> [Double] {
        let n = view.count
        guard n > 2 else { return [Double](repeating: 0, count: n) }
        var sources = Array(0..<n)
        if let k = samples, k < n {
            var rng = SplitMix64(seed: seed)
            for i in stride(from: n - 1, to: 0, by: -1) { sources.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            sources = Array(sources.prefix(max(1, k)))
        }
        let chosen = sources
        let workers = max(1, min(threads > 0 ? threads : System.cores, chosen.count / 8 + 1))
        let partial = Accumulators(count: workers)
        let distances = view.outWeights.map { $0 > 0 ? 1 / $0 : .infinity }
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var state = BrandesState(n: n)
            var total = [Double](repeating: 0, count: n)
            var i = w
            while i < chosen.count {
                state.accumulate(from: chosen[i], view: view, distances: distances, into: &total)
                i += workers
            }
            partial.set(w, total)
        }
        var result = [Double](repeating: 0, count: n)
        for w in 0..<workers { let t = partial.get(w); for v in 0..<n { result[v] += t[v] } }
        var scale = 1 / (Double(n - 1) * Double(n - 2))
        if sources.count < n { scale *= Double(n) / Double(sources.count) }
        return result.map { $0 * scale }
    }
}

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

/// Per-worker result arrays, each written by one worker.
final class Accumulators: @unchecked Sendable {
    private var slots: [[Double]]
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ i: Int, _ v: [Double]) { lock.lock(); slots[i] = v; lock.unlock() }
    func get(_ i: Int) -> [Double] { slots[i] }
    private let lock = NSLockShim()
}

/// A seeded random number generator (SplitMix64), so sampled measures are reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    /// Creates a generator from a seed.
    public init(seed: UInt64) { state = seed }
    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

import Foundation

typealias NSLockShim = NSLock

enum System {
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
