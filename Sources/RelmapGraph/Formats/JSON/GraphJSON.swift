import Foundation
import RelmapCorpus

/// The graph as JSON in networkx's node-link form, loadable with
/// `networkx.node_link_graph(json.load(f))`: a directed multigraph whose edges are keyed by type.
/// Symmetric relations carry `"directed": false`.
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
    /// ``GraphError`` naming the node or edge; nodes without edges are kept.
    public static func decode(_ data: Data, path: String) throws(GraphError) -> RelationGraph {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            throw syntaxError(error, data: data, path: path)
        }
        guard let obj = root as? [String: Any] else { throw GraphError(path: path, reason: "expected a JSON object with \"nodes\" and \"edges\"") }
        guard let nodes = obj["nodes"] as? [Any] else { throw GraphError(path: path, reason: "missing \"nodes\" list: not a node-link graph") }
        let edgeList = obj["edges"] ?? obj["links"] ?? []
        guard let edges = edgeList as? [Any] else { throw GraphError(path: path, reason: "\"edges\" is not a list") }
        let field = JSONField(path: path)
        let graphDirected = try field.bool(obj["directed"], "directed", of: "the graph") ?? false
        var g = RelationGraph()
        if let attrs = obj["graph"] as? [String: Any] {
            for (k, v) in attrs where k != "generator" { g.attributes[k] = "\(v)" }
        }
        for (i, item) in nodes.enumerated() {
            let owner = "node \(i + 1)"
            guard let n = item as? [String: Any] else { throw GraphError(path: path, reason: "\(owner) is not a JSON object") }
            guard let id = try field.id(n["id"], "id", of: owner) else { throw GraphError(path: path, reason: "\(owner) has no \"id\"") }
            guard g.nodeIndex(id) == nil else { throw GraphError.nodeListedTwice(id, path: path, line: nil) }
            g.addNode(
                .init(
                    id: id, label: try field.id(n["label"], "label", of: owner), kind: try field.string(n["kind"], "kind", of: owner).map(ActorKind.init(rawValue:)) ?? .state,
                    state: try field.string(n["state"], "state", of: owner)))
        }
        for (i, item) in edges.enumerated() {
            guard let e = item as? [String: Any] else { throw GraphError(path: path, reason: "edge \(i + 1) is not a JSON object") }
            guard let s = try field.id(e["source"], "source", of: "edge \(i + 1)"), let t = try field.id(e["target"], "target", of: "edge \(i + 1)") else {
                throw GraphError(path: path, reason: "edge \(i + 1) needs \"source\" and \"target\"")
            }
            let owner = "edge \(i + 1) (\(s) -> \(t))"
            let si = g.addNode(.init(id: s)), ti = g.addNode(.init(id: t))
            var evidence: [RelationGraph.Evidence] = []
            if let list = e["evidence"], !(list is NSNull) {
                guard let items = list as? [Any] else { throw GraphError(path: path, reason: "evidence of \(owner) is not a list") }
                for item in items {
                    guard let ev = item as? [String: Any] else { throw GraphError(path: path, reason: "evidence of \(owner) holds something other than objects") }
                    evidence.append(
                        RelationGraph.Evidence(
                            article: try field.id(ev["article"], "article", of: owner) ?? "",
                            sentence: Int(try field.number(ev["sentence"], .sentence, of: owner) ?? 0),
                            trigger: try field.string(ev["trigger"], "trigger", of: owner) ?? "", text: try field.string(ev["text"], "text", of: owner)))
                }
            }
            let type = try field.id(e["type"], "type", of: owner), key = try field.id(e["key"], "key", of: owner)
            g.edges.append(
                .init(
                    source: si, target: ti, type: type ?? key ?? "relation",
                    directed: try field.bool(e["directed"], "directed", of: owner) ?? graphDirected,
                    weight: try field.number(e["weight"], .weight, of: owner) ?? 1,
                    mentions: Int(try field.number(e["mentions"], .mentions, of: owner) ?? 1),
                    articles: Int(try field.number(e["articles"], .articles, of: owner) ?? 1),
                    first: try DateField.first.value(try field.string(e["first"], "first", of: owner), of: owner, path: path),
                    last: try DateField.last.value(try field.string(e["last"], "last", of: owner), of: owner, path: path),
                    confidence: try field.number(e["confidence"], .confidence, of: owner) ?? 1,
                    polarity: try field.string(e["polarity"], "polarity", of: owner).map(Polarity.init(rawValue:)),
                    evidence: evidence))
        }
        return try g.checkingNodeIDs(path: path).mergingParallelEdges(path: path)
    }

    /// JSONSerialization's complaint as one line with the line and column it points at.
    private static func syntaxError(_ error: Error, data: Data, path: String) -> GraphError {
        let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "not valid JSON"
        guard let r = detail.range(of: "around character "),
            let offset = Int(detail[r.upperBound...].prefix { $0.isNumber })
        else {
            return GraphError(path: path, reason: "not valid JSON: \(detail.trimmingCharacters(in: CharacterSet(charactersIn: ".")))")
        }
        let before = Array(data.prefix(offset))
        let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let column = offset - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
        let what = detail[..<r.lowerBound].trimmingCharacters(in: .whitespaces).lowercased()
        return GraphError(path: path, line: line, column: column, reason: "not valid JSON: \(what.isEmpty ? "unexpected text" : what) here")
    }
}
