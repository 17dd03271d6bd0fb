import Foundation

/// Writes the graph as two CSV files: `nodes.csv` (id, label, kind, state) and `edges.csv`
/// (source, target, type, weight, directed, mentions, articles, first, last, confidence, polarity),
/// the shape spreadsheets, pandas and Gephi's import read.
public enum CSVWriter {
    /// The text of `nodes.csv`.
    public static func nodes(_ graph: RelationGraph) -> String {
        var out = "id,label,kind,state\n"
        for n in graph.nodes { out += CSVField.record([n.id, n.label, n.kind.rawValue, n.state ?? ""]) }
        return out
    }

    /// The text of `edges.csv`.
    public static func edges(_ graph: RelationGraph) -> String {
        var out = "source,target,type,weight,directed,mentions,articles,first,last,confidence,polarity\n"
        for e in graph.edges {
            out += CSVField.record([
                graph.nodes[e.source].id, graph.nodes[e.target].id, e.type, JSONText.number(e.weight),
                e.directed ? "true" : "false", String(e.mentions), String(e.articles), e.first?.description ?? "", e.last?.description ?? "",
                JSONText.number(e.confidence), e.polarity?.rawValue ?? ""
            ])
        }
        return out
    }
}
