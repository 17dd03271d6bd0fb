import Testing
@testable import RelmapGraph

@Suite struct EdgeKeyTests {
    @Test func equalKeysHashAlike() {
        let a = EdgeKey(source: "PRK", target: "RUS", type: "alliance", directed: false)
        let b = EdgeKey(source: "PRK", target: "RUS", type: "alliance", directed: false)
        #expect(a == b && Set([a, b]).count == 1)
        #expect(a != EdgeKey(source: "PRK", target: "RUS", type: "alliance", directed: true))
        #expect(a != EdgeKey(source: "PRK", target: "RUS", type: "meeting", directed: false))
        #expect(a != EdgeKey(source: "RUS", target: "PRK", type: "alliance", directed: false))
    }

    /// Ids holding what string keys used as separators make distinct keys.
    @Test func separatorsInIdsDoNotCollide() {
        let a = EdgeKey(source: "A|B", target: "C", type: "t", directed: true)
        let b = EdgeKey(source: "A", target: "B|C", type: "t", directed: true)
        let c = EdgeKey(source: "A\u{1}B", target: "C", type: "t", directed: true)
        let d = EdgeKey(source: "A", target: "B\u{1}C", type: "t", directed: true)
        #expect(Set([a, b, c, d]).count == 4)
    }

    @Test func keyOfAnEdgeOrdersASymmetricEdgesEnds() {
        var g = RelationGraph()
        let r = g.addNode(.init(id: "RUS")), p = g.addNode(.init(id: "PRK"))
        let alliance = RelationGraph.Edge(source: r, target: p, type: "alliance", directed: false, weight: 1)
        let attack = RelationGraph.Edge(source: r, target: p, type: "attack", directed: true, weight: 1)
        #expect(EdgeKey(alliance, of: g) == EdgeKey(source: "PRK", target: "RUS", type: "alliance", directed: false))
        #expect(EdgeKey(attack, of: g) == EdgeKey(source: "RUS", target: "PRK", type: "attack", directed: true))
        #expect(EdgeKey(attack, of: g).description == "RUS -> PRK (attack)")
        #expect(EdgeKey(alliance, of: g).description == "PRK -- RUS (alliance)")
    }
}
