import RelmapGraph

/// The tooltips of a map (SVG `xlink:title`): each node's name, kind and measures, each edge's
/// type, weight, dates and first evidence sentences.
enum MapTooltips {
    /// The tooltip of node `i` of `plan`'s graph.
    static func node(_ i: Int, of plan: MapPlan) -> String {
        let n = plan.graph.nodes[i]
        let measures = plan.tooltipMeasures.map { "\($0.measure.rawValue): \(GraphvizValue.measure($0.values[i]))" }.joined(separator: "\n")
        return "\(n.label) (\(n.id)), \(n.kind)\n\(measures)"
    }

    /// The tooltip of the edges `group` of `g`, drawn as one.
    static func edge(_ group: [RelationGraph.Edge], of g: RelationGraph) -> String {
        var lines: [String] = []
        for e in group {
            let arrow = e.directed ? "→" : "—"
            var line = "\(g.nodes[e.source].label) \(arrow) \(g.nodes[e.target].label): \(e.type), weight \(GraphvizValue.measure(e.weight))"
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
}
