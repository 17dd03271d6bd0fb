import Foundation
import RelmapCorpus
import Testing
@testable import RelmapGraph

/// Every format written in RelmapGraph (node-link JSON, GraphML, GEXF, edge-list CSV) reads back
/// with the same nodes, edges, weights and dates; the name of a file says its format.
@Suite struct FormatRoundTripTests {
    /// Four actors, a dated alliance with evidence, and three undated relations.
    static func dated() -> RelationGraph {
        var g = RelationGraph()
        let ids = [("PRK", "North Korea", "state"), ("RUS", "Russia", "state"), ("KOR", "South Korea", "state"), ("NATO", "NATO", "organisation")]
        let index = ids.map { g.addNode(.init(id: $0.0, label: $0.1, kind: ActorKind(rawValue: $0.2))) }
        let alliance = RelationGraph.Edge(
            source: index[0], target: index[1], type: "alliance", directed: false, weight: 3,
            first: "2023-07-27", last: "2024-06-19", confidence: 0.8,
            evidence: [.init(article: "a1", sentence: 2, trigger: "treaty", text: "Putin & Kim <signed> a treaty.")])
        let rest: [(Int, Int, String, Bool, Double)] = [(0, 1, "support", true, 1), (2, 1, "protest", true, 2), (2, 3, "meeting", false, 1)]
        g.edges = [alliance] + rest.map { .init(source: index[$0.0], target: index[$0.1], type: $0.2, directed: $0.3, weight: $0.4, confidence: 0.9) }
        return g
    }

    func same(_ a: RelationGraph, _ b: RelationGraph) {
        #expect(Set(a.nodes.map(\.id)) == Set(b.nodes.map(\.id)))
        for n in a.nodes { #expect(b.nodes.first { $0.id == n.id }?.label == n.label) }
        func key(_ g: RelationGraph, _ e: RelationGraph.Edge) -> String {
            "\(g.nodes[e.source].id)|\(g.nodes[e.target].id)|\(e.type)|\(e.directed)|\(e.weight)|\(e.first?.description ?? "")|\(e.last?.description ?? "")"
        }
        #expect(Set(a.edges.map { key(a, $0) }) == Set(b.edges.map { key(b, $0) }))
    }

    @Test func graphMLRoundTrips() throws {
        let g = Self.dated()
        same(g, try GraphMLReader.decode(Data(GraphMLWriter.encode(g).utf8), path: "g.graphml"))
    }

    @Test func gexfRoundTripsWithTimeIntervals() throws {
        let g = Self.dated()
        let text = try GEXFWriter.encode(g)
        #expect(text.contains("version=\"1.3\"") && text.contains("mode=\"dynamic\""))
        #expect(text.contains("start=\"2023-07-27\" end=\"2024-06-19\""))
        same(g, try GEXFReader.decode(Data(text.utf8), path: "g.gexf"))
    }

    @Test func csvRoundTrips() throws {
        let g = Self.dated()
        let edges = try EdgeListCSV.decode(CSVWriter.edges(g), path: "edges.csv")
        same(g, try EdgeListCSV.applyNodes(CSVWriter.nodes(g), to: edges, path: "nodes.csv"))
    }

    @Test func jsonRoundTrips() throws {
        let g = Self.dated()
        same(g, try GraphJSON.decode(Data(GraphJSON.encode(g).utf8), path: "g.json"))
    }

    /// Kinds and polarities relmap does not give (a file's own) read and write back as they were.
    @Test func unknownKindsAndPolaritiesAreKept() throws {
        var g = RelationGraph()
        let a = g.addNode(.init(id: "EAST", kind: ActorKind(rawValue: "alliance-bloc"))), b = g.addNode(.init(id: "PRK"))
        g.edges = [.init(source: a, target: b, type: "support", directed: true, weight: 1, polarity: Polarity(rawValue: "neutral"))]
        func check(_ r: RelationGraph, _ format: String) {
            #expect(r.nodes.first { $0.id == "EAST" }?.kind.rawValue == "alliance-bloc", "\(format)")
            #expect(r.nodes.first { $0.id == "PRK" }?.kind == .state, "\(format)")
            #expect(r.edges.first?.polarity?.rawValue == "neutral", "\(format)")
        }
        let graphML = try GraphMLWriter.encode(g)
        check(try GraphMLReader.decode(Data(graphML.utf8), path: "g.graphml"), "graphml")
        #expect(try GraphMLWriter.encode(try GraphMLReader.decode(Data(graphML.utf8), path: "g.graphml")) == graphML)
        check(try GEXFReader.decode(Data(try GEXFWriter.encode(g).utf8), path: "g.gexf"), "gexf")
        check(try GraphJSON.decode(Data(GraphJSON.encode(g).utf8), path: "g.json"), "json")
        let edges = try EdgeListCSV.decode(CSVWriter.edges(g), path: "edges.csv")
        check(try EdgeListCSV.applyNodes(CSVWriter.nodes(g), to: edges, path: "nodes.csv"), "csv")
    }

    @Test func xmlEscapesNames() throws {
        var g = RelationGraph()
        let a = g.addNode(.init(id: "A&B", label: "\"Quoted\" <name>"))
        let b = g.addNode(.init(id: "C"))
        g.edges = [.init(source: a, target: b, type: "protest", directed: true, weight: 1)]
        same(g, try GraphMLReader.decode(Data(GraphMLWriter.encode(g).utf8), path: "g.graphml"))
        same(g, try GEXFReader.decode(Data(GEXFWriter.encode(g).utf8), path: "g.gexf"))
    }

    @Test func csvFieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(CSVField.escape("Russia") == "Russia")
        #expect(CSVField.escape("C, Inc") == "\"C, Inc\"")
        #expect(CSVField.escape("say \"no\"") == "\"say \"\"no\"\"\"")
        #expect(CSVField.escape("#1") == "\"#1\"" && CSVField.escape(" pad") == "\" pad\"" && CSVField.escape("pad\t") == "\"pad\t\"")
        #expect(CSVField.record(["a", "b,c", ""]) == "a,\"b,c\",\n")
    }

    @Test func aFileNameSaysItsFormat() {
        #expect(GraphFileFormat(path: "g.json") == .json && GraphFileFormat(path: "G.GraphML") == .graphml)
        #expect(GraphFileFormat(path: "x/g.gexf") == .gexf && GraphFileFormat(path: "edges.csv") == .csv)
        #expect(GraphFileFormat(path: "g.dot") == .dot && GraphFileFormat(path: "g.gv") == .dot)
        #expect(GraphFileFormat(path: "articles") == nil && GraphFileFormat(path: "a.txt") == nil)
        #expect(GraphFileFormat.csvPaths(for: "t.csv") == ("t.nodes.csv", "t.edges.csv"))
        #expect(GraphFileFormat.csvPaths(for: "tables/") == ("tables/nodes.csv", "tables/edges.csv"))
        #expect(GraphFileFormat.nodesPath(besideEdges: "x.edges.csv") == "x.nodes.csv")
        #expect(GraphFileFormat.nodesPath(besideEdges: "x.csv") == nil)
    }
}
