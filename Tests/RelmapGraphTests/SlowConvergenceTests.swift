import Foundation
import Testing
@testable import RelmapGraph

/// Power iterations stop fast where they cannot converge: eigenvector centrality on a directed
/// graph without a cycle (networkx raises PowerIterationFailedConvergence there; relmap rank
/// refuses it, the library gives zeros at once), and eigenvector and HITS on long chains, whose
/// work is bounded.
@Suite struct SlowConvergenceTests {
    /// A DAG of short hops: i -> i+1 and i -> i+7.
    static func chain(_ n: Int, directed: Bool) -> RelationGraph {
        var g = RelationGraph()
        for i in 0..<n { g.addNode(.init(id: "N\(i)")) }
        for i in 0..<n { for j in [i + 1, i + 7] where j < n { g.edges.append(.init(source: i, target: j, type: "attack", directed: directed, weight: 1)) } }
        return g
    }

    @Test func eigenvectorOnADirectedGraphWithoutACycleStopsAtOnce() {
        let view = GraphView.directedView(Self.chain(3000, directed: true))
        #expect(!EigenvectorCentrality.isDefined(on: view))
        // Undefined: zeros, from no iteration at all (an iteration would leave the ends non-zero).
        let values = EigenvectorCentrality.compute(view)
        #expect(values.count == 3000 && values.allSatisfy { $0 == 0 })
    }

    @Test func aCycleOrAnUndirectedViewIsDefined() {
        let cycle = graph([("A", "B", 1, true), ("B", "C", 1, true), ("C", "A", 1, true), ("C", "D", 1, true)])
        #expect(EigenvectorCentrality.isDefined(on: GraphView.directedView(cycle)))
        #expect(EigenvectorCentrality.isDefined(on: GraphView.undirected(Self.chain(50, directed: true))))
        #expect(EigenvectorCentrality.isDefined(on: GraphView.directedView(RelationGraph())))
        // A symmetric edge is a 2-cycle in the directed view.
        #expect(EigenvectorCentrality.isDefined(on: GraphView.directedView(graph([("A", "B", 1, false)]))))
        let values = EigenvectorCentrality.compute(GraphView.directedView(cycle))
        #expect(values[3] > 0 && values.allSatisfy { $0.isFinite })
    }

    @Test func longChainsAreBoundedWork() {
        // Unbounded, these ran 100,000 iterations each (tens of seconds in a debug build): the work
        // is bounded by the iteration budget, about 5 * 10^7 visits, not by maxIterations.
        let g = Self.chain(3000, directed: true)
        let directed = GraphView.directedView(g), undirected = GraphView.undirected(g)
        let hits = HITS.iterationBudget(directed), eigen = EigenvectorCentrality.iterationBudget(undirected)
        #expect(hits < 100_000 && hits * (2 * directed.outTargets.count + directed.count) <= 50_000_000)
        #expect(eigen < 100_000 && eigen * (undirected.outTargets.count + undirected.count) <= 50_000_000)
        // A few iterations show the values stay finite (the whole budget is seconds of work).
        let (h, a) = HITS.compute(directed, maxIterations: 20)
        #expect(h.count == 3000 && a.allSatisfy { $0.isFinite })
        let e = EigenvectorCentrality.compute(undirected, maxIterations: 20)
        #expect(e.count == 3000 && e.allSatisfy { $0.isFinite })
    }
}
