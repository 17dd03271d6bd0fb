import RelmapCorpus

/// Which relations go into a graph.
public struct GraphFilter: Sendable, Equatable {
    /// Keep only these types (all when empty).
    public var types: Set<String> = []
    /// Keep only cooperative or hostile relations.
    public var polarity: Polarity?
    /// Keep relations from articles dated on or after this day.
    public var since: Day?
    /// Keep relations from articles dated on or before this day.
    public var until: Day?
    /// Drop edges lighter than this.
    public var minWeight: Double = 0

    /// No filtering.
    public init(types: Set<String> = [], polarity: Polarity? = nil, since: Day? = nil, until: Day? = nil, minWeight: Double = 0) {
        self.types = types
        self.polarity = polarity
        self.since = since
        self.until = until
        self.minWeight = minWeight
    }

    /// Whether a period is set; undated relations are then left out.
    public var hasPeriod: Bool { since != nil || until != nil }

    /// Whether a relation dated `date` of `type` passes.
    public func accepts(type: String, polarity p: Polarity?, date: Day?) -> Bool {
        if !types.isEmpty && !types.contains(type) { return false }
        if let polarity, let p, p != polarity { return false }
        if hasPeriod {
            guard let date else { return false }
            if let since, date < since { return false }
            if let until, date > until { return false }
        }
        return true
    }

    /// Applies the filter to a graph that is already built (from JSON or CSV). Nodes the graph
    /// holds without any edge are kept (after the others), as networkx keeps them; nodes whose
    /// edges are all filtered out go.
    public func apply(to graph: RelationGraph) -> RelationGraph {
        // Nothing to drop and nothing to renumber (the common case): the graph as it is.
        if graph.edges.allSatisfy(keeps), graph.nodesInEdgeOrder() { return graph }
        var linked = [Bool](repeating: false, count: graph.nodes.count)
        for e in graph.edges { linked[e.source] = true; linked[e.target] = true }
        var g = graph.filtered(keeps)
        for (i, n) in graph.nodes.enumerated() where !linked[i] { g.addNode(n) }
        return g
    }

    /// Whether edge `e` passes.
    func keeps(_ e: RelationGraph.Edge) -> Bool {
        if !types.isEmpty && !types.contains(e.type) { return false }
        if let polarity, let p = e.polarity, p != polarity { return false }
        if let since, let last = e.last, last < since { return false }
        if let until, let first = e.first, first > until { return false }
        return e.weight >= minWeight
    }
}
