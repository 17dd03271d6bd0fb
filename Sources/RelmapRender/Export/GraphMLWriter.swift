import RelmapGraph

/// Writes GraphML with typed attributes (networkx `read_graphml`, Gephi, yEd, igraph read it).
///
/// A directed graph whose symmetric edges carry `symmetric` true (networkx refuses
/// `directed="false"` edges in a directed graph); edge attributes: type, weight
/// (double), mentions and articles (int), first and last (ISO dates), confidence (double),
/// polarity; node attributes: label, kind, state. The edge id is `source-target-type`, and networkx
/// reads it as the multigraph key.
public enum GraphMLWriter {
    /// The GraphML text of `graph`.
    public static func encode(_ graph: RelationGraph) -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="label" for="node" attr.name="label" attr.type="string"/>
          <key id="kind" for="node" attr.name="kind" attr.type="string"/>
          <key id="state" for="node" attr.name="state" attr.type="string"/>
          <key id="type" for="edge" attr.name="type" attr.type="string"/>
          <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
          <key id="mentions" for="edge" attr.name="mentions" attr.type="int"/>
          <key id="articles" for="edge" attr.name="articles" attr.type="int"/>
          <key id="first" for="edge" attr.name="first" attr.type="string"/>
          <key id="last" for="edge" attr.name="last" attr.type="string"/>
          <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
          <key id="polarity" for="edge" attr.name="polarity" attr.type="string"/>
          <key id="symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>

        """
        out += "  <graph id=\"relmap\" edgedefault=\"directed\">\n"
        func data(_ key: String, _ value: String) -> String { "<data key=\"\(key)\">\(XMLText.escape(value))</data>" }
        for n in graph.nodes {
            out += "    <node id=\"\(XMLText.escape(n.id))\">" + data("label", n.label) + data("kind", n.kind)
            if let s = n.state { out += data("state", s) }
            out += "</node>\n"
        }
        for e in graph.edges {
            let s = graph.nodes[e.source].id, t = graph.nodes[e.target].id
            out += "    <edge id=\"\(XMLText.escape("\(s)-\(t)-\(e.type)"))\" source=\"\(XMLText.escape(s))\" target=\"\(XMLText.escape(t))\""
            out += ">" + data("type", e.type) + data("weight", JSONText.number(e.weight))
                + data("mentions", String(e.mentions)) + data("articles", String(e.articles))
            if let f = e.first { out += data("first", f) }
            if let l = e.last { out += data("last", l) }
            out += data("confidence", JSONText.number(e.confidence))
            if let p = e.polarity { out += data("polarity", p) }
            out += data("symmetric", e.directed ? "false" : "true")
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
