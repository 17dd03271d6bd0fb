import RelmapCorpus
import Testing
@testable import RelmapGraph

/// Blocs by signed modularity: cooperative ties attract, hostile ties repel, so that two rivals
/// with many partners in common do not share a bloc.
@Suite struct SignedBlocsTests {
    /// China and the Philippines protest against each other, often; both meet the same four
    /// ASEAN states; each has two allies of its own, allied with each other.
    func rivals() -> RelationGraph {
        var g = RelationGraph()
        func add(_ s: String, _ t: String, _ type: String, _ polarity: Polarity?, _ w: Double, directed: Bool = false) {
            g.edges.append(
                .init(
                    source: g.addNode(.init(id: s)), target: g.addNode(.init(id: t)), type: type, directed: directed, weight: w,
                    polarity: polarity))
        }
        add("CHN", "PHL", "protest", .hostile, 6, directed: true)
        add("PHL", "CHN", "protest", .hostile, 6, directed: true)
        for partner in ["VNM", "IDN", "MYS", "SGP"] {
            add("CHN", partner, "meeting", .cooperative, 1)
            add("PHL", partner, "meeting", .cooperative, 1)
        }
        add("CHN", "RUS", "alliance", .cooperative, 3)
        add("CHN", "PRK", "alliance", .cooperative, 3)
        add("RUS", "PRK", "alliance", .cooperative, 3)
        add("PHL", "USA", "alliance", .cooperative, 3)
        add("PHL", "JPN", "alliance", .cooperative, 3)
        add("USA", "JPN", "alliance", .cooperative, 3)
        return g
    }

    func bloc(_ g: RelationGraph, _ blocs: [Int], _ id: String) -> Int? {
        g.nodes.firstIndex { $0.id == id }.map { blocs[$0] }
    }

    /// Mixed together, the hostile ties made China and the Philippines one bloc (the heaviest tie of
    /// the graph); signed, they repel: each leads a bloc with its own allies.
    @Test func rivalsWithPartnersInCommonAreApart() {
        let g = rivals()
        for seed: UInt64 in [1, 42, 7] {
            let blocs = Louvain.blocs(g, seed: seed)
            #expect(bloc(g, blocs, "CHN") != bloc(g, blocs, "PHL"), "seed \(seed): \(blocs)")
            #expect(bloc(g, blocs, "RUS") == bloc(g, blocs, "CHN") && bloc(g, blocs, "PRK") == bloc(g, blocs, "CHN"), "\(blocs)")
            #expect(bloc(g, blocs, "USA") == bloc(g, blocs, "PHL") && bloc(g, blocs, "JPN") == bloc(g, blocs, "PHL"), "\(blocs)")
            // No bloc holds a hostile pair.
            #expect(g.edges.allSatisfy { $0.polarity != .hostile || blocs[$0.source] != blocs[$0.target] })
            #expect(blocs == Louvain.blocs(g, seed: seed), "the same seed gives the same blocs")
        }
    }

    /// Gómez, Jensen & Arenas (2009) by hand: A-C cooperative (1), A-B hostile (1); m⁺ = m⁻ = 1.
    /// For {A, C}, {B}: Q = 1/4 · Σ_ij [w_ij - (k⁺_i k⁺_j / 2m⁺ - k⁻_i k⁻_j / 2m⁻)] δ(c_i, c_j)
    /// = 1/4 · (0 - 1/2 + 1/2 + 1/2 + 1/2) = 0.25, and the detection finds that partition.
    @Test func signedModularityByHand() {
        var g = RelationGraph()
        let a = g.addNode(.init(id: "A")), b = g.addNode(.init(id: "B")), c = g.addNode(.init(id: "C"))
        g.edges.append(.init(source: a, target: c, type: "meeting", directed: false, weight: 1, polarity: .cooperative))
        g.edges.append(.init(source: a, target: b, type: "threat", directed: true, weight: 1, polarity: .hostile))
        let q = Louvain.modularity(g, blocs: [1, 2, 1])
        #expect(abs(q - 0.25) < 1e-12, "\(q)")
        let d = Louvain.detect(g, seed: 3)
        #expect(d.blocs == [1, 2, 1], "\(d.blocs)")
        #expect(abs(d.modularity - 0.25) < 1e-12, "\(d.modularity)")
        // All in one bloc: the hostile tie counts against it.
        #expect(Louvain.modularity(g, blocs: [1, 1, 1]) < q)
    }

    /// Relations without a polarity (an edge list with none) attract, as every tie did before: a
    /// graph without hostile ties gets the blocs and modularity of plain Louvain.
    @Test func withoutHostileTiesNothingChanges() {
        var g = rivals()
        var plain = g
        for i in g.edges.indices where g.edges[i].polarity == .hostile { g.edges[i].polarity = nil }
        for i in plain.edges.indices { plain.edges[i].polarity = nil }
        #expect(Louvain.blocs(g, seed: 5) == Louvain.blocs(plain, seed: 5))
        let blocs = Louvain.blocs(plain, seed: 5)
        #expect(abs(Louvain.modularity(g, blocs: blocs) - Louvain.modularity(plain, blocs: blocs)) < 1e-15)
        // Unsigned, the heaviest tie wins: the rivals share a bloc (the behaviour signed blocs fix).
        #expect(bloc(plain, blocs, "CHN") == bloc(plain, blocs, "PHL"), "\(blocs)")
    }

    /// A 10,000-actor ring whose every tenth tie is hostile: bounded work as in a plain ring, the
    /// modularity reported is that of the blocs, and no bloc holds a hostile tie.
    @Test func aSignedRingIsBoundedWork() {
        var g = RelationGraph()
        let n = 10_000
        let ids = (0..<n).map { i in g.addNode(.init(id: "N" + String(i + 100_000).dropFirst())) }
        for i in 0..<n {
            let hostile = i % 10 == 9
            g.edges.append(
                .init(
                    source: ids[i], target: ids[(i + 1) % n], type: hostile ? "threat" : "alliance", directed: false, weight: 1,
                    polarity: hostile ? .hostile : .cooperative))
        }
        let d = Louvain.detect(g, seed: 42)
        #expect(d.levels.count <= 12 && d.levels.allSatisfy { $0.passes <= 12 }, "\(d.levels)")
        #expect(abs(Louvain.modularity(g, blocs: d.blocs) - d.modularity) < 1e-9)
        #expect(g.edges.allSatisfy { $0.polarity != .hostile || d.blocs[$0.source] != d.blocs[$0.target] })
        #expect(d.blocs == Louvain.blocs(g, seed: 42))
    }
}
