extension RelationGraph {
    /// This graph as read from `path`, with its parallel edges merged: relmap's graph holds one
    /// edge per source, target and type (for a symmetric type, per pair of actors either way
    /// round), so several edges of one pair and type in a file (a multigraph, or rows of an edge
    /// list) add up into the first of them, whatever the file's format.
    ///
    /// Weights, mentions and articles add up (a weight past ``NumberField/maxWeight`` is a
    /// ``GraphError``; counts stop at ``NumberField/maxCount``); the dates span all of them; the
    /// confidence is the mean weighted by mentions; evidence is kept in order; a polarity missing
    /// from the first is taken from the others.
    public func mergingParallelEdges(path: String) throws(GraphError) -> RelationGraph {
        var first: [ParallelKey: Int] = [:]
        var merged: [Edge] = []
        merged.reserveCapacity(edges.count)
        for e in edges {
            let key = ParallelKey(e)
            guard let i = first[key] else {
                first[key] = merged.count
                merged.append(e)
                continue
            }
            guard merged[i].weight + e.weight <= NumberField.maxWeight else {
                throw GraphError(path: path, reason: "the weights of the edges \(nodes[e.source].id) -> \(nodes[e.target].id) (\(e.type)) add up past 10^15")
            }
            Self.add(e, into: &merged[i])
        }
        guard merged.count < edges.count else { return self }
        var g = self
        g.edges = merged
        return g
    }

    /// Adds parallel edge `e` into `m` as ``mergingParallelEdges(path:)`` does (the caller
    /// checks that the weights stay within ``NumberField/maxWeight``).
    static func add(_ e: Edge, into m: inout Edge) {
        let mentions = m.mentions + e.mentions
        if mentions > 0 {
            m.confidence = (m.confidence * Double(m.mentions) + e.confidence * Double(e.mentions)) / Double(mentions)
        }
        m.weight += e.weight
        m.mentions = min(mentions, NumberField.maxCount)
        m.articles = min(m.articles + e.articles, NumberField.maxCount)
        if let f = e.first, m.first.map({ f < $0 }) ?? true { m.first = f }
        if let l = e.last, m.last.map({ l > $0 }) ?? true { m.last = l }
        m.polarity = m.polarity ?? e.polarity
        m.evidence += e.evidence
    }
}

/// What makes two edges parallel: their type, direction and ends (in either order when symmetric).
private struct ParallelKey: Hashable {
    let a: Int, b: Int
    let type: String
    let directed: Bool

    init(_ e: RelationGraph.Edge) {
        (a, b) = e.directed || e.source <= e.target ? (e.source, e.target) : (e.target, e.source)
        type = e.type
        directed = e.directed
    }
}
