import Foundation
import RelmapCorpus

/// Reads GEXF (1.2 and 1.3, as written by relmap or Gephi): nodes with labels, edges with weight,
/// direction, time interval (start, end) and relmap's attributes when present.
///
/// The XML is read by ``XMLTree`` (no DTD, no entities, no recovery); numbers are checked by
/// ``NumberField``; nodes without edges are kept.
public enum GEXFReader {
    /// The graph in GEXF `bytes`.
    public static func decode(_ bytes: Data, path: String) throws(GraphError) -> RelationGraph {
        let root = try XMLTree.parse(bytes, path: path).root
        guard root.name == "gexf" else {
            throw GraphError(path: path, line: root.line, reason: "not GEXF: the root element is <\(root.qualifiedName)>, not <gexf>")
        }
        guard let graphElement = root.elements("graph").first else {
            throw GraphError(path: path, line: root.line, reason: "not GEXF: no <graph> element")
        }
        let edgeType = graphElement.attribute("defaultedgetype") ?? "directed"
        guard ["directed", "undirected", "mutual"].contains(edgeType) else {
            throw GraphError(path: path, line: graphElement.line, reason: "defaultedgetype \"\(NumberField.shown(edgeType))\" is not directed, undirected or mutual")
        }
        let defaultDirected = edgeType == "directed"
        // attribute id -> title, per class
        var titles: [String: String] = [:]
        for block in graphElement.elements("attributes") {
            for a in block.elements("attribute") {
                if let id = a.attribute("id") { titles[(block.attribute("class") ?? "") + ":" + id] = a.attribute("title") ?? id }
            }
        }
        func values(_ e: XMLTree.Element, _ cls: String) -> [String: String] {
            var out: [String: String] = [:]
            for list in e.elements("attvalues") {
                for v in list.elements("attvalue") {
                    guard let key = v.attribute("for") ?? v.attribute("id"), let value = v.attribute("value") else { continue }
                    out[titles[cls + ":" + key] ?? key] = value
                }
            }
            return out
        }
        var g = RelationGraph()
        for block in graphElement.elements("nodes") {
            for n in block.elements("node") {
                guard let id = n.attribute("id") else { throw GraphError(path: path, line: n.line, reason: "a <node> has no id") }
                let v = values(n, "node")
                guard g.nodeIndex(id) == nil else { throw GraphError.nodeListedTwice(id, path: path, line: n.line) }
                g.addNode(.init(id: id, label: n.attribute("label"), kind: v["kind"].map(ActorKind.init(rawValue:)) ?? .state, state: v["state"]))
            }
        }
        for block in graphElement.elements("edges") {
            for e in block.elements("edge") {
                guard let s = e.attribute("source"), let t = e.attribute("target") else {
                    throw GraphError(path: path, line: e.line, reason: "an <edge> lacks source or target")
                }
                let v = values(e, "edge")
                var owner: String { "edge \(s) -> \(t)" }
                func number(_ field: NumberField, _ text: String?) throws(GraphError) -> Double? {
                    guard let text else { return nil }
                    return try field.value(text, of: owner, path: path, line: e.line)
                }
                let weight = try number(.weight, e.attribute("weight")) ?? 1
                let mentions = try number(.mentions, v["mentions"]).map { Int($0) } ?? 1
                let articles = try number(.articles, v["articles"]).map { Int($0) } ?? 1
                let confidence = try number(.confidence, v["confidence"]) ?? 1
                // GEXF's type is directed, undirected or mutual; networkx writes an edge attribute
                // called "type" there (a MultiDiGraph keyed by relation type): any other word is
                // the relation type, the direction the graph's default.
                var directed = defaultDirected
                var relation = v["relation"] ?? e.attribute("label")
                if let kind = e.attribute("type") {
                    if ["directed", "undirected", "mutual"].contains(kind) { directed = kind == "directed" } else { relation = relation ?? kind }
                }
                let source = g.addNode(.init(id: s)), target = g.addNode(.init(id: t))
                g.edges.append(
                    RelationGraph.Edge(
                        source: source, target: target, type: relation ?? "relation", directed: directed,
                        weight: weight, mentions: mentions, articles: articles,
                        first: try DateField.first.value(e.attribute("start"), of: owner, path: path, line: e.line),
                        last: try DateField.last.value(e.attribute("end"), of: owner, path: path, line: e.line),
                        confidence: confidence, polarity: v["polarity"].map(Polarity.init(rawValue:))))
            }
        }
        return try g.checkingNodeIDs(path: path).mergingParallelEdges(path: path)
    }
}
