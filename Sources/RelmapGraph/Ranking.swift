/// Actors ranked by centrality: one row an actor with the chosen measures, sorted by the first
/// measure, highest first, ties broken by id so that the output is stable.
public struct Ranking: Sendable {
    /// One actor's row.
    public struct Row: Sendable, Equatable {
        /// 1-based rank.
        public var rank: Int
        /// The actor's id.
        public var id: String
        /// Its label.
        public var label: String
        /// Its values, in the order of ``Ranking/measures``.
        public var values: [Double]
    }

    /// The measures, in column order.
    public let measures: [Measure]
    /// The rows, best first.
    public let rows: [Row]
    /// Each actor's bloc, when blocs were detected.
    public let blocs: [String: Int]?

    /// Ranks the nodes of `graph` by `measures` (the first one orders the rows).
    public init(_ graph: RelationGraph, measures: [Measure], directed: Bool = false, top: Int? = nil) {
        self.init(graph, measures: measures, options: MeasureOptions(directed: directed), top: top)
    }

    /// Ranks the nodes of `graph` by `measures` computed with `options`, optionally with blocs.
    public init(_ graph: RelationGraph, measures: [Measure], options: MeasureOptions, top: Int? = nil, blocs: [Int]? = nil) {
        self.init(graph, measures: measures, columns: measures.map { $0.compute(graph, options: options) }, top: top, blocs: blocs)
    }

    /// Ranks the nodes of `graph` by measure values already computed (`columns[k]` for `measures[k]`).
    public init(_ graph: RelationGraph, measures: [Measure], columns: [[Double]], top: Int? = nil, blocs: [Int]? = nil) {
        self.measures = measures
        self.blocs = blocs.map { b in Dictionary(uniqueKeysWithValues: graph.nodes.indices.map { (graph.nodes[$0].id, b[$0]) }) }
        var rows = graph.nodes.indices.map { i in
            Row(rank: 0, id: graph.nodes[i].id, label: graph.nodes[i].label, values: columns.map { $0[i] })
        }
        rows.sort { a, b in
            for k in 0..<measures.count where a.values[k] != b.values[k] { return a.values[k] > b.values[k] }
            return a.id < b.id
        }
        for i in rows.indices { rows[i].rank = i + 1 }
        if let top { rows = Array(rows.prefix(max(0, top))) }
        self.rows = rows
    }

    /// The value of `measure` for every node id.
    public func values(of measure: Measure) -> [String: Double] {
        guard let k = measures.firstIndex(of: measure) else { return [:] }
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.values[k]) })
    }
}
