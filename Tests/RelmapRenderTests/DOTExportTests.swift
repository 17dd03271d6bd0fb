import Foundation
import Testing
import RelmapGraph
@testable import RelmapRender

/// DOT, written through Graphviz, reads back into relmap with the same nodes, edges, weights and
/// dates (the other formats: RelmapGraphTests); blocs draw as clusters.
@Suite(.serialized) struct DOTExportTests {
    func same(_ a: RelationGraph, _ b: RelationGraph, dates: Bool = true, labels: Bool = true) {
        #expect(Set(a.nodes.map(\.id)) == Set(b.nodes.map(\.id)))
        if labels { for n in a.nodes { #expect(b.nodes.first { $0.id == n.id }?.label == n.label) } }
        func key(_ g: RelationGraph, _ e: RelationGraph.Edge) -> String {
            "\(g.nodes[e.source].id)|\(g.nodes[e.target].id)|\(e.type)|\(e.directed)|\(e.weight)" + (dates ? "|\(e.first?.description ?? "")|\(e.last?.description ?? "")" : "")
        }
        #expect(Set(a.edges.map { key(a, $0) }) == Set(b.edges.map { key(b, $0) }))
    }

    @Test func dotRoundTripsThroughGraphviz() throws {
        let g = sampleGraph()
        var o = MapOptions()
        o.format = .dot
        let dot = String(decoding: try MapRenderer(style: try MapStyle.load()).render(g, options: o), as: UTF8.self)
        same(g, try DOTReader.decode(dot, path: "g.dot"))
    }

    @Test func blocsDrawAsClusters() throws {
        var o = MapOptions()
        o.engine = .dot
        o.blocs = ["PRK": 1, "RUS": 1, "KOR": 2, "NATO": 2]
        o.title = "Two blocs of four"
        let svg = String(decoding: try MapRenderer(style: try MapStyle.load()).render(sampleGraph(), options: o), as: UTF8.self)
        #expect(svg.contains("cluster_bloc1") && svg.contains("cluster_bloc2"))
        // Each cluster shows its own label; the map's title and legend appear once, on the map.
        #expect(svg.contains(">bloc 1<") && svg.contains(">bloc 2<"))
        #expect(svg.components(separatedBy: "Two blocs of four").count - 1 == 1, "the title is not drawn once")
        #expect(!svg.contains("font-family=\"bloc"), "a cluster's label was filed as a font")
    }
}
