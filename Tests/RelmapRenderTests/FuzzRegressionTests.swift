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

    /// What the fuzz targets do with a graph that was read.
    static func write(_ graph: RelationGraph) {
        _ = GraphJSON.encode(graph)
        _ = try? GraphMLWriter.encode(graph)
        _ = try? GEXFWriter.encode(graph)
        _ = CSVWriter.nodes(graph)
        _ = CSVWriter.edges(graph)
    }

    @Test(arguments: ["graphjson", "graphml", "gexf", "csv", "dot"])
    func graphSeedsReadAndWrite(target: String) {
        let seeds = Self.seeds(target)
        #expect(!seeds.isEmpty)
        for (name, data) in seeds {
            let text = String(validating: data, as: UTF8.self)
            switch target {
            case "graphjson": if let g = try? GraphJSON.decode(data, path: name) { Self.write(g) }
            case "graphml": if let g = try? GraphMLReader.decode(data, path: name) { Self.write(g) }
            case "gexf": if let g = try? GEXFReader.decode(data, path: name) { Self.write(g) }
            case "csv":
                guard let text else { continue }
                let g = (try? EdgeListCSV.decode(text, path: name, directedTypes: ["condemn", "sanction"])) ?? RelationGraph()
                Self.write(g)
                if let n = try? EdgeListCSV.applyNodes(text, to: g, path: name) { Self.write(n) }
            default:
                if let text, let g = try? DOTReader.decode(text, path: name) { Self.write(g) }
            }
        }
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
