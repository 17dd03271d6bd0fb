/// Degree centrality: the share of the other actors a node is tied to.
///
/// Definition (networkx `degree_centrality`, `in_degree_centrality`, `out_degree_centrality`):
/// C(v) = deg(v) / (n - 1), with the degree counted on the simple graph (each neighbour once,
/// whatever the number or types of relations). A graph of one node gives 1.
public enum DegreeCentrality {
    /// Which neighbours count.
    public enum Mode: Sendable { case all, incoming, outgoing }

    /// The degree centrality of every node of `view` (use the undirected view for `.all`).
    public static func compute(_ view: GraphView, mode: Mode = .all) -> [Double] {
        let n = view.count
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        let scale = 1 / Double(n - 1)
        return (0..<n).map { i in
            switch mode {
            case .all, .outgoing: return Double(view.outDegree(i)) * scale
            case .incoming: return Double(view.inDegree(i)) * scale
            }
        }
    }
}
