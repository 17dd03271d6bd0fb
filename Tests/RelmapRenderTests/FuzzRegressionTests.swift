import Foundation
import RelmapGraph
import Testing
@testable import RelmapRender

/// The seed corpora of the graph, DOT and style fuzz targets (`fuzz/corpus`), read the way the
/// targets read them (a graph that was read goes to every writer), without the sanitizers: the
/// inputs the fuzzers found (`regression-*`) stay fixed in the test command too.
@Suite struct FuzzRegressionTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fuzz/corpus")

    /// The seeds of fuzz target `target`: name and bytes.
    static func seeds(_ target: String) -> [(name: String, data: Data)] {
        let folder = corpus.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { (name, $0) }
        }
    }

    /// What the fuzz targets do with a graph that was read: every writer, and each file written
    /// read back with as many nodes and edges (an edge list adds up parallel edges of one type).
    static func write(_ graph: RelationGraph, _ name: String) {
        func check(_ format: String, edges: Int? = nil, _ read: () throws -> RelationGraph) {
            do {
                let back = try read()
                #expect(back.nodes.count == graph.nodes.count, "\(name) through \(format)")
                #expect(back.edges.count == edges ?? graph.edges.count, "\(name) through \(format)")
            } catch {
                Issue.record("\(name) through \(format) does not read back: \(error)")
            }
        }
        let json = GraphJSON.encode(graph)
        check("graph JSON") { try GraphJSON.decode(Data(json.utf8), path: "back.json") }
        if let graphML = try? GraphMLWriter.encode(graph) {
            check("GraphML") { try GraphMLReader.decode(Data(graphML.utf8), path: "back.graphml") }
        }
        if let gexf = try? GEXFWriter.encode(graph) {
            check("GEXF") { try GEXFReader.decode(Data(gexf.utf8), path: "back.gexf") }
        }
        // One edge a pair, type and direction (EdgeKey): a directed and an undirected row of one
        // pair and type are two edges.
        let pairs = Set(graph.edges.map { EdgeKey($0, of: graph) }).count
        check("CSV", edges: pairs) {
            let g = try EdgeListCSV.decode(CSVWriter.edges(graph), path: "edges.csv", directedTypes: Set(graph.edges.filter(\.directed).map(\.type)))
            return try EdgeListCSV.applyNodes(CSVWriter.nodes(graph), to: g, path: "nodes.csv")
        }
    }

    @Test(arguments: ["graphjson", "graphml", "gexf", "csv", "dot"])
    func graphSeedsReadAndWrite(target: String) {
        let seeds = Self.seeds(target)
        #expect(!seeds.isEmpty)
        for (name, data) in seeds {
            let text = String(validating: data, as: UTF8.self)
            switch target {
            case "graphjson": if let g = try? GraphJSON.decode(data, path: name) { Self.write(g, name) }
            case "graphml": if let g = try? GraphMLReader.decode(data, path: name) { Self.write(g, name) }
            case "gexf": if let g = try? GEXFReader.decode(data, path: name) { Self.write(g, name) }
            case "csv":
                guard let text else { continue }
                let g = (try? EdgeListCSV.decode(text, path: name, directedTypes: ["condemn", "sanction"])) ?? RelationGraph()
                Self.write(g, name)
                if let n = try? EdgeListCSV.applyNodes(text, to: g, path: name) { Self.write(n, name) }
            default:
                if let text, let g = try? DOTReader.decode(text, path: name) { Self.write(g, name) }
            }
        }
    }

    /// Found by the GraphML and DOT fuzzers: a node with an empty id was read, and its edge list
    /// then could not be read back (`nodes.csv: no id in this row`). Every graph reader refuses it.
    @Test func emptyNodeIDIsRefused() throws {
        func refused(_ target: String, _ file: String, _ read: (Data) throws -> RelationGraph) throws {
            let data = try #require(Self.seeds(target).first { $0.name == file }?.data)
            #expect(throws: GraphError.self, "\(target)/\(file)") { _ = try read(data) }
        }
        let file = "regression-empty-node-id"
        try refused("graphml", file + ".graphml") { try GraphMLReader.decode($0, path: "x.graphml") }
        try refused("gexf", file + ".gexf") { try GEXFReader.decode($0, path: "x.gexf") }
        try refused("graphjson", file + ".json") { try GraphJSON.decode($0, path: "x.json") }
        try refused("dot", file + ".dot") { try DOTReader.decode(String(decoding: $0, as: UTF8.self), path: "x.dot") }
    }

    @Test func renderSeedsMeasureAndDraw() throws {
        let seeds = Self.seeds("render")
        #expect(!seeds.isEmpty)
        let renderer = MapRenderer(style: try MapStyle.load())
        for (name, data) in seeds {
            guard let graph = try? GraphJSON.decode(data, path: name), graph.nodes.count <= 200 else { continue }
            for measure in Measure.allCases {
                _ = measure.compute(graph, directed: false)
                _ = measure.compute(graph, directed: true)
            }
            _ = Louvain.modularity(graph, blocs: Louvain.blocs(graph))
            var options = MapOptions()
            options.title = "fuzz"
            _ = try? renderer.render(graph, options: options)
        }
    }

    @Test func styleSeedsLoad() throws {
        let seeds = Self.seeds("style")
        #expect(!seeds.isEmpty)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("relmap-fuzz-style-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        for (_, data) in seeds {
            try data.write(to: URL(fileURLWithPath: path))
            _ = try? MapStyle.load(overrides: path)
        }
    }
}
