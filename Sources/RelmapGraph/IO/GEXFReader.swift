import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads GEXF (1.2 and 1.3, as written by relmap or Gephi): nodes with labels, edges with weight,
/// direction, time interval (start, end) and relmap's attributes when present.
public enum GEXFReader {
    /// The graph in GEXF `bytes`.
    public static func decode(_ bytes: Data, path: String) throws(GraphError) -> RelationGraph {
        let doc: XMLDocument
        do { doc = try XMLDocument(data: bytes) } catch {
            throw GraphError(path: path, reason: "not valid XML (\((error as NSError).localizedDescription))")
        }
        guard let root = doc.rootElement(), root.localName == "gexf" else {
            throw GraphError(path: path, reason: "not GEXF: the root element is not <gexf>")
        }
        func children(_ e: XMLElement, _ name: String) -> [XMLElement] {
            (e.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName == name }
        }
        func attr(_ e: XMLElement, _ name: String) -> String? {
            e.attribute(forName: name)?.stringValue ?? e.attributes?.first { $0.localName == name }?.stringValue
        }
        guard let graphElement = children(root, "graph").first else { throw GraphError(path: path, reason: "no <graph> element") }
        let defaultDirected = (attr(graphElement, "defaultedgetype") ?? "directed") != "undirected"
        // attribute id -> title, per class
        var titles: [String: String] = [:]
        for block in children(graphElement, "attributes") {
            for a in children(block, "attribute") {
                if let id = attr(a, "id") { titles[(attr(block, "class") ?? "") + ":" + id] = attr(a, "title") ?? id }
            }
        }
        func values(_ e: XMLElement, _ cls: String) -> [String: String] {
            var out: [String: String] = [:]
            for list in children(e, "attvalues") {
                for v in children(list, "attvalue") {
                    guard let key = attr(v, "for") ?? attr(v, "id"), let value = attr(v, "value") else { continue }
                    out[titles[cls + ":" + key] ?? key] = value
                }
            }
            return out
        }
        var g = RelationGraph()
        for block in children(graphElement, "nodes") {
            for n in children(block, "node") {
                guard let id = attr(n, "id") else { throw GraphError(path: path, reason: "a node has no id") }
                let v = values(n, "node")
                g.addNode(.init(id: id, label: attr(n, "label"), kind: v["kind"] ?? "state", state: v["state"]))
            }
        }
        for block in children(graphElement, "edges") {
            for e in children(block, "edge") {
                guard let s = attr(e, "source"), let t = attr(e, "target") else { throw GraphError(path: path, reason: "an edge lacks source or target") }
                let v = values(e, "edge")
                let weight = attr(e, "weight").flatMap { Double($0) } ?? 1
                guard weight.isFinite, weight >= 0 else { throw GraphError(path: path, reason: "edge \(s) -> \(t) has an invalid weight") }
                let type = v["relation"] ?? attr(e, "label") ?? "relation"
                let directed = attr(e, "type").map { $0 == "directed" } ?? defaultDirected
                let source = g.addNode(.init(id: s)), target = g.addNode(.init(id: t))
                g.edges.append(RelationGraph.Edge(
                    source: source, target: target, type: type, directed: directed, weight: weight,
                    mentions: v["mentions"].flatMap { Int($0) } ?? 1, articles: v["articles"].flatMap { Int($0) } ?? 1,
                    first: attr(e, "start"), last: attr(e, "end"), confidence: v["confidence"].flatMap { Double($0) } ?? 1,
                    polarity: v["polarity"]))
            }
        }
        return g
    }
}
