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

    @Option(name: .long, parsing: .unconditional, help: "Rows of the printed ranking.")
    var rankTop = 15

    func validate() throws {
        try OptionCheck.count(rankTop, "--rank-top")
    }

    func run() throws {
        let name = URL(fileURLWithPath: paths[0]).deletingPathExtension().lastPathComponent
        // Folders made here are removed again if the map fails: nothing is left half-made.
        var madeFolder: String?
        var folder = (output as NSString).standardizingPath
        while !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            madeFolder = folder
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder { break }
            folder = parent
        }
        func removeMadeFolder() { if let madeFolder { try? FileManager.default.removeItem(atPath: madeFolder) } }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let out = (svg: "\(output)/\(name).svg", graph: "\(output)/\(name).json", relations: "\(output)/\(name).relations.jsonl")
        // Relations are written (to a temporary file, renamed when all is done) and counted into
        // the graph as extraction hands them on: none are held.
        let relationsFile: OutputFile
        do { relationsFile = try OutputFile(out.relations) } catch {
            removeMadeFolder()
            throw error
        }
        do {
            try write(relationsFile, out, name: name)
        } catch {
            relationsFile.discard()
            removeMadeFolder()
            throw error
        }
    }

    /// Extracts, builds, renders and writes; `relationsFile` is committed last.
    private func write(_ relationsFile: OutputFile, _ out: (svg: String, graph: String, relations: String), name: String) throws {
        let (source, extractor) = try corpus.corpusAndExtractor(paths, excluding: [out.svg, out.graph, out.relations])
        try graph.checkTypes(extractor.lexicon.lexicon)
        let writer = RelationWriter(format: .jsonl)
        var builder = GraphBuilder(lexicon: extractor.lexicon.lexicon, weight: graph.weight, filter: graph.filter).accumulator()
        var tally = CorpusTally()
        var buffer: [UInt8] = []
        try corpus.extraction(extractor).run(source, transform: { article, found in
            (article.id, article.date, found, writer.bytes(found))
        }) { id, date, found, lines in
            tally.count(id: id, date: date, relations: found.count)
            for r in found { builder.add(r) }
            buffer.append(contentsOf: lines)
            if buffer.count > 1 << 20 { try relationsFile.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        try relationsFile.write(buffer)
        let g = builder.graph()
        let caption = tally.summary + "; edge weight: \(graph.weight.rawValue)"
        let options = map.options(format: .svg, minWeight: graph.minWeight, caption: caption, defaultTitle: "Relations in \(name)", graph: g)
        let svg = try MapRenderer(style: try MapStyle.load(overrides: map.style)).render(g, options: options)
        // The map and the graph are made before any file is written; the relations file is
        // renamed into place last.
        let files: [(String, Data)] = [(out.svg, svg), (out.graph, Data(GraphJSON.encode(g).utf8))]
        for (path, data) in files { try OutputFile.write(data, to: path) }
        try relationsFile.commit()
        let ranking = Ranking(g, measures: [.pagerank, .degree, .strength], top: rankTop)
        print("\(caption)\n\(g.nodes.count) actors, \(g.edges.count) edges -> \([out.svg, out.graph, out.relations].joined(separator: ", "))\n")
        print(RankingWriter.render(ranking, format: .table), terminator: "")
    }
}
