/// A relation graph seen as a simple weighted graph in compressed adjacency form, the shape every
/// measure works on.
///
/// - The undirected view joins all relations between two actors, whatever their type and direction,
///   into one edge whose weight is the sum of theirs (networkx: the `Graph` of a multigraph with
///   weights added).
/// - The directed view has an arc for each directed relation and two for each symmetric one,
///   weights summed per ordered pair.
/// Self-loops are left out.
public struct GraphView: Sendable {
    /// Number of nodes; node `i` is the graph's node `i`.
    public let count: Int
    /// Whether arcs have a direction.
    public let directed: Bool
    /// Out-neighbours of node `i` are `outTargets[outOffsets[i]..<outOffsets[i+1]]`.
    public let outOffsets: [Int]
    /// Out-neighbours, grouped by node.
    public let outTargets: [Int]
    /// Weights of the out-arcs.
    public let outWeights: [Double]
    /// In-neighbours of node `i` are `inSources[inOffsets[i]..<inOffsets[i+1]]` (equal to out for undirected views).
    public let inOffsets: [Int]
    /// In-neighbours, grouped by node.
    public let inSources: [Int]
    /// Weights of the in-arcs.
    public let inWeights: [Double]

    /// The undirected view of `graph`.
    public static func undirected(_ graph: RelationGraph) -> GraphView {
        let out = Adjacency(count: graph.nodes.count) { add in
            for e in graph.edges where e.source != e.target {
                add(e.source, e.target, e.weight)
                add(e.target, e.source, e.weight)
            }
        }
        return GraphView(count: graph.nodes.count, directed: false, out: out, in: out)
    }

    /// The directed view of `graph`.
    public static func directedView(_ graph: RelationGraph) -> GraphView {
        let out = Adjacency(count: graph.nodes.count) { add in
            for e in graph.edges where e.source != e.target {
                add(e.source, e.target, e.weight)
                if !e.directed { add(e.target, e.source, e.weight) }
            }
        }
        return GraphView(count: graph.nodes.count, directed: true, out: out, in: out.transposed())
    }

    private init(count: Int, directed: Bool, out: Adjacency, in inward: Adjacency) {
        self.count = count
        self.directed = directed
        (outOffsets, outTargets, outWeights) = (out.offsets, out.targets, out.weights)
        (inOffsets, inSources, inWeights) = (inward.offsets, inward.targets, inward.weights)
    }

    /// A view of `count` nodes with the given arcs (each arc once; an undirected view lists both directions).
    public init(count: Int, directed: Bool, arcs: [(Int, Int, Double)]) {
        self.count = count
        self.directed = directed
        // Sorted so that neighbour order, and so floating-point sums, are the same every run.
        let sorted = arcs.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        var offsets = [Int](repeating: 0, count: count + 1)
        for a in sorted { offsets[a.0 + 1] += 1 }
        for i in 0..<count { offsets[i + 1] += offsets[i] }
        outOffsets = offsets
        outTargets = sorted.map(\.1)
        outWeights = sorted.map(\.2)
        let bySource = sorted.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        var inOff = [Int](repeating: 0, count: count + 1)
        for a in bySource { inOff[a.1 + 1] += 1 }
        for i in 0..<count { inOff[i + 1] += inOff[i] }
        inOffsets = inOff
        inSources = bySource.map(\.0)
        inWeights = bySource.map(\.2)
    }

    /// Number of out-neighbours of `i`.
    public func outDegree(_ i: Int) -> Int { outOffsets[i + 1] - outOffsets[i] }
    /// Number of in-neighbours of `i`.
    public func inDegree(_ i: Int) -> Int { inOffsets[i + 1] - inOffsets[i] }
}
