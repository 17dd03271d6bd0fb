import RelmapGraph

/// The map of a diff: the union of both graphs, edges added in green, removed in red and dashed,
/// changed drawn at their new weight with the change in their label, unchanged in grey.
///
/// Up to ``dotLimit`` actors it is laid out by `dot` (unless an engine is chosen), which places
/// edge labels as part of the layout, so that no two overlap; past it, labels are placed after
/// the layout where they fit (``CGraphBuilder``), and each edge's tooltip says its change.
public enum DiffMap {
    /// Colours of the diff map.
    public static let added = "#2f9e44", removed = "#e03131", changed = "#1971c2", unchanged = "#adb5bd"
    /// Actors up to which a diff map is laid out by `dot`.
    public static let dotLimit = 300

    /// The union graph and the options that draw `diff` on it.
    public static func make(_ diff: GraphDiff, before: RelationGraph, after: RelationGraph, options: MapOptions) -> (RelationGraph, MapOptions) {
        var g = RelationGraph()
        for n in after.nodes + before.nodes { g.addNode(n) }
        var looks: [EdgeKey: EdgeLook] = [:]
        func add(_ e: GraphDiff.EdgeChange, weight: Double, look: EdgeLook) {
            g.edges.append(
                .init(
                    source: g.addNode(.init(id: e.source)), target: g.addNode(.init(id: e.target)), type: e.type,
                    directed: e.directed, weight: weight))
            looks[EdgeKey(source: e.source, target: e.target, type: e.type, directed: e.directed)] = look
        }
        func signed(_ x: Double) -> String { (x > 0 ? "+" : "") + JSONText.number(x) }
        for e in diff.edgesAdded { add(e, weight: e.after, look: EdgeLook(color: added, label: "\(e.type) new")) }
        for e in diff.edgesRemoved { add(e, weight: e.before, look: EdgeLook(color: removed, style: "dashed", label: "\(e.type) gone")) }
        for e in diff.edgesChanged { add(e, weight: e.after, look: EdgeLook(color: changed, label: "\(e.type) \(signed(e.change))")) }
        for e in diff.edgesUnchanged { add(e, weight: e.after, look: EdgeLook(color: unchanged)) }
        var o = options
        o.edgeLooks = looks
        o.countsRelations = false
        if o.engine == nil && g.nodes.count <= dotLimit { o.engine = .dot }
        o.legend = [("added", added), ("removed (dashed)", removed), ("changed (new weight, change in label)", changed), ("unchanged", unchanged)]
        return (g, o)
    }
}
