/// The file formats a relation graph is read from and written to, and which one a file's name
/// says. GraphML, GEXF, edge-list CSV and node-link JSON are read and written in this module;
/// DOT through Graphviz (RelmapRender's `DOTReader`, and the map renderer's DOT output).
public enum GraphFileFormat: String, Sendable, CaseIterable {
    /// Node-link JSON (networkx `node_link_data`).
    case json
    /// GraphML with typed attributes.
    case graphml
    /// GEXF 1.3, dynamic.
    case gexf
    /// Edge-list CSV (`edges.csv`, with `nodes.csv` beside it).
    case csv
    /// Graphviz DOT.
    case dot

    /// Further extensions that name a format: `gv` for DOT.
    public static let aliases: [String: GraphFileFormat] = ["gv": .dot]

    /// The format `path`'s name ends in (`.json`, `.graphml`, `.gexf`, `.csv`, `.dot` or `.gv`,
    /// in any case), or nil when it names none of them (articles, a folder).
    public init?(path: String) {
        let lower = path.lowercased()
        let names = Self.allCases.map { ($0.rawValue, $0) } + Self.aliases.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        guard let (_, format) = names.first(where: { lower.hasSuffix("." + $0.0) }) else { return nil }
        self = format
    }

    /// Where the two CSV files of an export to `output` go: `NAME.nodes.csv` and `NAME.edges.csv`
    /// for `NAME.csv`, else `nodes.csv` and `edges.csv` in the folder `output`.
    public static func csvPaths(for output: String) -> (nodes: String, edges: String) {
        if output.lowercased().hasSuffix(".csv") {
            let stem = String(output.dropLast(4))
            return (stem + ".nodes.csv", stem + ".edges.csv")
        }
        let folder = output.hasSuffix("/") ? String(output.dropLast()) : output
        return (folder + "/nodes.csv", folder + "/edges.csv")
    }

    /// The nodes file beside an edge-list CSV at `edges` (`X.nodes.csv` beside `X.edges.csv`,
    /// `nodes.csv` beside `edges.csv`), or nil when its name does not end in `edges.csv`.
    public static func nodesPath(besideEdges edges: String) -> String? {
        guard edges.lowercased().hasSuffix("edges.csv") else { return nil }
        return String(edges.dropLast("edges.csv".count)) + "nodes.csv"
    }
}
