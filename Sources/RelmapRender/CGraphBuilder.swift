import CGraphviz
import Foundation
import RelmapGraph

/// Builds the cgraph graph of a ``MapPlan``: what the plan decided, written as Graphviz
/// attributes in the style's colours, shapes and sizes.
struct CGraphBuilder {
    /// The style.
    let style: MapStyle

    /// Fills `cg` with the nodes and edges of `plan`, drawn with `options` (blocs as clusters,
    /// pinned positions, edge looks, title).
    func build(_ cg: UnsafeMutablePointer<Agraph_t>, _ plan: MapPlan, options: MapOptions) {
        let g = plan.graph
        let graphAttrs: [(String, String)] = [
            ("fontname", style.fontname), ("fontsize", GraphvizValue.number(style.fontsize)), ("bgcolor", style.background),
            // Curved edges that avoid the nodes read best, but routing them costs more than the
            // layout itself on big maps: straight lines past a few hundred actors.
            ("fontcolor", style.textColor), ("overlap", "false"), ("splines", g.nodes.count <= style.splineLimit && g.edges.count <= style.splineEdgeLimit ? "true" : "false"), ("sep", "+14"),
            ("outputorder", "edgesfirst"), ("pad", "0.3"), ("labelloc", "t"), ("labeljust", "l"), ("esep", "+6"),
            ("rankdir", "LR"), ("nodesep", "0.5"), ("K", "1.2")
        ]
        for (k, v) in graphAttrs { Self.set(UnsafeMutableRawPointer(cg), k, v) }
        if !options.positions.isEmpty {
            // Pinned positions: no overlap removal (it rescales) and no shift to the bounding box,
            // so that every map of a series puts an actor at the same place.
            Self.set(UnsafeMutableRawPointer(cg), "overlap", "true")
            Self.set(UnsafeMutableRawPointer(cg), "notranslate", "true")
        }
        if Self.labelAttribute(engine: plan.engine) == "xlabel", options.edgeLooks.values.contains(where: { $0.label != nil }) {
            Self.set(UnsafeMutableRawPointer(cg), "forcelabels", "false")
        }
        Self.setHTML(cg, UnsafeMutableRawPointer(cg), "label", plan.legend.header(title: options.title, caption: plan.caption, style: style))
        let attributes = AttributeTable(graph: cg)
        let handles = addNodes(cg, plan, options: options, attributes: attributes)
        addGhosts(cg, present: Set(g.nodes.map(\.id)), options: options, attributes: attributes)
        addEdges(cg, plan, handles: handles, options: options, attributes: attributes)
        addTethers(cg, plan, handles: handles, attributes: attributes)
    }

    /// Ties each person, agency or organisation of a state (``RelationGraph/Node/state``, from
    /// the lexicon at actor level) to that state's node when the map draws it: an unseen, short,
    /// heavy edge that keeps them side by side in every engine's layout. It is no relation: it has
    /// no `relation` attribute, and ``DOTReader`` leaves unseen edges out.
    private func addTethers(
        _ cg: UnsafeMutablePointer<Agraph_t>, _ plan: MapPlan, handles: [UnsafeMutablePointer<Agnode_t>?], attributes: AttributeTable
    ) {
        let g = plan.graph
        for (i, n) in g.nodes.enumerated() where n.kind != .state {
            guard let state = n.state, state != n.id, let j = g.nodeIndex(state), let a = handles[i], let b = handles[j],
                let edge = "tether".withCString({ agedge(cg, a, b, UnsafeMutablePointer(mutating: $0), 1) })
            else { continue }
            let obj = UnsafeMutableRawPointer(edge)
            for (name, value) in [("style", "invis"), ("dir", "none"), ("len", "0.2"), ("weight", "10"), ("id", "tether-\(n.id)-\(state)")] {
                attributes.set(obj, kind: Int32(AGEDGE), name, value)
            }
        }
    }

