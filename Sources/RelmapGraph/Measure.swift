/// The centrality measures relmap ranks actors by.
///
/// Measures that ignore direction (degree, strength, and by default pagerank) use the undirected
/// view, in which the weights of all relations between two actors add up; the in- and out-
/// measures use the directed view. `directed: true` moves PageRank to the directed view.
public enum Measure: String, Sendable, CaseIterable, Codable {
    /// Share of other actors tied to (networkx `degree_centrality`).
    case degree
    /// Share of other actors with a relation towards this one.
    case inDegree = "in-degree"
    /// Share of other actors this one has a relation towards.
    case outDegree = "out-degree"
    /// Sum of tie weights.
    case strength
    /// Sum of incoming weights.
    case inStrength = "in-strength"
    /// Sum of outgoing weights.
    case outStrength = "out-strength"
    /// PageRank, alpha 0.85.
    case pagerank

    /// Which view the measure reads, given `--directed`.
    public func usesDirectedView(directed: Bool) -> Bool {
        switch self {
        case .inDegree, .outDegree, .inStrength, .outStrength: return true
        case .degree, .strength: return false
        case .pagerank: return directed
        }
    }

    /// The measure's value for every node of `graph`.
    public func compute(_ graph: RelationGraph, directed: Bool = false) -> [Double] {
        let view = usesDirectedView(directed: directed) ? GraphView.directedView(graph) : GraphView.undirected(graph)
        return compute(view)
    }

    /// The measure's value for every node of a prepared view.
    public func compute(_ view: GraphView) -> [Double] {
        switch self {
        case .degree: return DegreeCentrality.compute(view, mode: .all)
        case .inDegree: return DegreeCentrality.compute(view, mode: .incoming)
        case .outDegree: return DegreeCentrality.compute(view, mode: .outgoing)
        case .strength: return Strength.compute(view, mode: .all)
        case .inStrength: return Strength.compute(view, mode: .incoming)
        case .outStrength: return Strength.compute(view, mode: .outgoing)
        case .pagerank: return PageRank.compute(view)
        }
    }
}
