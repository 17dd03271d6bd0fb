import Foundation

/// The graph as JSON in networkx's node-link form, loadable with
/// `networkx.node_link_graph(json.load(f))`: a directed multigraph whose edges are keyed by type.
/// Symmetric relations carry `"directed": false`.
public enum GraphJSON {
    /// The JSON text of `graph`.
    public static func encode(_ graph: RelationGraph) -> String {
        var graphAttrs: [(String, JSONText.Value)] = [("generator", .string("relmap"))]
        for k in graph.attributes.keys.sorted() { graphAttrs.append((k, .string(graph.attributes[k] ?? ""))) }
        let nodes: [JSONText.Value] = graph.nodes.map { n in
            var f: [(String, JSONText.Value)] = [("id", .string(n.id)), ("label", .string(n.label)), ("kind", .string(n.kind))]
            if let s = n.state { f.append(("state", .string(s))) }
            return .object(f)
        }
        let edges: [JSONText.Value] = graph.edges.map { e in
            var f: [(String, JSONText.Value)] = [
                ("source", .string(graph.nodes[e.source].id)), ("target", .string(graph.nodes[e.target].id)),
                ("key", .string(e.type)), ("type", .string(e.type)), ("directed", .bool(e.directed)),
                ("weight", .number(e.weight)), ("mentions", .int(e.mentions)), ("articles", .int(e.articles)),
                ("first", e.first.map { .string($0) } ?? .null), ("last", e.last.map { .string($0) } ?? .null),
                ("confidence", .number(e.confidence)),
            ]
            if let p = e.polarity { f.append(("polarity", .string(p))) }
            f.append(("evidence", .array(e.evidence.map { ev in
                var ef: [(String, JSONText.Value)] = [("article", .string(ev.article)), ("sentence", .int(ev.sentence)),
                                                      ("trigger", .string(ev.trigger))]
                if let t = ev.text { ef.append(("text", .string(t))) }
                return .object(ef)
            })))
            return .object(f)
        }
        return JSONText.render(.object([
            ("directed", .bool(true)), ("multigraph", .bool(true)), ("graph", .object(graphAttrs)),
            ("nodes", .array(nodes)), ("edges", .array(edges)),
        ]), indent: 1) + "\n"
    }

    /// Reads a node-link JSON graph (relmap's own, or one written by `networkx.node_link_data`;
    /// `links` is read as well as `edges`).
    public static func decode(_ data: Data, path: String) throws(GraphError) -> RelationGraph {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            throw GraphError(path: path, reason: "not valid JSON (\((error as NSError).localizedDescription))")
        }
        guard let obj = root as? [String: Any] else { throw GraphError(path: path, reason: "expected a JSON object with \"nodes\" and \"edges\"") }
        guard let nodes = obj["nodes"] as? [[String: Any]] else { throw GraphError(path: path, reason: "missing \"nodes\" list: not a node-link graph") }
        let edges = (obj["edges"] ?? obj["links"]) as? [[String: Any]] ?? []
        let graphDirected = obj["directed"] as? Bool ?? false
        var g = RelationGraph()
        if let attrs = obj["graph"] as? [String: Any] {
            for (k, v) in attrs where k != "generator" { g.attributes[k] = "\(v)" }
        }
        func text(_ v: Any?) -> String? {
            if let s = v as? String { return s }
            if let n = v as? NSNumber { return n.stringValue }
            return nil
        }
        for (i, n) in nodes.enumerated() {
            guard let id = text(n["id"]) else { throw GraphError(path: path, reason: "node \(i + 1) has no \"id\"") }
            g.addNode(.init(id: id, label: n["label"] as? String, kind: n["kind"] as? String ?? "state", state: n["state"] as? String))
        }
        for (i, e) in edges.enumerated() {
            guard let s = text(e["source"]), let t = text(e["target"]) else {
                throw GraphError(path: path, reason: "edge \(i + 1) needs \"source\" and \"target\"")
            }
            let si = g.addNode(.init(id: s)), ti = g.addNode(.init(id: t))
            let weight = (e["weight"] as? NSNumber)?.doubleValue ?? 1
            guard weight.isFinite, weight >= 0 else { throw GraphError(path: path, reason: "edge \(i + 1) has a negative or invalid weight") }
            let evidence = (e["evidence"] as? [[String: Any]] ?? []).map {
                RelationGraph.Evidence(article: text($0["article"]) ?? "", sentence: ($0["sentence"] as? NSNumber)?.intValue ?? 0,
                                       trigger: $0["trigger"] as? String ?? "", text: $0["text"] as? String)
            }
            g.edges.append(.init(
                source: si, target: ti, type: text(e["type"]) ?? text(e["key"]) ?? "relation",
                directed: e["directed"] as? Bool ?? graphDirected, weight: weight,
                mentions: (e["mentions"] as? NSNumber)?.intValue ?? 1, articles: (e["articles"] as? NSNumber)?.intValue ?? 1,
                first: e["first"] as? String, last: e["last"] as? String,
                confidence: (e["confidence"] as? NSNumber)?.doubleValue ?? 1, polarity: e["polarity"] as? String,
                evidence: evidence))
        }
        return g
    }
}
