import Foundation
import RelmapCorpus

/// The graph as JSON in networkx's node-link form, loadable with
/// `networkx.node_link_graph(json.load(f))`: a directed multigraph whose edges are keyed by type.
/// Symmetric relations carry `"directed": false`. Each edge lists every mention it keeps
/// (`evidence`: article, sentence and trigger, with the sentence's text for the first few) and
/// counts in `evidence_omitted` the mentions whose sentence it does not give.
public enum GraphJSON {
    /// The JSON text of `graph`.
    public static func encode(_ graph: RelationGraph) -> String {
        var graphAttrs: [(String, JSONText.Value)] = [("generator", .string("relmap"))]
        for k in graph.attributes.keys.sorted() { graphAttrs.append((k, .string(graph.attributes[k] ?? ""))) }
        let nodes: [JSONText.Value] = graph.nodes.map { n in
            var f: [(String, JSONText.Value)] = [("id", .string(n.id)), ("label", .string(n.label)), ("kind", .string(n.kind.rawValue))]
            if let s = n.state { f.append(("state", .string(s))) }
            return .object(f)
        }
        let edges: [JSONText.Value] = graph.edges.map { e in
            var f: [(String, JSONText.Value)] = [
                ("source", .string(graph.nodes[e.source].id)), ("target", .string(graph.nodes[e.target].id)),
                ("key", .string(e.type)), ("type", .string(e.type)), ("directed", .bool(e.directed)),
                ("weight", .number(e.weight)), ("mentions", .int(e.mentions)), ("articles", .int(e.articles)),
                ("first", e.first.map { .string($0.description) } ?? .null), ("last", e.last.map { .string($0.description) } ?? .null),
                ("confidence", .number(e.confidence))
            ]
            if let p = e.polarity { f.append(("polarity", .string(p.rawValue))) }
            f.append(
                (
                    "evidence",
                    .array(
                        e.evidence.map { ev in
                            var ef: [(String, JSONText.Value)] = [
                                ("article", .string(ev.article)), ("sentence", .int(ev.sentence)),
                                ("trigger", .string(ev.trigger))
                            ]
                            if let t = ev.text { ef.append(("text", .string(t))) }
                            return .object(ef)
                        })
                ))
            f.append(("evidence_omitted", .int(e.evidenceOmitted)))
            return .object(f)
        }
        return JSONText.render(
            .object([
                ("directed", .bool(true)), ("multigraph", .bool(true)), ("graph", .object(graphAttrs)),
                ("nodes", .array(nodes)), ("edges", .array(edges))
            ]), indent: 1) + "\n"
    }

    /// Reads a node-link JSON graph (relmap's own, or one written by `networkx.node_link_data`;
    /// `links` is read as well as `edges`). Every field is checked for its type and range: a
    /// string where a number belongs, a number out of range or a non-boolean `directed` is a
    /// ``GraphError`` naming the node or edge; nodes without edges are kept. An edge's
    /// `evidence_omitted` (the mentions it counts without listing their sentence) is read back
    /// into its mentions when the file gives fewer.
    ///
    /// Read by relmap's own strict JSON reader (``JSONScanner``) straight from the bytes, at tens
    /// of megabytes a second: a syntax error names its line and column.
    public static func decode(_ data: Data, path: String) throws(GraphError) -> RelationGraph {
        guard String(validating: data, as: UTF8.self) != nil else {
            throw GraphError(path: path, reason: "not UTF-8 text: convert the file to UTF-8 (iconv -t UTF-8)")
        }
        return try data.withUnsafeBytes { raw in
            Result { () throws(GraphError) in
                var reader = GraphJSONReader(path: path)
                return try reader.read(raw.bindMemory(to: UInt8.self))
            }
        }.get()
    }
}
