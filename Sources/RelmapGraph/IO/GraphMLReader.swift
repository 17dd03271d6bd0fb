import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads GraphML (as written by relmap, networkx, Gephi or igraph): nodes with their `label` and
/// `kind` data, edges with `weight`, `type` (or `key`), `directed` and dates when present.
public enum GraphMLReader {
    /// The graph in GraphML `data`.
    public static func decode(_ bytes: Data, path: String) throws(GraphError) -> RelationGraph {
        let doc: XMLDocument
        do { doc = try XMLDocument(data: bytes) } catch {
            throw GraphError(path: path, reason: "not valid XML (\((error as NSError).localizedDescription))")
        }
        guard let root = doc.rootElement(), root.localName == "graphml" || root.name == "graphml" else {
            throw GraphError(path: path, reason: "not GraphML: the root element is not <graphml>")
        }
        func attr(_ e: XMLElement, _ name: String) -> String? {
            if let v = e.attribute(forName: name)?.stringValue { return v }
            return e.attributes?.first { $0.localName == name || $0.name == name }?.stringValue
        }
        // key id -> attribute name
        var keys: [String: String] = [:]
        for k in root.elements(forName: "key") + root.elements(forLocalName: "key", uri: root.uri ?? "") {
            if let id = attr(k, "id") { keys[id] = attr(k, "attr.name") ?? id }
        }
        guard let graphElement = (root.elements(forName: "graph") + root.elements(forLocalName: "graph", uri: root.uri ?? "")).first else {
            throw GraphError(path: path, reason: "no <graph> element")
        }
        let defaultDirected = attr(graphElement, "edgedefault") == "directed"
        func data(_ e: XMLElement) -> [String: String] {
            var out: [String: String] = [:]
            for d in e.children ?? [] {
                guard let el = d as? XMLElement, el.localName == "data", let key = attr(el, "key") else { continue }
                out[keys[key] ?? key] = el.stringValue ?? ""
            }
            return out
        }
        var g = RelationGraph()
        for child in graphElement.children ?? [] {
            guard let el = child as? XMLElement, el.localName == "node" else { continue }
            guard let id = attr(el, "id") else { throw GraphError(path: path, reason: "a node has no id") }
            let d = data(el)
            g.addNode(.init(id: id, label: d["label"], kind: d["kind"] ?? "state", state: d["state"]))
        }
        for child in graphElement.children ?? [] {
            guard let el = child as? XMLElement, el.localName == "edge" else { continue }
            guard let s = attr(el, "source"), let t = attr(el, "target") else {
                throw GraphError(path: path, reason: "an edge lacks source or target")
            }
            let d = data(el)
            let weight = d["weight"].flatMap(Double.init) ?? 1
            guard weight.isFinite, weight >= 0 else { throw GraphError(path: path, reason: "edge \(s) -> \(t) has an invalid weight") }
            var directed = defaultDirected
            if let value = attr(el, "directed") { directed = value == "true" }
            if let value = d["directed"] { directed = value == "true" || value == "1" }
            if let value = d["symmetric"] { directed = !(value == "true" || value == "1") }
            let source = g.addNode(.init(id: s)), target = g.addNode(.init(id: t))
            let mentions = d["mentions"].flatMap { Int($0) } ?? 1
            let articles = d["articles"].flatMap { Int($0) } ?? 1
            let first: String? = d["first"].flatMap { $0.isEmpty ? nil : $0 }
            let last: String? = d["last"].flatMap { $0.isEmpty ? nil : $0 }
            let confidence = d["confidence"].flatMap { Double($0) } ?? 1
            let type = d["type"] ?? "relation"
            g.edges.append(RelationGraph.Edge(source: source, target: target, type: type, directed: directed, weight: weight,
                                              mentions: mentions, articles: articles, first: first, last: last,
                                              confidence: confidence, polarity: d["polarity"]))
        }
        return g
    }
}
