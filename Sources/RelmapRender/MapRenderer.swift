import CGraphviz
import Foundation
import RelmapGraph

/// Draws a ``RelationGraph`` as a relation map through Graphviz's C library, in-process.
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
        case layout(actors: Int, edges: Int, engine: String, format: String)

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
            case .layout(let n, let m, let engine, let format): "\(engine) layout and \(format) of \(n) actors, \(m) edges"
            }
        }
    }

    /// The engine used for a graph of `nodes` nodes when none is chosen.
    public func defaultEngine(nodes: Int) -> String {
        nodes > style.sfdpThreshold ? "sfdp" : "neato"
    }

    /// The map of `graph` in `options.format`.
    ///
    /// A graph Graphviz cannot take as it is (a NUL in a name; in DOT, backslashes it cannot
    /// write) is an ``ExportError``; weights that are not finite, or add up past what a number
    /// holds, are a ``RenderError``. Parallel edges of one pair and type are drawn as one, their
    /// weights added up, as every reader reads them. `progress` hears each ``Step`` as it begins.
    public func render(_ graph: RelationGraph, options: MapOptions, progress: (Step) -> Void = { _ in }) throws -> Data {
        try DOTText.checkWritable(graph, format: options.format)
        try Self.checkWeights(graph)
        var g = try graph.mergingParallelEdges(path: "the map's graph")
        if options.minWeight > 0 { g = g.filtered { $0.weight >= options.minWeight } }
        progress(.measures(actors: g.nodes.count))
        var values = options.sizeBy.compute(g)
        if let top = options.top, top < g.nodes.count {
            let measure = values
            let keep = Set(g.nodes.indices.sorted { (measure[$0], g.nodes[$1].id) > (measure[$1], g.nodes[$0].id) }.prefix(top).map { g.nodes[$0].id })
            g = g.induced(by: keep)
            values = options.sizeBy.compute(g)
        }
        // The measures each node's tooltip lists: the sizing one first, then the common ones.
        let shown = [options.sizeBy] + [Measure.degree, .strength, .pagerank].filter { $0 != options.sizeBy }
        let undirected = GraphView.undirected(g)
        let tooltipValues = shown.map { $0.usesDirectedView(directed: false) ? $0.compute(g) : $0.compute(undirected) }
        // The heaviest edges only, past the cap (measures above are of all of them): the caption
        // says how many are left out.
        var options = options
        let total = g.edges.count
        g = heaviestEdges(g, options: options)
        if g.edges.count < total {
            let note = "the \(g.edges.count) heaviest of \(total) edges drawn (--max-edges)"
            options.caption = options.caption.map { "\($0); \(note)" } ?? note
        }
        let engine = options.positions.isEmpty ? (options.engine ?? defaultEngine(nodes: g.nodes.count)) : "neato"
        let format = options.format == .dot ? "dot" : options.format.rawValue
        return try Graphviz.withSession { ctx in
            guard let cg = "relmap".withCString({ relmap_open(UnsafeMutablePointer(mutating: $0), relmap_directed()) }) else {
                throw RenderError.render("cannot create a graph")
            }
            defer { agclose(cg) }
            progress(.build(actors: g.nodes.count, edges: g.edges.count))
            build(cg, g, values: values, options: options,
                  tooltipMeasures: Array(zip(shown.map(\.rawValue), tooltipValues)))
            packInRows(cg, g, engine: engine)
            // DOT is the styled source, before layout: any Graphviz tool lays it out again.
            if options.format == .dot { return try Graphviz.source(of: cg) }
            progress(.layout(actors: g.nodes.count, edges: g.edges.count, engine: engine, format: format))
            let data = try Graphviz.layoutAndRender(ctx, cg, engine: engine, format: format)
            return options.format == .svg ? Self.fitToWindow(data) : data
        }
    }

    // MARK: Building the cgraph graph

    private func build(_ cg: UnsafeMutablePointer<Agraph_t>, _ g: RelationGraph, values: [Double], options: MapOptions,
                       tooltipMeasures: [(String, [Double])]) {
        let graphAttrs: [(String, String)] = [
            ("fontname", style.fontname), ("fontsize", num(style.fontsize)), ("bgcolor", style.background),
            // Curved edges that avoid the nodes read best, but routing them costs more than the
            // layout itself on big maps: straight lines past a few hundred actors.
            ("fontcolor", style.textColor), ("overlap", "false"), ("splines", g.nodes.count <= style.splineLimit && g.edges.count <= style.splineEdgeLimit ? "true" : "false"), ("sep", "+14"),
            ("outputorder", "edgesfirst"), ("pad", "0.3"), ("labelloc", "t"), ("labeljust", "l"), ("esep", "+6"),
            ("rankdir", "LR"), ("nodesep", "0.5"), ("K", "1.2"),
        ]
        for (k, v) in graphAttrs { set(UnsafeMutableRawPointer(cg), k, v) }
        if !options.positions.isEmpty {
            // Pinned positions: no overlap removal (it rescales) and no shift to the bounding box,
            // so that every map of a series puts an actor at the same place.
            set(UnsafeMutableRawPointer(cg), "overlap", "true")
            set(UnsafeMutableRawPointer(cg), "notranslate", "true")
        }
        setHTML(cg, UnsafeMutableRawPointer(cg), "label", headerLabel(g, options: options))

        // Attribute symbols declared once, values set through them (agsafeset looks each name up).
        let attributes = AttributeTable(graph: cg)
        let lo = values.min() ?? 0, hi = values.max() ?? 0
        var handles: [UnsafeMutablePointer<Agnode_t>?] = []
        var clusters: [Int: UnsafeMutablePointer<Agraph_t>] = [:]
        for (i, n) in g.nodes.enumerated() {
            var parent = cg
            if let bloc = options.blocs[n.id] {
                if clusters[bloc] == nil, let sub = "cluster_bloc\(bloc)".withCString({ agsubg(cg, UnsafeMutablePointer(mutating: $0), 1) }) {
                    clusters[bloc] = sub
                    set(UnsafeMutableRawPointer(sub), "label", "bloc \(bloc)")
                    set(UnsafeMutableRawPointer(sub), "style", "rounded,dashed")
                    set(UnsafeMutableRawPointer(sub), "color", "#adb5bd")
                }
                parent = clusters[bloc] ?? cg
            }
            let node = n.id.withCString { agnode(parent, UnsafeMutablePointer(mutating: $0), 1) }
            handles.append(node)
            guard let node else { continue }
            let scaled = hi > lo ? (values[i] - lo) / (hi - lo) : 0.5
            let t = scaled.isFinite ? min(max(scaled, 0), 1) : 0.5
            let k = style.style(ofKind: n.kind)
            let obj = UnsafeMutableRawPointer(node)
            func set(_ obj: UnsafeMutableRawPointer, _ name: String, _ value: String) { attributes.set(obj, kind: Int32(AGNODE), name, value) }
            if let (x, y) = options.positions[n.id] {
                // Pinned, in inches: "x,y!" keeps the node where the shared layout put it.
                set(obj, "pos", String(format: "%.3f,%.3f!", x / 72, y / 72))
            }
            // escString: "\\n" is Graphviz's centred line break.
            set(obj, "label", n.label == n.id || n.kind != "state" ? escape(n.label) : escape(n.label) + "\\n" + escape(n.id))
            set(obj, "shape", k.shape)
            set(obj, "style", k.shape == "note" ? "filled" : "filled,rounded")
            set(obj, "fillcolor", blend(k.fill, k.border, t * 0.45))
            set(obj, "color", k.border)
            set(obj, "fontname", style.fontname)
            set(obj, "fontcolor", style.textColor)
            set(obj, "fontsize", num(style.minNodeFont + (style.maxNodeFont - style.minNodeFont) * t))
            set(obj, "width", num(style.minNodeWidth + (style.maxNodeWidth - style.minNodeWidth) * t))
            set(obj, "margin", "0.08,0.04")
            let measures = tooltipMeasures.map { "\($0.0): \(fmt($0.1[i]))" }.joined(separator: "\n")
            set(obj, "tooltip", escape("\(n.label) (\(n.id)), \(n.kind)\n\(measures)"))
            set(obj, "id", "node-\(n.id)")
            set(obj, "kind", n.kind)
            if let s = n.state { set(obj, "state", s) }
        }

        // With a shared layout, actors absent from this map still hold their place, unseen, so that
        // every map of the series has the same frame.
        let present = Set(g.nodes.map(\.id))
        for (id, (x, y)) in options.positions.sorted(by: { $0.key < $1.key }) where !present.contains(id) {
            guard let ghost = id.withCString({ agnode(cg, UnsafeMutablePointer(mutating: $0), 1) }) else { continue }
            let obj = UnsafeMutableRawPointer(ghost)
            attributes.set(obj, kind: Int32(AGNODE), "pos", String(format: "%.3f,%.3f!", x / 72, y / 72))
            attributes.set(obj, kind: Int32(AGNODE), "style", "invis")
            attributes.set(obj, kind: Int32(AGNODE), "label", "")
        }
        let maxWeight = g.edges.map(\.weight).max() ?? 1
        func width(_ w: Double) -> Double {
            guard maxWeight > 0 else { return style.minEdgeWidth }
            return style.minEdgeWidth + (style.maxEdgeWidth - style.minEdgeWidth) * log1p(max(0, w)) / log1p(maxWeight)
        }
        for (e, group) in edgeGroups(g, merge: options.mergeTypes) {
            guard let s = handles[e.source], let t = handles[e.target] else { continue }
            let name = group.map(\.type).joined(separator: "+")
            guard let edge = name.withCString({ agedge(cg, s, t, UnsafeMutablePointer(mutating: $0), 1) }) else { continue }
            let obj = UnsafeMutableRawPointer(edge)
            func set(_ obj: UnsafeMutableRawPointer, _ name: String, _ value: String) { attributes.set(obj, kind: Int32(AGEDGE), name, value) }
            let weight = group.map(\.weight).reduce(0, +)
            let colors = group.map { style.style(ofType: $0.type).color }
            set(obj, "color", colors.joined(separator: ":"))
            set(obj, "penwidth", num(width(weight)))
            set(obj, "dir", group.allSatisfy(\.directed) ? "forward" : "none")
            set(obj, "arrowsize", "0.8")
            let confidence = group.map(\.confidence).min() ?? 1
            set(obj, "style", confidence < style.dashedBelow ? "dashed" : "solid")
            if let look = options.edgeLooks["\(g.nodes[e.source].id)|\(g.nodes[e.target].id)|\(name)"] {
                set(obj, "color", look.color)
                set(obj, "style", look.style)
                if let label = look.label {
                    set(obj, "label", escape(label))
                    set(obj, "fontcolor", look.color)
                    set(obj, "fontsize", "10")
                    set(obj, "fontname", style.fontname)
                }
            }
            set(obj, "tooltip", escape(tooltip(g, group)))
            set(obj, "id", "edge-\(g.nodes[e.source].id)-\(g.nodes[e.target].id)-\(name)")
            set(obj, "class", "relation \(group.map(\.type).joined(separator: " "))")
            // Data for readers of the DOT source (relmap's own DOTReader among them).
            set(obj, "relation", name)
            set(obj, "value", JSONText.number(weight))
            if group.count == 1, let e = group.first {
                set(obj, "mentions", String(e.mentions))
                set(obj, "articles", String(e.articles))
                if let f = e.first { set(obj, "first", f) }
                if let l = e.last { set(obj, "last", l) }
                set(obj, "confidence", JSONText.number(e.confidence))
                if let p = e.polarity { set(obj, "polarity", p) }
            }
        }
    }

    /// Pieces (connected parts of the drawn graph) past which sfdp and fdp set them side by side
    /// in rows and columns instead of fitting them together.
    public static let packingLimit = 300

    /// sfdp and fdp lay out each connected piece apart and then fit the pieces together
    /// (Graphviz's polyomino packing), at a cost that grows with the square of their number: with
    /// 4,600 pieces (5,000 actors and the 400 heaviest edges), 130 s of a 131 s render. Past
    /// ``packingLimit`` pieces they go in rows and columns (`packmode=array`): under a second.
    private func packInRows(_ cg: UnsafeMutablePointer<Agraph_t>, _ g: RelationGraph, engine: String) {
        guard engine == "sfdp" || engine == "fdp", Self.pieces(g) > Self.packingLimit else { return }
        set(UnsafeMutableRawPointer(cg), "packmode", "array")
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

    /// The SVG with a style that shrinks it to the browser window's width, keeping its proportions.
    static func fitToWindow(_ svg: Data) -> Data {
        guard let text = String(data: svg, encoding: .utf8), let range = text.range(of: "<svg ") else { return svg }
        return Data(text.replacingCharacters(in: range, with: "<svg style=\"max-width: 100%; height: auto;\" ").utf8)
    }

    /// `g` with only the edges a map draws: the heaviest `options.maxEdges` (the style's
    /// `max_edges` when nil; 0: all), ties in order of source, target and type.
    public func heaviestEdges(_ g: RelationGraph, options: MapOptions) -> RelationGraph {
        let cap = options.maxEdges ?? style.maxEdges
        guard cap > 0, g.edges.count > cap else { return g }
        var out = g
        out.edges = Array(g.edges.sorted { a, b in
            if a.weight != b.weight { return a.weight > b.weight }
            let (sa, sb) = (g.nodes[a.source].id, g.nodes[b.source].id)
            if sa != sb { return sa < sb }
            let (ta, tb) = (g.nodes[a.target].id, g.nodes[b.target].id)
            return ta != tb ? ta < tb : a.type < b.type
        }.prefix(cap))
        return out
    }

    /// Node positions (points) of a layout of `graph` (of the edges a map draws), to pin in later maps.
    public func positions(of graph: RelationGraph, options: MapOptions) throws -> [String: (Double, Double)] {
        var o = options
        o.positions = [:]
        let engine = options.engine ?? defaultEngine(nodes: graph.nodes.count)
        try DOTText.checkWritable(graph, format: .svg)
        try Self.checkWeights(graph)
        let values = o.sizeBy.compute(graph)
        let graph = heaviestEdges(graph, options: options)
        return try Graphviz.withSession { ctx in
            guard let cg = "relmap".withCString({ relmap_open(UnsafeMutablePointer(mutating: $0), relmap_directed()) }) else {
                throw RenderError.render("cannot create a graph")
            }
            defer { agclose(cg) }
            build(cg, graph, values: values, options: o, tooltipMeasures: [])
            packInRows(cg, graph, engine: engine)
            // Only the nodes' places are wanted: no edge routing.
            set(UnsafeMutableRawPointer(cg), "splines", "false")
            // Rendering as DOT writes each node's "pos" attribute from the layout.
            _ = try Graphviz.layoutAndRender(ctx, cg, engine: engine, format: "dot")
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

    /// Edges to draw: each edge, or with `merge` one per pair holding all its types.
    private func edgeGroups(_ g: RelationGraph, merge: Bool) -> [(RelationGraph.Edge, [RelationGraph.Edge])] {
        guard merge else { return g.edges.map { ($0, [$0]) } }
        var order: [String] = []
        var groups: [String: [RelationGraph.Edge]] = [:]
        for e in g.edges {
            let a = min(e.source, e.target), b = max(e.source, e.target)
            let key = "\(a)-\(b)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(e)
        }
        return order.compactMap { k in groups[k].flatMap { list in list.first.map { ($0, list) } } }
    }

    private func tooltip(_ g: RelationGraph, _ group: [RelationGraph.Edge]) -> String {
        var lines: [String] = []
        for e in group {
            let arrow = e.directed ? "→" : "—"
            var line = "\(g.nodes[e.source].label) \(arrow) \(g.nodes[e.target].label): \(e.type), weight \(fmt(e.weight))"
            line += " (\(e.mentions) mention\(e.mentions == 1 ? "" : "s") in \(e.articles) article\(e.articles == 1 ? "" : "s"))"
            if let f = e.first, let l = e.last { line += f == l ? ", \(f)" : ", \(f) to \(l)" }
            lines.append(line)
            for ev in e.evidence.prefix(3) {
                let text = ev.text.map { $0.count > 220 ? String($0.prefix(217)) + "..." : $0 } ?? ev.trigger
                lines.append("• [\(ev.article)] \(text)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func headerLabel(_ g: RelationGraph, options: MapOptions) -> String {
        let present = Set(g.edges.map(\.type))
        let known = ["alliance", "meeting", "support", "protest", "threat", "sanction", "attack", "defection"]
        let types = known.filter(present.contains) + present.subtracting(known).sorted()
        var rows = ""
        if let title = options.title {
            rows += "<tr><td align=\"left\" colspan=\"\(max(1, types.count))\"><font point-size=\"\(num(style.titleFontsize))\"><b>\(html(title))</b></font></td></tr>"
        }
        if let caption = options.caption {
            rows += "<tr><td align=\"left\" colspan=\"\(max(1, types.count))\"><font color=\"#495057\">\(html(caption))</font></td></tr>"
        }
        if let legend = options.legend {
            rows += "<tr>"
            for (label, color) in legend {
                rows += "<td align=\"left\"><font color=\"\(html(color))\">━━━</font>&#160;\(html(label))&#160;&#160;</td>"
            }
            rows += "</tr>"
        } else if !types.isEmpty {
            rows += "<tr>"
            for t in types {
                let s = style.style(ofType: t)
                let directed = g.edges.first { $0.type == t }?.directed ?? true
                rows += "<td align=\"left\"><font color=\"\(html(s.color))\">\(directed ? "━━▶" : "━━━")</font>&#160;\(html(s.label))&#160;&#160;</td>"
            }
            rows += "</tr>"
        }
        if rows.isEmpty { rows = "<tr><td> </td></tr>" }
        return "<table border=\"0\" cellspacing=\"4\" cellpadding=\"1\">\(rows)</table>"
    }

    // MARK: cgraph helpers

    /// Cached attribute symbols of one cgraph graph, by kind and name.
    final class AttributeTable {
        let graph: UnsafeMutablePointer<Agraph_t>
        private var symbols: [Int32: [String: UnsafeMutablePointer<Agsym_t>]] = [:]

        init(graph: UnsafeMutablePointer<Agraph_t>) { self.graph = graph }

        func set(_ obj: UnsafeMutableRawPointer, kind: Int32, _ name: String, _ value: String) {
            var sym = symbols[kind]?[name]
            if sym == nil {
                sym = name.withCString { n in "".withCString { d in
                    agattr(graph, kind, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: d))
                } }
                symbols[kind, default: [:]][name] = sym
            }
            guard let sym else { return }
            _ = value.withCString { agxset(obj, sym, UnsafeMutablePointer(mutating: $0)) }
        }
    }

    private func set(_ obj: UnsafeMutableRawPointer, _ name: String, _ value: String) {
        name.withCString { n in
            value.withCString { v in
                "".withCString { d in
                    _ = agsafeset(obj, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v), UnsafeMutablePointer(mutating: d))
                }
            }
        }
    }

    private func setHTML(_ g: UnsafeMutablePointer<Agraph_t>, _ obj: UnsafeMutableRawPointer, _ name: String, _ value: String) {
        set(obj, name, "")
        name.withCString { n in
            value.withCString { v in
                guard let sym = agattr(g, Int32(AGRAPH), UnsafeMutablePointer(mutating: n), nil),
                      let h = agstrdup_html(g, UnsafeMutablePointer(mutating: v)) else { return }
                _ = agxset(obj, sym, h)
                _ = agstrfree(g, h)
            }
        }
    }

    private func escape(_ s: String) -> String { DOTText.escape(s) }

    private func html(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private func num(_ d: Double) -> String { String(format: "%.2f", d) }
    /// A measure or weight for a tooltip: whole numbers without a fraction (past 10^15, or not
    /// finite, as Swift writes them: no conversion to Int that could trap).
    private func fmt(_ d: Double) -> String {
        guard d.isFinite, abs(d) < 1e15 else { return "\(d)" }
        return d == d.rounded() ? String(Int(d)) : String(format: "%.4f", d)
    }

    private func blend(_ a: String, _ b: String, _ t: Double) -> String {
        func rgb(_ hex: String) -> (Double, Double, Double)? {
            let h = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
            guard h.count == 6, let v = Int(h, radix: 16) else { return nil }
            return (Double(v >> 16 & 0xFF), Double(v >> 8 & 0xFF), Double(v & 0xFF))
        }
        guard let x = rgb(a), let y = rgb(b) else { return a }
        let c = [x.0 + (y.0 - x.0) * t, x.1 + (y.1 - x.1) * t, x.2 + (y.2 - x.2) * t].map { Int($0.rounded()) }
        return String(format: "#%02x%02x%02x", c[0], c[1], c[2])
    }
}
