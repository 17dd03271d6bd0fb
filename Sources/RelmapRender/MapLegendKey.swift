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

        /// The key as one row of the header's table (empty when the map draws nothing).
        func row(columns: Int, style: MapStyle) -> String {
            guard weights != nil || !kinds.isEmpty else { return "" }
            let grey = "#495057"
            func text(_ s: String) -> String { "<font color=\"\(grey)\">\(GraphvizValue.html(s))</font>" }
            func swatch(_ fill: String, _ border: String, width: Int, height: Int) -> String {
                "<td bgcolor=\"\(GraphvizValue.html(fill))\" color=\"\(GraphvizValue.html(border))\" border=\"1\" width=\"\(width)\" height=\"\(height)\" fixedsize=\"true\"></td>"
            }
            var cells: [String] = []
            if let dashedBelow {
                cells.append("<td><font color=\"\(grey)\">╍╍╍</font></td><td align=\"left\">\(text("uncertain or hedged (confidence below \(String(format: "%g", dashedBelow)))"))&#160;&#160;</td>")
            }
            if let weights {
                let range =
                    weights.lowerBound == weights.upperBound
                    ? GraphvizValue.measure(weights.lowerBound) : "\(GraphvizValue.measure(weights.lowerBound)) to \(GraphvizValue.measure(weights.upperBound))"
                let mode = weightMode.map { " (\($0))" } ?? ""
                cells.append(
                    "<td><font color=\"\(grey)\" point-size=\"7\">━━</font><font color=\"\(grey)\" point-size=\"16\">━━</font></td><td align=\"left\">\(text("width: weight\(mode), \(range)"))&#160;&#160;</td>"
                )
            }
            if let state = kinds.first {
                let light = MapColor.blend(state.fill, state.border, 0), dark = MapColor.blend(state.fill, state.border, 0.45)
                cells.append(
                    swatch(light, state.border, width: 10, height: 8) + swatch(dark, state.border, width: 18, height: 12)
                        + "<td align=\"left\">\(text("size and shade: \(sizeBy) (larger, darker: higher)"))&#160;&#160;</td>")
            }
            for k in kinds {
                cells.append(swatch(k.fill, k.border, width: 14, height: 10) + "<td align=\"left\">\(text("\(k.kind): \(k.shape)"))&#160;&#160;</td>")
            }
            let inner = "<table border=\"0\" cellspacing=\"2\" cellpadding=\"1\" align=\"left\"><tr>\(cells.joined())</tr></table>"
            return "<tr><td align=\"left\" colspan=\"\(columns)\">\(inner)</td></tr>"
        }
    }
}
