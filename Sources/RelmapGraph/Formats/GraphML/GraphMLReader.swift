import Foundation
import RelmapCorpus

/// Reads GraphML (as written by relmap, networkx, Gephi or igraph): nodes with their `label` and
/// `kind` data, edges with `weight`, `type` (or `key`), `directed` and dates when present. Keys'
/// `<default>` values apply where an element has no data of its own.
///
/// The XML is read by ``XMLTree`` (no DTD, no entities, no recovery); numbers are checked by
/// ``NumberField``; nodes without edges are kept.
public enum GraphMLReader {
    /// The graph in GraphML `bytes`.
    public static func decode(_ bytes: Data, path: String) throws(GraphError) -> RelationGraph {
        let root = try XMLTree.parse(bytes, path: path).root
        guard root.name == "graphml" else {
            throw GraphError(path: path, line: root.line, reason: "not GraphML: the root element is <\(root.qualifiedName)>, not <graphml>")
        }
        // key id -> attribute name, and the defaults by element kind
        var keys: [String: String] = [:]
        var defaults: [String: [String: String]] = [:]
        for k in root.elements("key") {
            guard let id = k.attribute("id") else { continue }
            let name = k.attribute("attr.name") ?? id
            keys[id] = name
            if let d = k.elements("default").first { defaults[k.attribute("for") ?? "all", default: [:]][name] = d.allText }
        }
        guard let graphElement = root.elements("graph").first else {
            throw GraphError(path: path, line: root.line, reason: "not GraphML: no <graph> element")
        }
        let edgeDefault = graphElement.attribute("edgedefault") ?? "undirected"
        guard edgeDefault == "directed" || edgeDefault == "undirected" else {
            throw GraphError(path: path, line: graphElement.line, reason: "edgedefault \"\(NumberField.shown(edgeDefault))\" is not directed or undirected")
        }
        let defaultDirected = edgeDefault == "directed"
        // The defaults of each kind of element, merged once.
        let kindDefaults = ["node", "edge"].reduce(into: [String: [String: String]]()) { out, kind in
            out[kind] = (defaults["all"] ?? [:]).merging(defaults[kind] ?? [:]) { $1 }
        }
        func data(_ e: XMLTree.Element, kind: String) -> [String: String] {
            var out = kindDefaults[kind] ?? [:]
            for d in e.elements("data") {
                guard let key = d.attribute("key") else { continue }
                out[keys[key] ?? key] = d.allText
            }
            return out
        }
        var g = RelationGraph()
        for el in graphElement.elements("node") {
            guard let id = el.attribute("id") else { throw GraphError(path: path, line: el.line, reason: "a <node> has no id") }
            let d = data(el, kind: "node")
            guard g.nodeIndex(id) == nil else { throw GraphError.nodeListedTwice(id, path: path, line: el.line) }
            g.addNode(.init(id: id, label: d["label"], kind: d["kind"].map(ActorKind.init(rawValue:)) ?? .state, state: d["state"]))
        }
        for el in graphElement.elements("edge") {
            guard let s = el.attribute("source"), let t = el.attribute("target") else {
                throw GraphError(path: path, line: el.line, reason: "an <edge> lacks source or target")
            }
            let d = data(el, kind: "edge")
            var owner: String { "edge \(s) -> \(t)" }
            func number(_ field: NumberField, _ fallback: Double) throws(GraphError) -> Double {
                guard let text = d[field.name] else { return fallback }
                return try field.value(text, of: owner, path: path, line: el.line)
            }
            func flag(_ name: String) throws(GraphError) -> Bool? {
                guard let text = d[name] else { return nil }
                switch text.trimmingCharacters(in: .whitespaces).lowercased() {
                case "true", "1": return true
                case "false", "0": return false
                default:
                    throw GraphError(path: path, line: el.line, reason: "\(name) \"\(NumberField.shown(text))\" of \(owner) is not true or false")
                }
            }
            var directed = defaultDirected
            if let value = el.attribute("directed") {
                guard value == "true" || value == "false" else {
                    throw GraphError(path: path, line: el.line, reason: "directed=\"\(NumberField.shown(value))\" of \(owner) is not true or false")
                }
                directed = value == "true"
            }
            if let value = try flag("directed") { directed = value }
            if let value = try flag("symmetric") { directed = !value }
            let weight = try number(.weight, 1)
            let mentions = Int(try number(.mentions, 1)), articles = Int(try number(.articles, 1))
            let confidence = try number(.confidence, 1)
            let source = g.addNode(.init(id: s)), target = g.addNode(.init(id: t))
            g.edges.append(
                RelationGraph.Edge(
                    source: source, target: target, type: d["type"] ?? "relation", directed: directed, weight: weight,
                    mentions: mentions, articles: articles,
                    first: try DateField.first.value(d["first"], of: owner, path: path, line: el.line),
                    last: try DateField.last.value(d["last"], of: owner, path: path, line: el.line),
                    confidence: confidence, polarity: d["polarity"].map(Polarity.init(rawValue:))))
        }
        return try g.checkingNodeIDs(path: path).mergingParallelEdges(path: path)
    }
}
