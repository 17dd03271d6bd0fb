import FuzzSupport
import RelmapGraph

/// An edge-list CSV (with relmap's `directed` types as the CLI gives them), the same text as a
/// `nodes.csv` laid on the graph read, then every writer on the result.
@main
enum FuzzCSV {
    static func main() {
        Fuzz.run { bytes in
            guard let text = Fuzz.text(bytes) else { return }
            let graph = (try? EdgeListCSV.decode(text, path: "edges.csv", directedTypes: ["condemn", "sanction"])) ?? RelationGraph()
            Fuzz.write(graph)
            Fuzz.write(try EdgeListCSV.applyNodes(text, to: graph, path: "nodes.csv"))
        }
    }
}
