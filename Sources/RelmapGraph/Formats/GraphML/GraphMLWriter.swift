/// Writes GraphML with typed attributes (networkx `read_graphml`, Gephi, yEd, igraph read it).
///
/// A directed graph whose symmetric edges carry `symmetric` true (networkx refuses
/// `directed="false"` edges in a directed graph); edge attributes: type, weight
/// (double), mentions and articles (int), first and last (ISO dates), confidence (double),
/// polarity; node attributes: label, kind, state. The edge id is `source-target-type` (networkx
/// reads it as the multigraph key), with `%` and `-` inside the names written `%25` and `%2D` so
/// that two edges never share an id; an edge of a pair and type met again (one directed, one not)
/// gets `-2`, `-3`, ... after it. Every value is escaped; a control character XML cannot hold
/// (NUL among them) is an ``ExportError``.
public enum GraphMLWriter {
    /// The GraphML text of `graph`.
    public static func encode(_ graph: RelationGraph) throws(ExportError) -> String {
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
              <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>

            """
        out += "  <graph id=\"relmap\" edgedefault=\"directed\">\n"
        func esc(_ s: String, _ field: @autoclosure () -> String) throws(ExportError) -> String {
            try XMLText.escape(s, field(), format: "GraphML")
        }
        func data(_ key: String, _ value: String, of owner: @autoclosure () -> String) throws(ExportError) -> String {
            "<data key=\"\(key)\">\(try esc(value, "the \(key) of \(owner())"))</data>"
        }
        for n in graph.nodes {
            let owner = "node \(ExportError.shown(n.id))"
            out += "    <node id=\"\(try esc(n.id, "a node id"))\">" + (try data("label", n.label, of: owner)) + (try data("kind", n.kind.rawValue, of: owner))
            if let s = n.state { out += try data("state", s, of: owner) }
            out += "</node>\n"
        }
        var ids: Set<String> = []
        for e in graph.edges {
            let s = graph.nodes[e.source].id, t = graph.nodes[e.target].id
            let id = uniqueID(s, t, e.type, taken: &ids)
            let owner = "edge \(ExportError.shown(s)) -> \(ExportError.shown(t))"
            out += "    <edge id=\"\(try esc(id, "an edge id"))\" source=\"\(try esc(s, "a node id"))\" target=\"\(try esc(t, "a node id"))\""
            out +=
                ">" + (try data("type", e.type, of: owner)) + (try data("weight", JSONText.number(e.weight), of: owner))
                + (try data("mentions", String(e.mentions), of: owner)) + (try data("articles", String(e.articles), of: owner))
            if let f = e.first { out += try data("first", f.description, of: owner) }
            if let l = e.last { out += try data("last", l.description, of: owner) }
            out += try data("confidence", JSONText.number(e.confidence), of: owner)
            if let p = e.polarity { out += try data("polarity", p.rawValue, of: owner) }
            out += try data("symmetric", e.directed ? "false" : "true", of: owner)
            if let evidence = EvidenceText.of(e) { out += try data("evidence", evidence, of: owner) }
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// `source-target-type` with the dashes and percent signs of the names escaped, and a number
    /// after it when an earlier edge has that id.
    static func uniqueID(_ source: String, _ target: String, _ type: String, taken: inout Set<String>) -> String {
        func part(_ s: String) -> String {
            s.contains(where: { $0 == "-" || $0 == "%" }) ? s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "-", with: "%2D") : s
        }
        let base = part(source) + "-" + part(target) + "-" + part(type)
        var id = base, n = 1
        while !taken.insert(id).inserted {
            n += 1
            id = base + "-\(n)"
        }
        return id
    }
}
