import RelmapCorpus
import RelmapGraph

extension MapLegend {
    /// What a map's marks other than colour mean: dashed lines (an uncertain or hedged reading,
    /// below the style's confidence), line widths (the weight, from the lightest to the heaviest
    /// edge drawn), node size and shade (the sizing measure), and the shape of each kind of actor
    /// drawn.
    public struct Key: Sendable, Equatable {
        /// The confidence below which a line is dashed, when a dashed line is drawn; nil when none
        /// is (or the map's own looks replace dashes, as in diff maps).
        public var dashedBelow: Double?
        /// What an edge's weight counts (articles, mentions, ...), when the graph says.
        public var weightMode: String?
        /// The lightest and heaviest edge drawn.
        public var weights: ClosedRange<Double>?
        /// The measure that sizes and shades the actors.
        public var sizeBy: String
        /// The kinds of actor drawn, in the style's order: name, shape, fill and border.
        public var kinds: [KindEntry]

        /// One kind of actor and how it is drawn.
        public struct KindEntry: Sendable, Equatable {
            /// The kind's name.
            public var kind: String
            /// Its Graphviz shape, fill and border.
            public var shape: String, fill: String, border: String
        }

        /// The key of `graph` drawn with `options` and `style`.
        init(_ graph: RelationGraph, options: MapOptions, style: MapStyle) {
            let dashed = options.edgeLooks.isEmpty && graph.edges.contains { $0.confidence < style.dashedBelow }
            dashedBelow = dashed ? style.dashedBelow : nil
            weightMode = graph.attributes["weight"]
            let w = graph.edges.map(\.weight)
            weights = w.min().flatMap { lo in w.max().map { lo...$0 } }
            sizeBy = options.sizeBy.rawValue
            let order: [ActorKind] = [.state, .organisation, .person, .agency]
            let drawn = Set(graph.nodes.map(\.kind))
            let kinds = order.filter(drawn.contains) + drawn.subtracting(order).sorted { $0.rawValue < $1.rawValue }
            self.kinds = kinds.map { k in
                let s = style.style(ofKind: k)
                return KindEntry(kind: k.rawValue, shape: s.shape, fill: s.fill, border: s.border)
            }
        }

        /// The key as one row of the header's table (empty when the map draws nothing): one text
        /// cell, so that it keeps its own width under a wider caption (a nested table would be
        /// stretched to the caption's width).
        func row(columns: Int, style: MapStyle) -> String {
            guard weights != nil || !kinds.isEmpty else { return "" }
            let grey = "#495057", gap = "&#160;&#160;&#160;&#160;"
            func text(_ s: String) -> String { GraphvizValue.html(s) }
            func glyph(_ g: String, _ color: String, size: Double? = nil) -> String {
                "<font color=\"\(GraphvizValue.html(color))\"\(size.map { " point-size=\"\(GraphvizValue.number($0))\"" } ?? "")>\(g)</font>"
            }
            var parts: [String] = []
            if let dashedBelow {
                parts.append(glyph("╍╍╍", grey) + "&#160;" + text("uncertain or hedged (confidence below \(String(format: "%g", dashedBelow)))"))
            }
            if let weights {
                let range =
                    weights.lowerBound == weights.upperBound
                    ? GraphvizValue.measure(weights.lowerBound) : "\(GraphvizValue.measure(weights.lowerBound)) to \(GraphvizValue.measure(weights.upperBound))"
                let mode = weightMode.map { " (\($0))" } ?? ""
                parts.append(glyph("━━", grey, size: 7) + glyph("━━", grey, size: 16) + "&#160;" + text("width: weight\(mode), \(range)"))
            }
            if let state = kinds.first {
                let light = MapColor.blend(state.fill, state.border, 0.2), dark = MapColor.blend(state.fill, state.border, 0.6)
                parts.append(glyph("●", light, size: 12) + glyph("●", dark, size: 22) + "&#160;" + text("size and shade: \(sizeBy) (larger, darker: higher)"))
            }
            for k in kinds {
                parts.append(glyph("■", k.border, size: 16) + "&#160;" + text("\(k.kind): \(k.shape)"))
            }
            return "<tr><td align=\"left\" colspan=\"\(columns)\"><font color=\"\(grey)\">\(parts.joined(separator: gap))</font></td></tr>"
        }
    }
}