    /// The nodes, in clusters by bloc when ``MapOptions/blocs`` are given, sized and shaded by
    /// the plan's sizes; their handles in node order.
    private func addNodes(
        _ cg: UnsafeMutablePointer<Agraph_t>, _ plan: MapPlan, options: MapOptions,
        attributes: AttributeTable
    ) -> [UnsafeMutablePointer<Agnode_t>?] {
        let values = plan.sizes
        let lo = values.min() ?? 0, hi = values.max() ?? 0
        var handles: [UnsafeMutablePointer<Agnode_t>?] = []
        var clusters: [Int: UnsafeMutablePointer<Agraph_t>] = [:]
        for (i, n) in plan.graph.nodes.enumerated() {
            var parent = cg
            if let bloc = options.blocs[n.id] {
                if clusters[bloc] == nil, let sub = "cluster_bloc\(bloc)".withCString({ agsubg(cg, UnsafeMutablePointer(mutating: $0), 1) }) {
                    clusters[bloc] = sub
                    // A cluster's own attributes, through the graph attribute symbols (the node
                    // symbols once used here indexed the subgraph's record out of its bounds: the
                    // cluster showed the map's header, in the font "bloc N", instead of its label).
                    for (name, value) in [("label", "bloc \(bloc)"), ("style", "rounded,dashed"), ("color", "#adb5bd")] {
                        Self.set(UnsafeMutableRawPointer(sub), name, value)
                    }
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
            set(obj, "label", Self.nodeLabel(n))
            set(obj, "shape", k.shape)
            set(obj, "style", k.shape == "note" ? "filled" : "filled,rounded")
            set(obj, "fillcolor", MapColor.blend(k.fill, k.border, t * 0.45))
            set(obj, "color", k.border)
            set(obj, "fontname", style.fontname)
            set(obj, "fontcolor", style.textColor)
            set(obj, "fontsize", GraphvizValue.number(style.minNodeFont + (style.maxNodeFont - style.minNodeFont) * t))
            set(obj, "width", GraphvizValue.number(style.minNodeWidth + (style.maxNodeWidth - style.minNodeWidth) * t))
            set(obj, "margin", "0.08,0.04")
            set(obj, "tooltip", GraphvizValue.escape(MapTooltips.node(i, of: plan)))
            set(obj, "id", "node-\(n.id)")
            set(obj, "kind", n.kind.rawValue)
            if let s = n.state { set(obj, "state", s) }
        }
        return handles
    }

    /// With a shared layout, actors absent from this map still hold their place, unseen, so that
    /// every map of the series has the same frame.
    private func addGhosts(_ cg: UnsafeMutablePointer<Agraph_t>, present: Set<String>, options: MapOptions, attributes: AttributeTable) {
        for (id, (x, y)) in options.positions.sorted(by: { $0.key < $1.key }) where !present.contains(id) {
            guard let ghost = id.withCString({ agnode(cg, UnsafeMutablePointer(mutating: $0), 1) }) else { continue }
            let obj = UnsafeMutableRawPointer(ghost)
            attributes.set(obj, kind: Int32(AGNODE), "pos", String(format: "%.3f,%.3f!", x / 72, y / 72))
            attributes.set(obj, kind: Int32(AGNODE), "style", "invis")
            attributes.set(obj, kind: Int32(AGNODE), "label", "")
        }
    }

    /// The plan's edge groups, coloured by type, as wide as the log of their weight, dashed below
    /// the style's confidence, with the data attributes relmap's DOTReader reads back.
    private func addEdges(
        _ cg: UnsafeMutablePointer<Agraph_t>, _ plan: MapPlan, handles: [UnsafeMutablePointer<Agnode_t>?],
        options: MapOptions, attributes: AttributeTable
    ) {
        let g = plan.graph
        let maxWeight = g.edges.map(\.weight).max() ?? 1
        func width(_ w: Double) -> Double {
            guard maxWeight > 0 else { return style.minEdgeWidth }
            return style.minEdgeWidth + (style.maxEdgeWidth - style.minEdgeWidth) * log1p(max(0, w)) / log1p(maxWeight)
        }
        let looks = style.styles(ofTypes: g.edges.map(\.type))
        for group in plan.edgeGroups {
            guard let e = group.first, let s = handles[e.source], let t = handles[e.target] else { continue }
            let name = group.map(\.type).joined(separator: "+")
            guard let edge = name.withCString({ agedge(cg, s, t, UnsafeMutablePointer(mutating: $0), 1) }) else { continue }
            let obj = UnsafeMutableRawPointer(edge)
            func set(_ obj: UnsafeMutableRawPointer, _ name: String, _ value: String) { attributes.set(obj, kind: Int32(AGEDGE), name, value) }
            let weight = group.map(\.weight).reduce(0, +)
            let colors = group.map { (looks[$0.type] ?? style.style(ofType: $0.type)).color }
            set(obj, "color", colors.joined(separator: ":"))
            set(obj, "penwidth", GraphvizValue.number(width(weight)))
            set(obj, "dir", EdgeArrows(group, from: e.source).rawValue)
            set(obj, "arrowsize", "0.8")
            let confidence = group.map(\.confidence).min() ?? 1
            set(obj, "style", confidence < style.dashedBelow ? "dashed" : "solid")
            let key = EdgeKey(source: g.nodes[e.source].id, target: g.nodes[e.target].id, type: name, directed: group.allSatisfy(\.directed))
            if let look = options.edgeLooks[key] {
                set(obj, "color", look.color)
                set(obj, "style", look.style)
                if let label = look.label {
                    set(obj, Self.labelAttribute(engine: plan.engine), GraphvizValue.escape(label))
                    set(obj, "fontcolor", look.color)
                    set(obj, "fontsize", "10")
                    set(obj, "fontname", style.fontname)
                }
            }
            let change = options.edgeLooks[key]?.label.map { $0 + "\n" } ?? ""
            set(obj, "tooltip", GraphvizValue.escape(change + MapTooltips.edge(group, of: g)))
            set(obj, "id", "edge-\(g.nodes[e.source].id)-\(g.nodes[e.target].id)-\(name)")
            set(obj, "class", "relation \(group.map(\.type).joined(separator: " "))")
            // Data for readers of the DOT source (relmap's own DOTReader among them).
            set(obj, "relation", name)
            set(obj, "value", JSONText.number(weight))
            if group.count == 1, let e = group.first {
                set(obj, "mentions", String(e.mentions))
                set(obj, "articles", String(e.articles))
                if let f = e.first { set(obj, "first", f.description) }
                if let l = e.last { set(obj, "last", l.description) }
                set(obj, "confidence", JSONText.number(e.confidence))
                if let p = e.polarity { set(obj, "polarity", p.rawValue) }
            }
        }
    }

    /// A node's label, as an escString (`\\n` is Graphviz's centred line break): a state's name
    /// over its code; an actor of a state (a person, an agency) over that state's code.
    static func nodeLabel(_ n: RelationGraph.Node) -> String {
        let label = GraphvizValue.escape(n.label)
        if n.kind == .state { return n.label == n.id ? label : label + "\\n" + GraphvizValue.escape(n.id) }
        guard let state = n.state, state != n.id else { return label }
        return label + "\\n" + GraphvizValue.escape(state)
    }

    /// The attribute an edge's own label (``EdgeLook/label``) goes in: `dot` lays labels out
    /// with the graph, apart from each other; the other engines place `xlabel`s after the layout
    /// where they overlap nothing (`forcelabels=false`, set by ``build(_:_:options:)``), leaving
    /// out those that would (the tooltip still says them).
    static func labelAttribute(engine: LayoutEngine) -> String {
        engine == .dot ? "label" : "xlabel"
    }

    /// Sets attribute `name` of `obj` (a graph, subgraph, node or edge) to `value`, declaring it
    /// with an empty default when new.
    static func set(_ obj: UnsafeMutableRawPointer, _ name: String, _ value: String) {
        name.withCString { n in
            value.withCString { v in
                "".withCString { d in
                    _ = agsafeset(obj, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: v), UnsafeMutablePointer(mutating: d))
                }
            }
        }
    }

    /// Sets graph attribute `name` of `obj` to the HTML-like label `value`.
    static func setHTML(_ g: UnsafeMutablePointer<Agraph_t>, _ obj: UnsafeMutableRawPointer, _ name: String, _ value: String) {
        set(obj, name, "")
        name.withCString { n in
            value.withCString { v in
                guard let sym = agattr(g, Int32(AGRAPH), UnsafeMutablePointer(mutating: n), nil),
                    let h = agstrdup_html(g, UnsafeMutablePointer(mutating: v))
                else { return }
                _ = agxset(obj, sym, h)
                _ = agstrfree(g, h)
            }
        }
    }
}
