/// What identifies an edge of a ``RelationGraph`` by its actors' ids: source, target, relation type
/// and direction. Used wherever edges are matched or added up by key (building a graph, merging
/// the rows of an edge list, comparing two graphs, looking up a diff map's edge looks).
///
/// The ends are kept as given: ``init(_:of:)`` (and callers that swap first) put a symmetric
/// edge's smaller id as source, so either order of its ends makes the same key.
public struct EdgeKey: Hashable, Sendable, CustomStringConvertible {
    /// The source actor's id.
    public var source: String
    /// The target actor's id.
    public var target: String
    /// The relation type (for a map's merged edge, its types joined by `+`).
    public var type: String
    /// Whether the type is directed.
    public var directed: Bool

    /// A key with the ends as given.
    public init(source: String, target: String, type: String, directed: Bool) {
        self.source = source
        self.target = target
        self.type = type
        self.directed = directed
    }

    /// The key of `edge` of `graph`: a symmetric edge's ends in order of their ids.
    public init(_ edge: RelationGraph.Edge, of graph: RelationGraph) {
        let s = graph.nodes[edge.source].id, t = graph.nodes[edge.target].id
        let (a, b) = edge.directed || s < t ? (s, t) : (t, s)
        self.init(source: a, target: b, type: edge.type, directed: edge.directed)
    }

    /// `source -> target (type)`, or `source -- target (type)` when undirected.
    public var description: String { "\(source) \(directed ? "->" : "--") \(target) (\(type))" }
}
