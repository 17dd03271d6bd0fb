import RelmapGraph

/// The arrowheads of one line drawn for one or more relations of a pair (one relation, or the
/// types of a pair merged by ``MapOptions/mergeTypes``), as Graphviz's `dir`: an arrowhead at an
/// end only when a directed relation of the group runs that way, two when they run both ways,
/// none when every relation is undirected. Undirected relations add no arrowhead and take none
/// away: a one-way support merged with an alliance keeps its arrow.
enum EdgeArrows: String, Sendable, Equatable {
    /// No arrowhead.
    case none
    /// At the target of the line.
    case forward
    /// At the source of the line.
    case back
    /// At both ends.
    case both

    /// The arrowheads of `group` drawn as a line from node `source` (by index) to the other node.
    init(_ group: [RelationGraph.Edge], from source: Int) {
        var forward = false, back = false
        for e in group where e.directed {
            if e.source == source { forward = true } else { back = true }
        }
        self = forward && back ? .both : forward ? .forward : back ? .back : .none
    }
}
