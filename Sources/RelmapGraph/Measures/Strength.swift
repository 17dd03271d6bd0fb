/// Strength: the weighted degree, the sum of the weights of a node's ties.
///
/// Definition (networkx `G.degree(weight="weight")`; Barrat et al. 2004, "The architecture of
/// complex weighted networks", PNAS 101:3747): s(v) = sum of w(u, v) over neighbours u.
/// In- and out-strength sum the weights of incoming and outgoing arcs of the directed view.
public enum Strength {
    /// The strength of every node of `view`.
    public static func compute(_ view: GraphView, mode: DegreeCentrality.Mode = .all) -> [Double] {
        (0..<view.count).map { i in
            switch mode {
            case .all, .outgoing: return view.outWeights[view.outOffsets[i]..<view.outOffsets[i + 1]].reduce(0, +)
            case .incoming: return view.inWeights[view.inOffsets[i]..<view.inOffsets[i + 1]].reduce(0, +)
            }
        }
    }
}
