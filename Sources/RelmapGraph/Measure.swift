/// The centrality measures relmap ranks actors by, each following networkx's definition (see the
/// doc comment of the type that computes it).
///
/// Views: degree, strength, betweenness, closeness, eigenvector and pagerank use the undirected
/// view, in which the weights of all relations between two actors add up. `directed: true` moves
/// betweenness, closeness, eigenvector and pagerank to the directed view, where a symmetric
/// relation counts in both directions. The in-, out-, hub and authority measures always use the
/// directed view.
public enum Measure: String, Sendable, CaseIterable, Codable {
    /// Share of other actors tied to (``DegreeCentrality``).
    case degree
    /// Share of other actors with a relation towards this one.
    case inDegree = "in-degree"
    /// Share of other actors this one has a relation towards.
    case outDegree = "out-degree"
    /// Sum of tie weights (``Strength``).
    case strength
    /// Sum of incoming weights.
    case inStrength = "in-strength"
    /// Sum of outgoing weights.
    case outStrength = "out-strength"
    /// Brokerage on shortest paths (``Betweenness``).
    case betweenness
    /// Nearness to all others (``Closeness``).
    case closeness
    /// Ties to central actors (``EigenvectorCentrality``).
    case eigenvector
    /// PageRank, alpha 0.85 (``PageRank``).
    case pagerank
    /// HITS hub score (``HITS``).
    case hub
    /// HITS authority score (``HITS``).
    case authority

    /// Which view the measure reads, given `--directed`.
    public func usesDirectedView(directed: Bool) -> Bool {
        switch self {
        case .inDegree, .outDegree, .inStrength, .outStrength, .hub, .authority: return true
        case .degree, .strength: return false
        case .betweenness, .closeness, .eigenvector, .pagerank: return directed
        }
    }

    /// The measure's value for every node of `graph`.
    public func compute(_ graph: RelationGraph, options: MeasureOptions = .init()) -> [Double] {
        let view = usesDirectedView(directed: options.directed) ? GraphView.directedView(graph) : GraphView.undirected(graph)
        return compute(view, options: options)
    }

    /// The measure's value for every node of `graph`, on the undirected view unless `directed`.
    public func compute(_ graph: RelationGraph, directed: Bool) -> [Double] {
        compute(graph, options: MeasureOptions(directed: directed))
    }

    /// The measure's value for every node of a prepared view.
    public func compute(_ view: GraphView, options: MeasureOptions = .init()) -> [Double] {
        switch self {
        case .degree: return DegreeCentrality.compute(view, mode: .all)
        case .inDegree: return DegreeCentrality.compute(view, mode: .incoming)
        case .outDegree: return DegreeCentrality.compute(view, mode: .outgoing)
        case .strength: return Strength.compute(view, mode: .all)
        case .inStrength: return Strength.compute(view, mode: .incoming)
        case .outStrength: return Strength.compute(view, mode: .outgoing)
        case .betweenness: return Betweenness.compute(view, samples: options.samples, seed: options.seed, threads: options.threads)
        case .closeness: return Closeness.compute(view, samples: options.samples, seed: options.seed, threads: options.threads)
        case .eigenvector: return EigenvectorCentrality.compute(view)
        case .pagerank: return PageRank.compute(view)
        case .hub: return HITS.compute(view).hubs
        case .authority: return HITS.compute(view).authorities
        }
    }
}
