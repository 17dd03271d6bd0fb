import Foundation
import Testing
import RelmapGraph
@testable import RelmapRender

/// What a map draws, decided without Graphviz: filters, the top actors as `rank` orders them,
/// the heaviest edges, the measures of the tooltips and the legend's order.
@Suite struct MapPlanTests {
    let style = try! MapStyle.load()

    @Test func topActorsAreTheRankingsFirst() throws {
        var o = MapOptions()
        o.top = 2
        let g = sampleGraph()
        let plan = try MapPlan(g, options: o, style: style)
        let ranking = Ranking(g, measures: [.pagerank], options: MeasureOptions(), top: 2)
        #expect(Set(plan.graph.nodes.map(\.id)) == Set(ranking.rows.map(\.id)))
        #expect(plan.sizes == Measure.pagerank.compute(plan.graph))
        #expect(plan.tooltipMeasures.map(\.measure) == [.pagerank, .degree, .strength])
    }

    @Test func minWeightAndEdgeCapLeaveTheHeaviest() throws {
        var o = MapOptions()
        o.minWeight = 1
        o.maxEdges = 2
        o.caption = "c"
        let plan = try MapPlan(sampleGraph(), options: o, style: style)
        #expect(plan.graph.edges.map(\.weight) == [3, 2])
        #expect(plan.caption == "c; drawn: 3 actors, 2 edges, 2 relations; the 2 heaviest of 4 edges (--max-edges)")
        #expect(plan.tooltipMeasures[0].values.count == plan.graph.nodes.count)
        #expect(plan.engine == .neato)
    }

    /// neato and sfdp ignore clusters: blocs drawn by them overlap and the nodes hide their
    /// labels; fdp keeps each bloc in a box of its own.
    @Test func blocsAreLaidOutByFdpUnlessAnEngineIsChosen() throws {
        var o = MapOptions()
        o.blocs = ["PRK": 1, "RUS": 1, "KOR": 2, "NATO": 2]
        #expect(try MapPlan(sampleGraph(), options: o, style: style).engine == .fdp)
        o.engine = .dot
        #expect(try MapPlan(sampleGraph(), options: o, style: style).engine == .dot)
        #expect(try MapPlan(sampleGraph(), options: MapOptions(), style: style).engine == .neato)
    }

    @Test func mergedTypesMakeOneGroupPerPair() throws {
        var o = MapOptions()
        o.mergeTypes = true
        let plan = try MapPlan(sampleGraph(), options: o, style: style)
        #expect(plan.edgeGroups.map { $0.map(\.type) } == [["alliance", "support"], ["protest"], ["meeting"]])
    }

    @Test func legendFollowsTheStyleFileThenUnlistedTypesByName() throws {
        var g = sampleGraph()
        g.edges.append(.init(source: 0, target: 2, type: "zeal", directed: true, weight: 1))
        g.edges.append(.init(source: 1, target: 2, type: "accord", directed: false, weight: 1))
        let legend = try MapPlan(g, options: MapOptions(), style: style).legend
        // Types no style file lists are named, each in a colour of the palette.
        #expect(legend.entries.map(\.label) == ["alliance", "meeting", "support", "protest", "accord", "zeal"])
        #expect(legend.entries.suffix(2).map(\.color) == Array(style.palette.prefix(2)))
        #expect(legend.entries.map(\.directed) == [false, false, true, true, false, true])
        var reordered = style
        reordered.typeOrder = ["protest", "support", "meeting", "alliance"]
        let again = MapLegend(sampleGraph(), options: MapOptions(), style: reordered)
        #expect(again.entries.map(\.label) == ["protest", "support", "meeting", "alliance"])
        #expect(style.typeOrder == ["alliance", "meeting", "support", "protest", "threat", "sanction", "attack", "defection"])
    }

    @Test func weightsThatAreNotNumbersAreRefusedBeforeGraphviz() {
        var g = sampleGraph()
        g.edges[0].weight = .nan
        #expect(throws: RenderError.self) { try MapPlan(g, options: MapOptions(), style: style) }
    }
}
