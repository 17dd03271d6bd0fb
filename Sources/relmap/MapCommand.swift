import ArgumentParser
import Foundation
import RelmapExtraction
import RelmapGraph
import RelmapRender

/// `relmap map`: the main job — extract, build, render and rank in one go.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Extract, build, render and rank in one go: the main job.",
        discussion: """
        Writes DIR/NAME.svg (the map), DIR/NAME.json (the graph, node-link JSON) and \
        DIR/NAME.relations.jsonl (every relation with its sentence), where NAME is the first \
        input's name, and prints the centrality ranking.

        Example:
          relmap map examples -o graphs
        """)

    @Argument(help: ArgumentHelp("Articles or folders of articles.", valueName: "path"))
    var paths: [String]

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var map: MapStyleOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
    var output: String = "graphs"

    @Option(name: .long, help: "Rows of the printed ranking.")
    var rankTop = 15

    func run() throws {
        let (articles, relations, lexicon) = try corpus.extractAll(paths)
        let g = GraphBuilder(lexicon: lexicon, weight: graph.weight, filter: graph.filter).build(relations)
        let name = URL(fileURLWithPath: paths[0]).deletingPathExtension().lastPathComponent
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let dates = articles.compactMap(\.date).sorted()
        var caption = "\(articles.count) articles, \(relations.count) relations"
        if let f = dates.first, let l = dates.last { caption += ", \(f) to \(l)" }
        caption += "; edge weight: \(graph.weight.rawValue)"
        let options = map.options(format: .svg, minWeight: graph.minWeight, caption: caption, defaultTitle: "Relations in \(name)", graph: g)
        let svg = try MapRenderer(style: try MapStyle.load(overrides: map.style)).render(g, options: options)
        let writer = RelationWriter(format: .jsonl)
        // All outputs are prepared before any is written.
        let files: [(String, Data)] = [
            ("\(output)/\(name).svg", svg),
            ("\(output)/\(name).json", Data(GraphJSON.encode(g).utf8)),
            ("\(output)/\(name).relations.jsonl", Data(relations.map(writer.line).joined().utf8)),
        ]
        for (path, data) in files { try OutputFile.write(data, to: path) }
        let ranking = Ranking(g, measures: [.pagerank, .degree, .strength], top: rankTop)
        print("\(caption)\n\(g.nodes.count) actors, \(g.edges.count) edges -> \(files.map(\.0).joined(separator: ", "))\n")
        print(RankingWriter.render(ranking, format: .table), terminator: "")
    }
}
