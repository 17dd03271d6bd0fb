import CGraphviz
import Foundation
import RelmapGraph

/// Reads DOT through cgraph (Graphviz's own parser): nodes with `label` and `kind`, edges with the
/// data attributes relmap writes (`relation`, `value`, `mentions`, `articles`, `first`, `last`,
/// `confidence`, `polarity`), or `weight` from other tools. Undirected graphs, and edges with
/// `dir=none`, are symmetric.
public enum DOTReader {
    /// The graph in DOT `text`.
    public static func decode(_ text: String, path: String) throws -> RelationGraph {
        try Graphviz.withSession { _ in
            guard let g = agmemread(text) else {
                throw GraphError(path: path, reason: "not valid DOT: \(Graphviz.lastMessage)")
            }
            defer { agclose(g) }
            let graphDirected = agisdirected(g) != 0
            func get(_ obj: UnsafeMutableRawPointer, _ name: String) -> String? {
                guard let v = name.withCString({ agget(obj, UnsafeMutablePointer(mutating: $0)) }) else { return nil }
                let s = String(cString: v)
                return s.isEmpty ? nil : s
            }
            var graph = RelationGraph()
            var node = agfstnode(g)
            while let n = node {
                let id = String(cString: agnameof(UnsafeMutableRawPointer(n)))
                let obj = UnsafeMutableRawPointer(n)
                let label = get(obj, "label").flatMap { l -> String? in
                    if l == "\\N" { return nil }
                    // relmap writes "Name\nID": the name is the first line.
                    return l.components(separatedBy: "\\n").first?.components(separatedBy: "\n").first
                }
                graph.addNode(.init(id: id, label: label, kind: get(obj, "kind") ?? "state", state: get(obj, "state")))
                node = agnxtnode(g, n)
            }
            // Edges in the order the file lists them (cgraph keeps them by tail node), so that a
            // layout of the graph read back is the layout of the file.
            var ordered: [(UInt, UnsafeMutablePointer<Agedge_t>)] = []
            node = agfstnode(g)
            while let n = node {
                var edge = agfstout(g, n)
                while let e = edge {
                    ordered.append((UInt(relmap_seq(UnsafeMutableRawPointer(e))), e))
                    edge = agnxtout(g, e)
                }
                node = agnxtnode(g, n)
            }
            ordered.sort { $0.0 < $1.0 }
            for (_, e) in ordered {
                do {
                    let obj = UnsafeMutableRawPointer(e)
                    let s = String(cString: agnameof(UnsafeMutableRawPointer(relmap_tail(e))))
                    let t = String(cString: agnameof(UnsafeMutableRawPointer(relmap_head(e))))
                    let weight = (get(obj, "value") ?? get(obj, "weight")).flatMap { Double($0) } ?? 1
                    let directed = graphDirected && get(obj, "dir") != "none"
                    graph.edges.append(RelationGraph.Edge(
                        source: graph.addNode(.init(id: s)), target: graph.addNode(.init(id: t)),
                        type: get(obj, "relation") ?? "relation", directed: directed, weight: weight,
                        mentions: get(obj, "mentions").flatMap { Int($0) } ?? 1, articles: get(obj, "articles").flatMap { Int($0) } ?? 1,
                        first: get(obj, "first"), last: get(obj, "last"),
                        confidence: get(obj, "confidence").flatMap { Double($0) } ?? 1, polarity: get(obj, "polarity")))
                }
            }
            return graph
        }
    }
}
