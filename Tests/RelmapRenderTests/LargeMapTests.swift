import Foundation
import Testing
import RelmapGraph
@testable import RelmapRender

/// Big sparse maps: the pieces sfdp packs, and the steps a render reports.
@Suite(.serialized) struct LargeMapTests {
    let renderer = MapRenderer(style: try! MapStyle.load())

    /// `pairs` pairs of actors, each pair tied to itself only.
    func pairs(_ pairs: Int) -> RelationGraph {
        var g = RelationGraph()
        for i in 0..<pairs {
            let a = g.addNode(.init(id: "A\(i)")), b = g.addNode(.init(id: "B\(i)"))
            g.edges.append(.init(source: a, target: b, type: "alliance", directed: false, weight: 1))
        }
        return g
    }

    /// Past 300 pieces, sfdp sets them in rows (Graphviz's polyomino packing grows with the
    /// square of the pieces: 130 s for 4,600); below, and with other engines, it fits them.
    @Test func manyPiecesArePackedInRows() throws {
        var o = MapOptions()
        o.format = .dot
        o.maxEdges = 0
        let many = pairs(MapRenderer.packingLimit + 1)
        #expect(MapRenderer.pieces(many) == MapRenderer.packingLimit + 1)
        let dot = String(decoding: try renderer.render(many, options: o), as: UTF8.self)
        #expect(dot.contains("packmode=array"))
        o.engine = .neato
        #expect(!String(decoding: try renderer.render(many, options: o), as: UTF8.self).contains("packmode"))
        o.engine = .sfdp
        #expect(!String(decoding: try renderer.render(pairs(20), options: o), as: UTF8.self).contains("packmode"))
    }

    @Test func aRenderReportsItsSteps() throws {
        var steps: [MapRenderer.Step] = []
        var o = MapOptions()
        o.engine = .neato
        _ = try renderer.render(pairs(3), options: o) { steps.append($0) }
        #expect(steps.map(\.name) == ["measures", "build", "layout"])
        #expect(steps.last == .layout(actors: 6, edges: 3, engine: .neato, format: .svg))
        #expect(steps.last?.description == "neato layout and svg of 6 actors, 3 edges")
    }
}
