import RelmapGraph

/// The legend of a map: one entry a relation type drawn, in the order the style file lists the
/// types (``MapStyle/typeOrder``), types it does not list after them in alphabetical order, each
/// in its colour (a type of the user's own takes one of ``MapStyle/palette``); or the entries
/// ``MapOptions/legend`` gives (diff maps). Under them, a key of what the other marks mean
/// (``MapLegend/Key``): dashes, line widths, node size and shade, and the shapes of the kinds drawn.
public struct MapLegend: Sendable, Equatable {
    /// One entry: a line in a colour and what it means.
    public struct Entry: Sendable, Equatable {
        /// What the line means.
        public var label: String
        /// Its Graphviz colour.
        public var color: String
        /// Whether the line ends in an arrow (a directed type).
        public var directed: Bool
    }

    /// The entries, in order.
    public var entries: [Entry]
    /// Columns the header's title and caption span: the number of relation types drawn, at least 1.
    public var columns: Int
    /// Whether the entries are ``MapOptions/legend``'s (a row is drawn for them even when empty).
    public var given: Bool
    /// What dashes, widths, sizes, shades and shapes mean on this map.
    public var key: Key

    /// The legend of `graph` drawn with `options` and `style`.
    public init(_ graph: RelationGraph, options: MapOptions, style: MapStyle) {
        let present = Set(graph.edges.map(\.type))
        let listed = style.typeOrder.filter(present.contains)
        let types = listed + present.subtracting(listed).sorted()
        let looks = style.styles(ofTypes: present)
        columns = max(1, types.count)
        given = options.legend != nil
        if let legend = options.legend {
            entries = legend.map { Entry(label: $0.0, color: $0.1, directed: false) }
        } else {
            entries = types.map { t in
                let s = looks[t] ?? style.style(ofType: t)
                return Entry(label: s.label, color: s.color, directed: graph.edges.first { $0.type == t }?.directed ?? true)
            }
        }
        key = Key(graph, options: options, style: style)
    }

    /// The map's header as a Graphviz HTML label: `title`, `caption`, the legend's entries and
    /// its key, a row each.
    public func header(title: String?, caption: String?, style: MapStyle) -> String {
        var rows = ""
        if let title {
            rows += "<tr><td align=\"left\" colspan=\"\(columns)\"><font point-size=\"\(GraphvizValue.number(style.titleFontsize))\"><b>\(GraphvizValue.html(title))</b></font></td></tr>"
        }
        if let caption {
            rows += "<tr><td align=\"left\" colspan=\"\(columns)\"><font color=\"#495057\">\(GraphvizValue.html(caption))</font></td></tr>"
        }
        if given || !entries.isEmpty {
            rows += "<tr>"
            for e in entries {
                rows += "<td align=\"left\"><font color=\"\(GraphvizValue.html(e.color))\">\(e.directed ? "━━▶" : "━━━")</font>&#160;\(GraphvizValue.html(e.label))&#160;&#160;</td>"
            }
            rows += "</tr>"
        }
        rows += key.row(columns: columns, style: style)
        if rows.isEmpty { rows = "<tr><td> </td></tr>" }
        return "<table border=\"0\" cellspacing=\"4\" cellpadding=\"1\">\(rows)</table>"
    }
}
