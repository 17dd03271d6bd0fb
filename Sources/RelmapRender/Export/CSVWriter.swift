import Foundation
import RelmapGraph

/// Writes the graph as two CSV files: `nodes.csv` (id, label, kind, state) and `edges.csv`
/// (source, target, type, weight, directed, mentions, articles, first, last, confidence, polarity),
/// the shape spreadsheets, pandas and Gephi's import read.
public enum CSVWriter {
    /// The text of `nodes.csv`.
    public static func nodes(_ graph: RelationGraph) -> String {
        var out = "id,label,kind,state\n"
        for n in graph.nodes { out += [n.id, n.label, n.kind, n.state ?? ""].map(field).joined(separator: ",") + "\n" }
        return out
    }

    /// The text of `edges.csv`.
    public static func edges(_ graph: RelationGraph) -> String {
        var out = "source,target,type,weight,directed,mentions,articles,first,last,confidence,polarity\n"
        for e in graph.edges {
            out += [graph.nodes[e.source].id, graph.nodes[e.target].id, e.type, JSONText.number(e.weight), e.directed ? "true" : "false",
                    String(e.mentions), String(e.articles), e.first ?? "", e.last ?? "", JSONText.number(e.confidence), e.polarity ?? ""]
                .map(field).joined(separator: ",") + "\n"
        }
        return out
    }

    /// A CSV field, quoted when it must be (RFC 4180), and also when it starts with `#` (a comment
    /// line to relmap's reader) or with or ends in a space or tab (which readers trim).
    static func field(_ s: String) -> String {
        let u = s.utf8
        let edge: (UInt8?) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        guard u.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) || u.first == 0x23 || edge(u.first) || edge(u.last) else {
            return s
        }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
