import RelmapGraph

extension MapPlan {
    /// What the caption says the map draws, after every filter and the edge cap: its actors, its
    /// lines (pairs when types are merged) and, with `relations`, the relations they stand for
    /// (the mentions of the edges drawn).
    static func drawnNote(_ g: RelationGraph, groups: Int, merged: Bool, relations: Bool) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts = [count(g.nodes.count, "actor")]
        if merged && groups != g.edges.count {
            parts.append("\(count(groups, "pair")) (\(count(g.edges.count, "edge")) by type)")
        } else {
            parts.append(count(groups, "edge"))
        }
        if relations { parts.append(count(g.edges.map(\.mentions).reduce(0, +), "relation")) }
        return "drawn: " + parts.joined(separator: ", ")
    }

    /// The indices of the nodes of `capped` (the graph after the edge cap) still worth drawing:
    /// those with an edge left, and those that had none before the cap either (`before`, with the
    /// same nodes in the same order). An actor whose every edge the cap left out is not drawn.
    static func actorsLeft(_ capped: RelationGraph, before: RelationGraph) -> [Int] {
        func touched(_ g: RelationGraph) -> [Bool] {
            var seen = [Bool](repeating: false, count: g.nodes.count)
            for e in g.edges {
                seen[e.source] = true
                seen[e.target] = true
            }
            return seen
        }
        let now = touched(capped), then = touched(before)
        return capped.nodes.indices.filter { now[$0] || !then[$0] }
    }

    /// `g` with only the nodes at `kept` (indices, in order) and the edges among them.
    static func keeping(_ g: RelationGraph, nodes kept: [Int]) -> RelationGraph {
        var out = RelationGraph()
        out.attributes = g.attributes
        var index = [Int?](repeating: nil, count: g.nodes.count)
        for i in kept { index[i] = out.addNode(g.nodes[i]) }
        out.edges = g.edges.compactMap { e in
            guard let s = index[e.source], let t = index[e.target] else { return nil }
            var copy = e
            copy.source = s
            copy.target = t
            return copy
        }
        return out
    }
}
