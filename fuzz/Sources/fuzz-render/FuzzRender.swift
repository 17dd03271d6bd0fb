import Foundation
import FuzzSupport
import RelmapGraph
import RelmapRender

/// A graph JSON that reads, then what `rank` and `render` do with it: every measure (undirected and
/// directed), blocs and their modularity, and an SVG map through Graphviz.
@main
enum FuzzRender {
    static func main() {
        let renderer: MapRenderer
        do { renderer = MapRenderer(style: try MapStyle.load()) } catch { fatalError("bundled style: \(error)") }
        Fuzz.run { bytes in
            let graph = try GraphJSON.decode(Data(bytes), path: "fuzz.json")
            // Graphviz lays out in seconds what fits in the fuzzer's inputs; bigger graphs are the
            // benchmarks' business, not a fuzzer's.
            guard graph.nodes.count <= 200 else { return }
            for measure in Measure.allCases {
                _ = measure.compute(graph, directed: false)
                _ = measure.compute(graph, directed: true)
            }
            let blocs = Louvain.blocs(graph)
            _ = Louvain.modularity(graph, blocs: blocs)
            var options = MapOptions()
            options.title = "fuzz"
            _ = try renderer.render(graph, options: options)
        }
    }
}
