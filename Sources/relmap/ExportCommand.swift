import ArgumentParser
import Foundation
import RelmapGraph
import RelmapRender

extension GraphFileFormat: ExpressibleByArgument {}

/// `relmap export`: the graph in the formats other tools open.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the graph: JSON (node-link), GraphML, GEXF 1.3 (with time), CSV (nodes + edges) or DOT.",
        discussion: """
            The format comes from the output's extension (.json, .graphml, .gexf, .csv, .dot) or \
            --format. GEXF gives each edge the interval from its first to its last date, so Gephi's \
            timeline plays the corpus. CSV writes two files: with -o DIR (or a name without \
            extension), DIR/nodes.csv and DIR/edges.csv; with -o NAME.csv, NAME.nodes.csv and \
            NAME.edges.csv. Every export reads back into relmap.

            Example:
              relmap export examples -o graph.gexf
              relmap export graphs/examples.json -o tables --format csv
            """)

    typealias Format = GraphFileFormat

    @Argument(help: ArgumentHelp("A corpus (articles or folders), or a graph file.", valueName: "input"))
    var input: [String]

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var graph: GraphOptions

    @OptionGroup var progress: ProgressOption

    @Option(name: .long, help: "json, graphml, gexf, csv or dot (default: from the output's extension).")
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file (or, for csv, the folder) to write.", valueName: "file"))
    var output: String

    func validate() throws {
        if format == nil, URL(fileURLWithPath: output).pathExtension.isEmpty {
            throw ValidationError("cannot tell the format from '\(output)': use --format json|graphml|gexf|csv|dot")
        }
    }

    func run() throws {
        let fmt = try OutputFormat.choose(format, for: output, aliases: GraphFileFormat.aliases, fallback: .json)
        let csv = GraphFileFormat.csvPaths(for: output)
        let (g, _) = try GraphInput.load(
            input, corpus: corpus, graph: graph, excluding: [output, csv.nodes, csv.edges],
            progress: progress.progress)
        switch fmt {
        case .json: try OutputFile.write(Data(GraphJSON.encode(g).utf8), to: output)
        case .graphml: try OutputFile.write(Data(GraphMLWriter.encode(g).utf8), to: output)
        case .gexf: try OutputFile.write(Data(GEXFWriter.encode(g).utf8), to: output)
        case .dot:
            var options = MapOptions()
            options.format = .dot
            let dot = try ProgressReport(forced: progress.progress).map(MapRenderer(style: try MapStyle.load()), g, options: options)
            try OutputFile.write(dot, to: output)
        case .csv:
            // Both files are written to temporary files and renamed in together at the end: a
            // failure on either leaves both as they were, and removes a folder this run made.
            let (nodes, edges) = csv
            let folder = nodes.hasPrefix(output + "/") ? try OutputFolder(output) : nil
            do {
                let files = [try OutputFile(nodes), try OutputFile(edges)]
                try files[0].write(Data(CSVWriter.nodes(g).utf8))
                try files[1].write(Data(CSVWriter.edges(g).utf8))
                try OutputFile.commit(files)
                folder?.keep()
            } catch {
                folder?.removeMade()
                throw error
            }
        }
    }
}
