import CGraphviz
import Foundation
import RelmapGraph

/// Draws a ``RelationGraph`` as a relation map through Graphviz's C library, in-process: a
/// ``MapPlan`` decides what is drawn, ``CGraphBuilder`` writes it as a cgraph graph, Graphviz lays
/// it out.
///
/// - Edges are coloured by relation type, as wide as the log of their weight, with arrows on
///   directed types only and dashes where confidence is low; one edge per (pair, type), or one per
///   pair with ``MapOptions/mergeTypes``.
/// - Nodes are shaped by kind, sized and shaded by a measure, and labelled by name.
/// - Tooltips (SVG `xlink:title`) tell each edge's type, weight, dates and evidence sentences, and
///   each node's measures.
/// - The title, the caption and a legend of the types shown stand at the top.
public struct MapRenderer: Sendable {
    /// The style.
    public var style: MapStyle

    /// Creates a renderer.
    public init(style: MapStyle) {
        self.style = style
    }

    /// The steps of a render, in order.
    public enum Step: Sendable, Equatable {
        /// Measures that size the actors and fill the tooltips.
        case measures(actors: Int)
        /// The Graphviz graph with every attribute.
        case build(actors: Int, edges: Int)
        /// Graphviz's layout and drawing (the step that takes long on big maps).
        case layout(actors: Int, edges: Int, engine: LayoutEngine, format: MapFormat)

        /// A short name (for `--timings`).
        public var name: String {
            switch self {
            case .measures: "measures"
            case .build: "build"
            case .layout: "layout"
            }
        }

        /// What the step does, in words.
        public var description: String {
            switch self {
            case .measures(let n): "measures of \(n) actors"
            case .build(let n, let m): "building the graph of \(n) actors, \(m) edges"
            case .layout(let n, let m, let engine, let format): "\(engine) layout and \(format.rawValue) of \(n) actors, \(m) edges"
            }
        }
    }

    /// The engine used for a graph of `nodes` nodes when none is chosen.
    public func defaultEngine(nodes: Int) -> LayoutEngine {
        style.defaultEngine(nodes: nodes)
    }

    /// The map of `graph` in `options.format`.
    ///
    /// A graph Graphviz cannot take as it is (a NUL in a name; in DOT, backslashes it cannot
    /// write) is an ``ExportError``; weights that are not finite, or add up past what a number
    /// holds, are a ``RenderError``. Parallel edges of one pair and type are drawn as one, their
    /// weights added up, as every reader reads them. `progress` hears each ``Step`` as it begins.
    public func render(_ graph: RelationGraph, options: MapOptions, progress: (Step) -> Void = { _ in }) throws -> Data {
        try DOTText.checkWritable(graph, format: options.format)
        let plan = try MapPlan(graph, options: options, style: style, progress: progress)
        let g = plan.graph
        return try Graphviz.withSession { ctx in
            let cg = try Self.openGraph()
            defer { agclose(cg) }
            progress(.build(actors: g.nodes.count, edges: g.edges.count))
            CGraphBuilder(style: style).build(cg, plan, options: options)
            Self.packInRows(cg, g, engine: plan.engine)
            // DOT is the styled source, before layout: any Graphviz tool lays it out again.
            if options.format == .dot { return try Graphviz.source(of: cg) }
            progress(.layout(actors: g.nodes.count, edges: g.edges.count, engine: plan.engine, format: options.format))
            let data = try Graphviz.layoutAndRender(ctx, cg, engine: plan.engine, format: options.format.rawValue)
            return options.format == .svg ? Self.fitToWindow(data) : data
        }
    }

    /// Node positions (points) of a layout of `graph` (of the edges a map draws), to pin in later maps.
    public func positions(of graph: RelationGraph, options: MapOptions) throws -> [String: (Double, Double)] {
        var o = options
        o.positions = [:]
        try DOTText.checkWritable(graph, format: .svg)
        let plan = try MapPlan(layoutOf: graph, options: o, style: style)
        return try Graphviz.withSession { ctx in
            let cg = try Self.openGraph()
            defer { agclose(cg) }
            CGraphBuilder(style: style).build(cg, plan, options: o)
            Self.packInRows(cg, plan.graph, engine: plan.engine)
            // Only the nodes' places are wanted: no edge routing.
            CGraphBuilder.set(UnsafeMutableRawPointer(cg), "splines", "false")
            // Rendering as DOT writes each node's "pos" attribute from the layout.
            _ = try Graphviz.layoutAndRender(ctx, cg, engine: plan.engine, format: "dot")
            var out: [String: (Double, Double)] = [:]
            var node = agfstnode(cg)
            while let n = node {
                let id = String(cString: agnameof(UnsafeMutableRawPointer(n)))
                if let raw = "pos".withCString({ agget(UnsafeMutableRawPointer(n), UnsafeMutablePointer(mutating: $0)) }) {
                    let parts = String(cString: raw).split(separator: ",").compactMap { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: "!"))) }
                    if parts.count == 2 { out[id] = (parts[0], parts[1]) }
                }
                node = agnxtnode(cg, n)
            }
            return out
        }
    }

    /// `g` with only the edges a map draws: the heaviest `options.maxEdges` (the style's
    /// `max_edges` when nil; 0: all), ties in order of source, target and type.
    public func heaviestEdges(_ g: RelationGraph, options: MapOptions) -> RelationGraph {
        MapPlan.heaviestEdges(g, cap: options.maxEdges ?? style.maxEdges)
    }

    /// A new, empty directed cgraph graph.
    private static func openGraph() throws -> UnsafeMutablePointer<Agraph_t> {
        guard let cg = "relmap".withCString({ relmap_open(UnsafeMutablePointer(mutating: $0), relmap_directed()) }) else {
            throw RenderError.render("cannot create a graph")
        }
        return cg
    }

    /// Pieces (connected parts of the drawn graph) past which sfdp and fdp set them side by side
    /// in rows and columns instead of fitting them together.
    public static let packingLimit = 300

    /// sfdp and fdp lay out each connected piece apart and then fit the pieces together
    /// (Graphviz's polyomino packing), at a cost that grows with the square of their number: with
    /// 4,600 pieces (5,000 actors and the 400 heaviest edges), 130 s of a 131 s render. Past
    /// ``packingLimit`` pieces they go in rows and columns (`packmode=array`): under a second.
    private static func packInRows(_ cg: UnsafeMutablePointer<Agraph_t>, _ g: RelationGraph, engine: LayoutEngine) {
        guard engine == .sfdp || engine == .fdp, pieces(g) > packingLimit else { return }
        CGraphBuilder.set(UnsafeMutableRawPointer(cg), "packmode", "array")
    }

    /// Connected pieces of `g`, edges taken as undirected.
    static func pieces(_ g: RelationGraph) -> Int {
        var parent = Array(g.nodes.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var count = g.nodes.count
        for e in g.edges {
            let a = root(e.source), b = root(e.target)
            if a != b { parent[a] = b; count -= 1 }
        }
        return count
    }

    /// The SVG with a style that shrinks it to the browser window's width, keeping its proportions.
    static func fitToWindow(_ svg: Data) -> Data {
        guard let text = String(data: svg, encoding: .utf8), let range = text.range(of: "<svg ") else { return svg }
        return Data(text.replacingCharacters(in: range, with: "<svg style=\"max-width: 100%; height: auto;\" ").utf8)
    }
}
