import RelmapGraph

/// What a map draws, decided before Graphviz is touched: a pure value, testable without it.
///
/// A plan for a map (``init(_:options:style:progress:)``) merges parallel edges, drops edges
/// lighter than ``MapOptions/minWeight``, keeps the ``MapOptions/top`` actors as ``Ranking``
/// orders them (the ranking `relmap rank` prints), measures the actors for their size and their
/// tooltips, and keeps the heaviest edges past the cap (and the actors that keep an edge), the
/// caption saying what is drawn and how many edges were left out.
public struct MapPlan: Sendable {
    /// One measure's values, a value a node of ``graph``.
    public struct MeasureColumn: Sendable, Equatable {
        /// The measure.
        public var measure: Measure
        /// Its value for each node of ``MapPlan/graph``, in node order.
        public var values: [Double]
    }

    /// The graph drawn: its nodes and the edges drawn.
    public var graph: RelationGraph
    /// The sizing measure of each node (``MapOptions/sizeBy``, measured before the edge cap).
    public var sizes: [Double]
    /// The measures each node's tooltip lists: the sizing one first, then degree, strength and
    /// pagerank (measured before the edge cap).
    public var tooltipMeasures: [MeasureColumn]
    /// The caption under the title: the options' caption, what is drawn (actors, edges,
    /// relations), and a note when the edge cap left edges out.
    public var caption: String?
    /// The layout engine.
    public var engine: LayoutEngine
    /// The edges drawn as one: each edge alone, or with ``MapOptions/mergeTypes`` the edges of one
    /// pair together, in the order of their first edge; none is empty.
    public var edgeGroups: [[RelationGraph.Edge]]
    /// The legend under the caption.
    public var legend: MapLegend

    /// The plan of the map of `graph`. Weights that are not finite, or add up past what a number
    /// holds, are a ``RenderError``; `progress` hears ``MapRenderer/Step/measures(actors:)``.
    public init(
        _ graph: RelationGraph, options: MapOptions, style: MapStyle,
        progress: (MapRenderer.Step) -> Void = { _ in }
    ) throws {
        try Self.checkWeights(graph)
        var g = try graph.mergingParallelEdges(path: "the map's graph")
        if options.minWeight > 0 { g = g.filtered { $0.weight >= options.minWeight } }
        progress(.measures(actors: g.nodes.count))
        var values = options.sizeBy.compute(g)
        if let top = options.top, top < g.nodes.count {
            let ranking = Ranking(g, measures: [options.sizeBy], columns: [values], top: top)
            g = g.induced(by: Set(ranking.rows.map(\.id)))
            values = options.sizeBy.compute(g)
        }
        let shown = [options.sizeBy] + [Measure.degree, .strength, .pagerank].filter { $0 != options.sizeBy }
        let undirected = GraphView.undirected(g)
        tooltipMeasures = shown.map {
            MeasureColumn(measure: $0, values: $0.usesDirectedView(directed: false) ? $0.compute(g) : $0.compute(undirected))
        }
        // The heaviest edges only, past the cap (measures above are of all of them): the caption
        // says how many are left out.
        let total = g.edges.count
        let capped = Self.heaviestEdges(g, cap: options.maxEdges ?? style.maxEdges)
        var notes: [String] = []
        if capped.edges.count < total {
            // Actors the cap left without an edge are not drawn: they would float alone.
            let kept = Self.actorsLeft(capped, before: g)
            g = Self.keeping(capped, nodes: kept)
            values = kept.map { values[$0] }
            tooltipMeasures = tooltipMeasures.map { column in MeasureColumn(measure: column.measure, values: kept.map { column.values[$0] }) }
            notes.append("the \(capped.edges.count) heaviest of \(total) edges (--max-edges)")
        }
        edgeGroups = Self.edgeGroups(g, merge: options.mergeTypes)
        notes.insert(Self.drawnNote(g, groups: edgeGroups.count, merged: options.mergeTypes, relations: options.countsRelations), at: 0)
        caption = ([options.caption].compactMap { $0 } + notes).joined(separator: "; ")
        self.graph = g
        sizes = values
        engine = options.positions.isEmpty ? (options.engine ?? style.defaultEngine(nodes: g.nodes.count, clustered: !options.blocs.isEmpty)) : .neato
        legend = MapLegend(g, options: options, style: style)
    }

    /// The plan of a layout of `graph` whose node positions later maps pin: every actor, the
    /// edges a map draws, no tooltips.
    public init(layoutOf graph: RelationGraph, options: MapOptions, style: MapStyle) throws {
        try Self.checkWeights(graph)
        sizes = options.sizeBy.compute(graph)
        tooltipMeasures = []
        caption = options.caption
        engine = options.engine ?? style.defaultEngine(nodes: graph.nodes.count, clustered: !options.blocs.isEmpty)
        let g = Self.heaviestEdges(graph, cap: options.maxEdges ?? style.maxEdges)
        self.graph = g
        edgeGroups = Self.edgeGroups(g, merge: options.mergeTypes)
        legend = MapLegend(g, options: options, style: style)
    }

    /// Refuses weights that are not finite or not at least 0, or whose sum (what a node's strength
    /// and a merged edge add up) is not finite.
    static func checkWeights(_ g: RelationGraph) throws(RenderError) {
        var total = 0.0
        for e in g.edges {
            guard e.weight.isFinite, e.weight >= 0 else {
                throw RenderError.render("edge \(g.nodes[e.source].id) -> \(g.nodes[e.target].id) has weight \(e.weight): weights must be finite numbers from 0")
            }
            total += e.weight
        }
        guard total.isFinite else { throw RenderError.render("the edge weights add up past the largest number a map can draw: scale them down") }
    }

    /// `g` with only its heaviest `cap` edges (0: all), ties in order of source, target and type.
    public static func heaviestEdges(_ g: RelationGraph, cap: Int) -> RelationGraph {
        guard cap > 0, g.edges.count > cap else { return g }
        var out = g
        out.edges = Array(
            g.edges.sorted { a, b in
                if a.weight != b.weight { return a.weight > b.weight }
                let (sa, sb) = (g.nodes[a.source].id, g.nodes[b.source].id)
                if sa != sb { return sa < sb }
                let (ta, tb) = (g.nodes[a.target].id, g.nodes[b.target].id)
                return ta != tb ? ta < tb : a.type < b.type
            }.prefix(cap))
        return out
    }

    /// Edges to draw: each edge, or with `merge` one group per pair holding all its types.
    static func edgeGroups(_ g: RelationGraph, merge: Bool) -> [[RelationGraph.Edge]] {
        guard merge else { return g.edges.map { [$0] } }
        var order: [NodePair] = []
        var groups: [NodePair: [RelationGraph.Edge]] = [:]
        for e in g.edges {
            let key = NodePair(min(e.source, e.target), max(e.source, e.target))
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(e)
        }
        return order.compactMap { groups[$0] }
    }
}

/// Two nodes of a graph by index, the smaller first: the pair whose edges a map merges into one.
private struct NodePair: Hashable {
    let a: Int, b: Int
    init(_ a: Int, _ b: Int) { (self.a, self.b) = (a, b) }
}
