import Foundation
import RelmapCorpus
import Testing
@testable import RelmapGraph
@testable import RelmapRender

/// Parallel edges of one pair and type mean the same in every format: each reader adds them up
/// into one edge, as the edge-list CSV always did, so an export and its reading back agree
/// whatever the format; GraphML edge ids never collide.
@Suite struct ParallelEdgeTests {
    /// A-B alliance three times (once written B-A), and A->B sanction twice with dates and evidence.
    static func multigraph() -> RelationGraph {
        var g = RelationGraph()
        let a = g.addNode(.init(id: "A")), b = g.addNode(.init(id: "B"))
        g.edges = [
            .init(source: a, target: b, type: "alliance", directed: false, weight: 2, mentions: 2, articles: 2, confidence: 1),
            .init(source: a, target: b, type: "alliance", directed: false, weight: 3, mentions: 2, articles: 1, confidence: 0.5),
            .init(source: b, target: a, type: "alliance", directed: false, weight: 1),
            .init(
                source: a, target: b, type: "sanction", directed: true, weight: 1, first: "2023-05-01", last: "2023-06-01",
                evidence: [.init(article: "x", sentence: 1, trigger: "sanctions")]),
            .init(
                source: a, target: b, type: "sanction", directed: true, weight: 4, first: "2022-01-01", last: "2023-02-01",
                polarity: .hostile, evidence: [.init(article: "y", sentence: 2, trigger: "embargo")])
        ]
        return g
    }

    func expectMerged(_ g: RelationGraph, _ format: String) {
        #expect(g.edges.count == 2, "\(format): \(g.edges.count) edges")
        guard let ally = g.edges.first(where: { $0.type == "alliance" }), let sanction = g.edges.first(where: { $0.type == "sanction" }) else {
            Issue.record("\(format): an edge is missing")
            return
        }
        #expect(ally.weight == 6 && ally.mentions == 5 && ally.articles == 4, "\(format): \(ally)")
        #expect(abs(ally.confidence - 0.8) < 1e-9, "\(format): confidence \(ally.confidence)")
        #expect(sanction.weight == 5 && sanction.first == "2022-01-01" && sanction.last == "2023-06-01", "\(format): \(sanction)")
        #expect(sanction.polarity == .hostile, "\(format)")
    }

    @Test func everyReaderAddsParallelEdgesUp() throws {
        let g = Self.multigraph()
        let json = try GraphJSON.decode(Data(GraphJSON.encode(g).utf8), path: "g.json")
        expectMerged(json, "JSON")
        #expect(json.edges.first { $0.type == "sanction" }?.evidence.map(\.article) == ["x", "y"])
        expectMerged(try GraphMLReader.decode(Data(try GraphMLWriter.encode(g).utf8), path: "g.graphml"), "GraphML")
        expectMerged(try GEXFReader.decode(Data(try GEXFWriter.encode(g).utf8), path: "g.gexf"), "GEXF")
        expectMerged(try EdgeListCSV.decode(CSVWriter.edges(g), path: "edges.csv"), "CSV")
        var o = MapOptions()
        o.format = .dot
        o.maxEdges = 0
        let dot = String(decoding: try MapRenderer(style: try MapStyle.load()).render(g, options: o), as: UTF8.self)
        expectMerged(try DOTReader.decode(dot, path: "g.dot"), "DOT")
    }

    @Test func mergedWeightsPastTheLimitAreAnError() {
        var g = RelationGraph()
        let a = g.addNode(.init(id: "A")), b = g.addNode(.init(id: "B"))
        g.edges = [.init(source: a, target: b, type: "x", directed: true, weight: 9e14), .init(source: a, target: b, type: "x", directed: true, weight: 9e14)]
        #expect(throws: GraphError.self) { try g.mergingParallelEdges(path: "g.json") }
    }

    @Test func graphMLEdgeIDsNeverCollide() throws {
        var g = RelationGraph()
        for id in ["a-b", "c", "a", "b-c", "x%2Dy", "x-y"] { g.addNode(.init(id: id)) }
        g.edges = [
            .init(source: 0, target: 1, type: "t", directed: true, weight: 1), .init(source: 2, target: 3, type: "t", directed: true, weight: 1),
            .init(source: 4, target: 1, type: "t", directed: true, weight: 1), .init(source: 5, target: 1, type: "t", directed: true, weight: 1),
            .init(source: 2, target: 1, type: "t", directed: true, weight: 1), .init(source: 2, target: 1, type: "t", directed: false, weight: 1)
        ]
        let text = try GraphMLWriter.encode(g)
        let ids = text.split(separator: "\n").compactMap { line -> String? in
            guard let r = line.range(of: "<edge id=\"") else { return nil }
            return String(line[r.upperBound...].prefix { $0 != "\"" })
        }
        #expect(ids.count == 6 && Set(ids).count == 6, "\(ids)")
        #expect(ids.first == "a%2Db-c-t")
    }
}
