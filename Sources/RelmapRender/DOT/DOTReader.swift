import CGraphviz
import Foundation
import RelmapCorpus
import RelmapGraph

/// Reads DOT through cgraph (Graphviz's own parser): nodes with `label` and `kind`, edges with the
/// data attributes relmap writes (`relation`, `value`, `mentions`, `articles`, `first`, `last`,
/// `confidence`, `polarity`), or `weight` from other tools. Undirected graphs, and edges with
/// `dir=none`, are symmetric. Numbers are checked by ``NumberField``; nodes without edges are kept.
public enum DOTReader {
    /// The graph in DOT `text`.
    public static func decode(_ text: String, path: String) throws -> RelationGraph {
        // cgraph reads a C string: a NUL would end the text there, silently.
        if let nul = text.utf8.firstIndex(of: 0) {
            let line = text.utf8[..<nul].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw GraphError(path: path, line: line, reason: "not valid DOT: a NUL character (is this a text file?)")
        }
        return try Graphviz.withSession { _ in
            // cgraph counts lines across reads: agsetfile starts this text at line 1. It keeps the
            // name's pointer for its messages, so the copy lives until the read is done.
            let name = strdup(path)
            defer { free(name) }
            agsetfile(name)
            aglexbad()
            guard let g = agmemread(text) else { throw syntaxError(Graphviz.lastMessage, path: path) }
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
                let kind = get(obj, "kind").map(ActorKind.init(rawValue:)) ?? .state, state = get(obj, "state")
                let label = get(obj, "label").flatMap { DOTText.label($0, id: id, state: kind == .state ? nil : state) }
                graph.addNode(.init(id: id, label: label, kind: kind, state: state))
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
                let obj = UnsafeMutableRawPointer(e)
                // An unseen edge is no relation (relmap's maps tie an actor to its state with one).
                if get(obj, "style")?.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == "invis" }) == true { continue }
                let s = String(cString: agnameof(UnsafeMutableRawPointer(relmap_tail(e))))
                let t = String(cString: agnameof(UnsafeMutableRawPointer(relmap_head(e))))
                let owner = "edge \(s) -> \(t)"
                func number(_ field: NumberField, _ text: String?) throws(GraphError) -> Double? {
                    try text.map { t throws(GraphError) in try field.value(t, of: owner, path: path) }
                }
                let weight = try number(.weight, get(obj, "value") ?? get(obj, "weight")) ?? 1
                let directed = graphDirected && get(obj, "dir") != "none"
                graph.edges.append(
                    RelationGraph.Edge(
                        source: graph.addNode(.init(id: s)), target: graph.addNode(.init(id: t)),
                        type: get(obj, "relation") ?? "relation", directed: directed, weight: weight,
                        mentions: Int(try number(.mentions, get(obj, "mentions")) ?? 1), articles: Int(try number(.articles, get(obj, "articles")) ?? 1),
                        first: try DateField.first.value(get(obj, "first"), of: owner, path: path),
                        last: try DateField.last.value(get(obj, "last"), of: owner, path: path),
                        confidence: try number(.confidence, get(obj, "confidence")) ?? 1, polarity: get(obj, "polarity").map(Polarity.init(rawValue:))))
            }
            return try graph.checkingNodeIDs(path: path).mergingParallelEdges(path: path)
        }
    }

    /// Graphviz's "syntax error in line 3 near 'x'" as a one-line error with its line.
    static func syntaxError(_ message: String, path: String) -> GraphError {
        let parts = message.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0 != "Error" && $0 != "Warning" && $0 != ":" }
        // Graphviz names the file itself ("in.dot: syntax error ..."): the error does already.
        var reason = parts.map { $0.hasPrefix(path + ":") ? String($0.dropFirst(path.count + 1)).trimmingCharacters(in: .whitespaces) : $0 }
            .joined(separator: "; ")
        var line: Int?
        if let r = reason.range(of: " in line ") {
            let digits = reason[r.upperBound...].prefix { $0.isNumber }
            line = Int(digits)
            reason.removeSubrange(r.lowerBound..<reason.index(r.upperBound, offsetBy: digits.count))
        }
        reason = reason.replacingOccurrences(of: "\n", with: " ")
        return GraphError(path: path, line: line, reason: "not valid DOT: " + (reason.isEmpty ? "Graphviz's parser gave no reason; check quotes, brackets and semicolons" : reason))
    }
}
