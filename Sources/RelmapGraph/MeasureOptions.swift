/// How measures are computed.
public struct MeasureOptions: Sendable, Equatable {
    /// Compute betweenness, closeness, eigenvector and pagerank on the directed view.
    public var directed: Bool
    /// Sources for sampled betweenness and closeness (all when nil).
    public var samples: Int?
    /// Seed for the sampling.
    public var seed: UInt64
    /// Worker threads (0: all cores).
    public var threads: Int

    /// Creates options.
    public init(directed: Bool = false, samples: Int? = nil, seed: UInt64 = 42, threads: Int = 0) {
        self.directed = directed
        self.samples = samples
        self.seed = seed
        self.threads = threads
    }
}
