import Testing
@testable import RelmapGraph

/// A graph from (source, target, weight, directed) rows.
func graph(_ rows: [(String, String, Double, Bool)], type: String = "relation") -> RelationGraph {
    var g = RelationGraph()
    for (s, t, w, d) in rows {
        let a = g.addNode(.init(id: s)), b = g.addNode(.init(id: t))
        g.edges.append(.init(source: a, target: b, type: type, directed: d, weight: w))
    }
    return g
}

func byID(_ g: RelationGraph, _ values: [Double]) -> [String: Double] {
    Dictionary(uniqueKeysWithValues: zip(g.nodes.map(\.id), values))
}

/// The worked fixture of shared/notes/CENTRALITY.md (values computed with networkx 3.6.1).
let fixture = graph([
    ("A", "B", 3, false), ("A", "C", 1, false), ("B", "C", 2, false), ("C", "D", 1, false),
    ("D", "E", 4, false), ("F", "G", 2, false)
])

@Suite struct MeasureTests {
    @Test func pagerankMatchesNetworkx() {
        let pr = byID(fixture, Measure.pagerank.compute(fixture))
        let expected = ["A": 0.13149, "B": 0.161078, "C": 0.13135, "D": 0.160084, "E": 0.130284, "F": 0.142857, "G": 0.142857]
        for (k, v) in expected { #expect(abs(pr[k]! - v) < 1e-5, "\(k): \(pr[k]!) vs \(v)") }
        #expect(abs(pr.values.reduce(0, +) - 1) < 1e-9)
    }

    @Test func directedPagerankWithDanglingNode() {
        let g = graph([("A", "B", 1, true), ("B", "C", 1, true), ("C", "A", 1, true), ("C", "D", 1, true)])
        let pr = byID(g, Measure.pagerank.compute(g, directed: true))
        let expected = ["A": 0.213762, "B": 0.264623, "C": 0.307853, "D": 0.213762]
        for (k, v) in expected { #expect(abs(pr[k]! - v) < 1e-5, "\(k): \(pr[k]!) vs \(v)") }
    }

    @Test func degreeAndStrength() {
        let deg = byID(fixture, Measure.degree.compute(fixture))
        #expect(deg["C"] == 3.0 / 6.0 && deg["F"] == 1.0 / 6.0)
        let str = byID(fixture, Measure.strength.compute(fixture))
        #expect(str["A"] == 4 && str["D"] == 5 && str["G"] == 2)
    }

    @Test func undirectedViewAddsWeightsAcrossTypesAndDirections() {
        var g = graph([("X", "Y", 2, true), ("Y", "X", 3, true)], type: "protest")
        g.edges.append(.init(source: 0, target: 1, type: "alliance", directed: false, weight: 1))
        let view = GraphView.undirected(g)
        #expect(view.outDegree(0) == 1 && view.outWeights == [6, 6])
        let directed = GraphView.directedView(g)
        // X->Y: protest 2 + alliance 1; Y->X: protest 3 + alliance 1.
        #expect(Strength.compute(directed, mode: .outgoing) == [3, 4])
        #expect(Measure.inDegree.compute(g) == [1, 1])
    }

    @Test func rankingIsStableOnTies() {
        let g = graph([("B", "A", 1, false), ("C", "D", 1, false)])
        let r = Ranking(g, measures: [.degree])
        #expect(r.rows.map(\.id) == ["A", "B", "C", "D"])
        #expect(r.rows.map(\.rank) == [1, 2, 3, 4])
    }
}
