import ArgumentParser
import Foundation
import RelmapExtraction
import RelmapGraph
import RelmapGraphBuilding
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

    @Argument(help: ArgumentHelp("Articles or folders of articles (- for JSONL on standard input).", valueName: "path"))
    var paths: [String]

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var map: MapStyleOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
    var output: String = "graphs"

    @Option(name: .long, parsing: .unconditional, help: "Rows of the printed ranking.")
    var rankTop = 15

    func validate() throws {
        if output.isEmpty { throw ValidationError("-o is an empty name; give the folder to write into") }
        try OptionCheck.count(rankTop, "--rank-top")
    }

    func run() throws {
        let name = OutputName.of(paths[0])
        // The folders made here are removed again if the map fails, as long as nobody else
        // wrote into them meanwhile: nothing is left half-made, and nothing of others removed.
        let folder = try OutputFolder(output)
        let out = (svg: "\(output)/\(name).svg", graph: "\(output)/\(name).json", relations: "\(output)/\(name).relations.jsonl")
        do {
            // All three files are written to temporary files and renamed in together at the end.
            let files = (svg: try OutputFile(out.svg), graph: try OutputFile(out.graph), relations: try OutputFile(out.relations))
            try write(files, out, name: name)
            folder.keep()
        } catch {
            folder.removeMade()
            throw error
        }
    }

    /// Extracts, builds, renders and writes; the three files are committed together at the end.
    private func write(
        _ files: (svg: OutputFile, graph: OutputFile, relations: OutputFile),
        _ out: (svg: String, graph: String, relations: String), name: String
    ) throws {
        let relationsFile = files.relations
        let (source, extractor) = try corpus.corpusAndExtractor(paths, excluding: [out.svg, out.graph, out.relations])
        try graph.checkTypes(extractor.lexicon.source)
        let writer = RelationWriter(format: .jsonl)
        var builder = GraphBuilder(lexicon: extractor.lexicon.source, weight: graph.weight, filter: graph.filter).accumulator()
        var tally = CorpusTally()
        var buffer: [UInt8] = []
        try corpus.extraction(extractor, progress: map.progress).run(
            source,
            transform: { article, found in
                (article.id, article.date, found, writer.bytes(found))
            }
        ) { id, date, found, lines in
            tally.count(id: id, date: date, relations: found.count)
            for r in found { builder.add(r) }
            buffer.append(contentsOf: lines)
            if buffer.count > 1 << 20 { try relationsFile.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        try relationsFile.write(buffer)
        let g = builder.graph()
        let caption = tally.summary + "; edge weight: \(graph.weight.rawValue)"
        let options = map.options(
            format: .svg, minWeight: graph.minWeight, caption: tally.articlesAndDates + "; edge weight: \(graph.weight.rawValue)",
            defaultTitle: "Relations in \(name)", graph: g)
        let svg = try map.render(MapRenderer(style: try MapStyle.load(overrides: map.style)), g, options: options)
        try files.svg.write(svg)
        try files.graph.write(Data(GraphJSON.encode(g).utf8))
        try OutputFile.commit([files.svg, files.graph, relationsFile])
        let ranking = Ranking(g, measures: [.pagerank, .degree, .strength], top: rankTop)
        print("\(caption)\n\(g.nodes.count) actors, \(g.edges.count) edges -> \([out.svg, out.graph, out.relations].joined(separator: ", "))\n")
        print(RankingWriter.render(ranking, format: .table), terminator: "")
    }
}
