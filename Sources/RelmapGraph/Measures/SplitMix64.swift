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

extension SplitMix64 {
    /// `k` of the nodes `0..<n`, chosen by `seed` (a seeded Fisher-Yates shuffle's first `k`), or
    /// all of them in order when `k` is nil or at least `n`.
    static func sample(_ k: Int?, of n: Int, seed: UInt64) -> [Int] {
        var nodes = Array(0..<n)
        guard let k, k < n else { return nodes }
        var rng = SplitMix64(seed: seed)
        for i in stride(from: n - 1, to: 0, by: -1) { nodes.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
        return Array(nodes.prefix(max(1, k)))
    }
}
