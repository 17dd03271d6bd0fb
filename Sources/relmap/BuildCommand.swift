import ArgumentParser
import Foundation
import RelmapGraph

/// `relmap build`: the weighted relation graph as node-link JSON.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the weighted relation graph: who relates to whom, how, how often, since when.",
        discussion: """
            Writes networkx's node-link JSON (load it with networkx.node_link_graph): nodes with id, \
            label and kind; one edge per (source, target, type) with its weight, mentions, articles, \
            first and last dates, and references to the sentences that state it. Symmetric types \
            (alliance, meeting) carry "directed": false.

            Example:
              relmap build examples -o graph.json --since 2023-01-01
              relmap build examples -o graph.json --types alliance,protest
            """)

    @Argument(help: ArgumentHelp("Articles, folders, a graph JSON or an edge-list CSV.", valueName: "path"))
    var paths: [String]

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var graph: GraphOptions

    @Option(name: .long, parsing: .unconditional, help: "Keep only the N most central actors (by --top-by) and the edges among them.")
    var top: Int?

    @Option(name: .long, help: "The measure --top ranks actors by.")
    var topBy: Measure = .pagerank

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        try OptionCheck.count(top, "--top")
    }

    func run() throws {
        var (g, _) = try GraphInput.load(paths, corpus: corpus, graph: graph, excluding: [output])
        if let top {
            let ranking = Ranking(g, measures: [topBy], top: top)
            g = g.induced(by: Set(ranking.rows.map(\.id)))
        }
        try OutputFile.write(Data(GraphJSON.encode(g).utf8), to: output)
    }
}
