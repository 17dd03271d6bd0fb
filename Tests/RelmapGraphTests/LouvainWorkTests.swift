import Testing
@testable import RelmapGraph

/// Bloc detection does bounded work: the passes and moves are counted, not timed (speed is
/// measured in scripts/bench_blocs.py).
@Suite struct LouvainWorkTests {
    /// A ring of `n` actors, N000000 - N000001 - ... - N(n-1) - N000000, each tie of `weight(i)`.
    func ring(_ n: Int, weight: (Int) -> Double = { _ in 1 }) -> RelationGraph {
        var g = RelationGraph()
        let ids = (0..<n).map { i in g.addNode(.init(id: "N" + String(i + 1_000_000).dropFirst())) }
        for i in 0..<n {
            g.edges.append(.init(source: ids[i], target: ids[(i + 1) % n], type: "alliance", directed: false, weight: weight(i)))
        }
        return g
    }

    /// Each bloc of a ring is one arc: as many ties cross between blocs as there are blocs.
    func arcs(_ g: RelationGraph, _ blocs: [Int]) -> Bool {
        let count = Set(blocs).count
        return g.edges.filter { blocs[$0.source] != blocs[$0.target] }.count == (count == 1 ? 0 : count)
    }

    /// On a 20,000-actor ring the old implementation (and networkx) spent some 2,000 passes on the
    /// first level, moving nodes between equal blocs on rounding noise; now each level settles in
    /// a few passes, every move gains, and the blocs are the arcs modularity wants (about √n of
    /// them: 1 - 2/√n is the best a ring allows).
    @Test func aLargeRingComesBackInFewPasses() {
        let n = 20_000
        let g = ring(n)
        var reported = 0
        let d = Louvain.detect(g, seed: 42) { _ in reported += 1 }
        #expect(d.levels.count <= 12, "\(d.levels)")
        #expect(d.levels.allSatisfy { $0.passes <= 12 }, "\(d.levels)")
        #expect(d.levels.map(\.moves).reduce(0, +) <= 2 * n, "\(d.levels)")
        #expect(reported == d.levels.map(\.passes).reduce(0, +))
        // Modularity grows level after level, and the result is near the best for a ring.
        #expect(zip(d.levels, d.levels.dropFirst()).allSatisfy { $0.modularity <= $1.modularity + 1e-12 }, "\(d.levels)")
        #expect(d.modularity > 0.98 && d.modularity < 1 - 2 / Double(n).squareRoot() + 1e-9, "\(d.modularity)")
        #expect(abs(Louvain.modularity(g, blocs: d.blocs) - d.modularity) < 1e-9)
        let count = Set(d.blocs).count
        #expect(count > 80 && count < 250, "\(count) blocs")
        #expect(arcs(g, d.blocs))
        #expect(d.blocs == Louvain.blocs(g, seed: 42))
    }

    /// A view the caller has already (rank's undirected view) gives the same blocs; a directed one
    /// is not taken for it.
    @Test func aViewAtHandGivesTheSameBlocs() {
        let g = ring(500) { i in Double(i % 5 + 1) }
        let blocs = Louvain.blocs(g, seed: 9)
        #expect(Louvain.detect(g, view: .undirected(g), seed: 9).blocs == blocs)
        #expect(Louvain.detect(g, view: .directedView(g), seed: 9).blocs == blocs)
    }

    /// Weights whose sums round (0.1 is no binary fraction): still bounded, still arcs.
    @Test func fractionalWeightsDoNotOscillate() {
        let g = ring(6_000) { i in i % 3 == 0 ? 0.7 : 0.1 }
        let d = Louvain.detect(g, seed: 7)
        #expect(d.levels.allSatisfy { $0.passes <= 12 }, "\(d.levels)")
        #expect(d.modularity > 0.95, "\(d.modularity)")
        #expect(arcs(g, d.blocs))
    }

    /// Two equal choices are a tie, not a move: a 4-ring of equal weights splits into two pairs
    /// in one level and stops (any move from there would lose).
    @Test func equalChoicesDoNotMove() {
        let g = ring(4)
        let d = Louvain.detect(g, seed: 1)
        #expect(d.levels.first?.passes ?? 0 <= 2, "\(d.levels)")
        #expect(Set(d.blocs).count == 2 && arcs(g, d.blocs), "\(d.blocs)")
        // Two pairs: 2 × (1/4 - (4/8)²) = 0; networkx gives the same for {0,1},{2,3}.
        #expect(abs(d.modularity) < 1e-12)
    }
}
