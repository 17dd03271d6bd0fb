import RelmapGraph

extension Louvain {
    /// The blocs of `graph` (of which `view` is the undirected view, if at hand), the passes of the
    /// detection reported by `report` when it runs long.
    static func blocs(
        _ graph: RelationGraph, view: GraphView? = nil, resolution: Double = 1, seed: UInt64 = 42,
        report: ProgressReport
    ) -> [Int] {
        report.run("blocs", "\(graph.nodes.count) actors") {
            detect(graph, view: view, resolution: resolution, seed: seed) { p in
                report.update("level \(p.level), pass \(p.pass): \(p.nodes) nodes, \(p.moves) moved")
            }.blocs
        }
    }
}
