import RelmapCorpus

/// Writes GEXF 1.3 for Gephi: a dynamic graph in which each edge lives from its first to its last
/// date, so that Gephi's timeline plays the corpus; each node lives from its first edge to its last.
///
/// Edges of symmetric types are `type="mutual"` (GEXF's two-way edge; Gephi draws them without a
/// direction and networkx, which refuses undirected edges in a directed graph, reads them);
/// attributes: relation type (also as `networkx_key`, so networkx keys edges by type as in the
/// JSON export), mentions, articles, confidence, polarity; the weight is GEXF's own `weight`.
/// Every attribute is escaped; a control character XML cannot hold (NUL among them) is an
/// ``ExportError``.
public enum GEXFWriter {
    /// The GEXF text of `graph`.
    public static func encode(_ graph: RelationGraph) throws(ExportError) -> String {
        var spans = [(Day?, Day?)](repeating: (nil, nil), count: graph.nodes.count)
        for e in graph.edges {
            for i in [e.source, e.target] {
                if let f = e.first, spans[i].0.map({ f < $0 }) ?? true { spans[i].0 = f }
                if let l = e.last, spans[i].1.map({ l > $0 }) ?? true { spans[i].1 = l }
            }
        }
        func esc(_ s: String, _ field: @autoclosure () -> String) throws(ExportError) -> String {
            try XMLText.escape(s, field(), format: "GEXF")
        }
        func span(_ start: Day?, _ end: Day?) throws(ExportError) -> String {
            // A day is digits and hyphens: nothing to escape.
            var s = ""
            if let start { s += " start=\"\(start)\"" }
            if let end { s += " end=\"\(end)\"" }
            return s
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>relmap</creator>
                <description>Relations between political actors</description>
              </meta>
              <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
                <attributes class="node" mode="static">
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="state" title="state" type="string"/>
                </attributes>
                <attributes class="edge" mode="static">
                  <attribute id="relation" title="relation" type="string"/>
                  <attribute id="mentions" title="mentions" type="integer"/>
                  <attribute id="articles" title="articles" type="integer"/>
                  <attribute id="confidence" title="confidence" type="double"/>
                  <attribute id="polarity" title="polarity" type="string"/>
                  <attribute id="networkx_key" title="networkx_key" type="string"/>
                  <attribute id="evidence" title="evidence" type="string"/>
                </attributes>
                <nodes>

            """
        for (i, n) in graph.nodes.enumerated() {
            let owner = "node \(ExportError.shown(n.id))"
            out += "      <node id=\"\(try esc(n.id, "a node id"))\" label=\"\(try esc(n.label, "the label of \(owner)"))\"\(try span(spans[i].0, spans[i].1))>"
            out += "<attvalues><attvalue for=\"kind\" value=\"\(try esc(n.kind.rawValue, "the kind of \(owner)"))\"/>"
            if let s = n.state { out += "<attvalue for=\"state\" value=\"\(try esc(s, "the state of \(owner)"))\"/>" }
            out += "</attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, e) in graph.edges.enumerated() {
            let s = graph.nodes[e.source].id, t = graph.nodes[e.target].id
            let owner = "edge \(ExportError.shown(s)) -> \(ExportError.shown(t))"
            let type = try esc(e.type, "the type of \(owner)")
            out += "      <edge id=\"e\(i)\" source=\"\(try esc(s, "a node id"))\" target=\"\(try esc(t, "a node id"))\""
            out += " type=\"\(e.directed ? "directed" : "mutual")\" label=\"\(type)\""
            out += " weight=\"\(JSONText.number(e.weight))\"\(try span(e.first, e.last))>"
            out += "<attvalues><attvalue for=\"relation\" value=\"\(type)\"/>"
            out += "<attvalue for=\"mentions\" value=\"\(e.mentions)\"/><attvalue for=\"articles\" value=\"\(e.articles)\"/>"
            out += "<attvalue for=\"confidence\" value=\"\(JSONText.number(e.confidence))\"/>"
            if let p = e.polarity { out += "<attvalue for=\"polarity\" value=\"\(try esc(p.rawValue, "the polarity of \(owner)"))\"/>" }
            out += "<attvalue for=\"networkx_key\" value=\"\(type)\"/>"
            if let evidence = EvidenceText.of(e) {
                out += "<attvalue for=\"evidence\" value=\"\(try esc(evidence, "the evidence of \(owner)"))\"/>"
            }
            out += "</attvalues></edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
