import RelmapCorpus
import Testing
@testable import RelmapGraph

@Suite struct GraphDiffTests {
    func graph(_ rows: [(String, String, String, Double, Bool)]) -> RelationGraph {
        var g = RelationGraph()
        for (s, t, type, w, d) in rows {
            g.edges.append(
                .init(
                    source: g.addNode(.init(id: s)), target: g.addNode(.init(id: t)), type: type, directed: d, weight: w,
                    polarity: ["alliance", "meeting", "support"].contains(type) ? .cooperative : .hostile))
        }
        return g
    }

    @Test func reportsAddedRemovedAndChangedEdges() {
        let before = graph([("PRK", "RUS", "alliance", 1, false), ("USA", "PRK", "sanction", 2, true), ("JPN", "KOR", "meeting", 1, false)])
        let after = graph([
            ("RUS", "PRK", "alliance", 3, false), ("USA", "PRK", "sanction", 2, true), ("KOR", "RUS", "protest", 1, true),
            ("PRK", "KOR", "defection", 2, true)
        ])
        let d = GraphDiff(before: before, after: after)
        #expect(d.nodesAdded == [] && d.nodesRemoved == ["JPN"])
        #expect(Set(d.edgesAdded.map { "\($0.source)>\($0.target) \($0.type)" }) == ["KOR>RUS protest", "PRK>KOR defection"])
        #expect(d.edgesRemoved.map { "\($0.source)-\($0.target) \($0.type)" } == ["JPN-KOR meeting"])
        // A symmetric edge is the same whichever way round it was read.
        #expect(d.edgesChanged.count == 1 && d.edgesChanged[0].type == "alliance" && d.edgesChanged[0].before == 1 && d.edgesChanged[0].after == 3)
        #expect(d.edgesUnchanged.map(\.type) == ["sanction"])
        #expect(GraphDiff(before: before, after: after, minChange: 2).edgesChanged.isEmpty)
        let share = d.cooperativeShare
        #expect(share.before == 0.5 && share.after == 3.0 / 8.0)
        #expect(d.typeMix["meeting"]?.before == 0.25 && d.typeMix["meeting"]?.after == 0)
    }

    @Test func kendallTauB() {
        // scipy.stats.kendalltau (tau-b): [1,2,3,4,5] vs [1,3,2,4,5] = 0.8; with ties, [1,1,2,3] vs [1,2,2,3] = 0.8.
        #expect(abs(KendallTau.tauB([1, 2, 3, 4, 5], [1, 3, 2, 4, 5])! - 0.8) < 1e-12)
        #expect(abs(KendallTau.tauB([1, 1, 2, 3], [1, 2, 2, 3])! - 0.7999999999999999) < 1e-12)
        #expect(KendallTau.tauB([1, 2, 3], [3, 2, 1]) == -1)
        #expect(KendallTau.tauB([1], [1]) == nil)
    }
}
