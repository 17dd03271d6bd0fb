import Foundation
import Testing
import RelmapGraph
@testable import RelmapRender

/// Every export reads back into relmap with the same nodes, edges, weights and dates.
@Suite(.serialized) struct ExportTests {
    func same(_ a: RelationGraph, _ b: RelationGraph, dates: Bool = true, labels: Bool = true) {
        #expect(Set(a.nodes.map(\.id)) == Set(b.nodes.map(\.id)))
        if labels { for n in a.nodes { #expect(b.nodes.first { $0.id == n.id }?.label == n.label) } }
        func key(_ g: RelationGraph, _ e: RelationGraph.Edge) -> String {
            "\(g.nodes[e.source].id)|\(g.nodes[e.target].id)|\(e.type)|\(e.directed)|\(e.weight)" + (dates ? "|\(e.first ?? "")|\(e.last ?? "")" : "")
        }
        #expect(Set(a.edges.map { key(a, $0) }) == Set(b.edges.map { key(b, $0) }))
    }

    @Test func graphMLRoundTrips() throws {
        let g = sampleGraph()
        same(g, try GraphMLReader.decode(Data(GraphMLWriter.encode(g).utf8), path: "g.graphml"))
    }

    @Test func gexfRoundTripsWithTimeIntervals() throws {
        let g = sampleGraph()
        let text = try GEXFWriter.encode(g)
        #expect(text.contains("version=\"1.3\"") && text.contains("mode=\"dynamic\""))
        #expect(text.contains("start=\"2023-07-27\" end=\"2024-06-19\""))
        same(g, try GEXFReader.decode(Data(text.utf8), path: "g.gexf"))
    }

    @Test func csvRoundTrips() throws {
        let g = sampleGraph()
        let edges = try EdgeListCSV.decode(CSVWriter.edges(g), path: "edges.csv")
        same(g, try EdgeListCSV.applyNodes(CSVWriter.nodes(g), to: edges, path: "nodes.csv"))
    }

    @Test func dotRoundTripsThroughGraphviz() throws {
        let g = sampleGraph()
        var o = MapOptions()
        o.format = .dot
        let dot = String(decoding: try MapRenderer(style: try MapStyle.load()).render(g, options: o), as: UTF8.self)
        same(g, try DOTReader.decode(dot, path: "g.dot"))
    }

    @Test func jsonRoundTrips() throws {
        let g = sampleGraph()
        same(g, try GraphJSON.decode(Data(GraphJSON.encode(g).utf8), path: "g.json"))
    }

    @Test func xmlEscapesNames() throws {
        var g = RelationGraph()
        let a = g.addNode(.init(id: "A&B", label: "\"Quoted\" <name>"))
        let b = g.addNode(.init(id: "C"))
        g.edges = [.init(source: a, target: b, type: "protest", directed: true, weight: 1)]
        same(g, try GraphMLReader.decode(Data(GraphMLWriter.encode(g).utf8), path: "g.graphml"))
        same(g, try GEXFReader.decode(Data(GEXFWriter.encode(g).utf8), path: "g.gexf"))
    }

    @Test func blocsDrawAsClusters() throws {
        var o = MapOptions()
        o.engine = "dot"
        o.blocs = ["PRK": 1, "RUS": 1, "KOR": 2, "NATO": 2]
        let svg = String(decoding: try MapRenderer(style: try MapStyle.load()).render(sampleGraph(), options: o), as: UTF8.self)
        #expect(svg.contains("cluster_bloc1") && svg.contains("cluster_bloc2"))
    }
}
