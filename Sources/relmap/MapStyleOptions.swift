import ArgumentParser
import Foundation
import RelmapGraph
import RelmapRender

extension LayoutEngine: ExpressibleByArgument {}

/// The options of commands that draw maps.
struct MapStyleOptions: ParsableArguments {
    @Option(name: .long, help: "Layout engine: dot, neato, fdp, sfdp or circo (default: neato; fdp with --cluster; sfdp past a few hundred actors).")
    var engine: LayoutEngine?

    @Option(name: .long, help: "The measure that sizes and shades actors.")
    var sizeBy: Measure = .pagerank

    @Flag(name: .long, help: "One edge per pair of actors, its relation types merged.")
    var mergeTypes = false

    @Option(name: .long, parsing: .unconditional, help: "Draw only the N most central actors (by --size-by).")
    var top: Int?

    @Option(name: .long, parsing: .unconditional, help: "Draw at most N edges, the heaviest (0: all; default: the style's max_edges, 400).")
    var maxEdges: Int?

    @Option(name: .long, help: ArgumentHelp("A style file (YAML) read over the bundled one.", valueName: "file"))
    var style: String?

    @Option(name: .long, help: "The map's title.")
    var title: String?

    @Option(name: .long, help: "Group actors: 'blocs' draws each bloc (as in rank: hostile ties repel) as a labelled cluster, laid out by fdp unless --engine says otherwise.")
    var cluster: Clustering?

    enum Clustering: String, ExpressibleByArgument, CaseIterable { case blocs }

    @Flag(name: .long, help: "Report the progress of bloc detection and layout on standard error from the start, also when it is not a terminal (a terminal shows it after 2 seconds).")
    var progress = false

    /// The map of `g`, its progress reported as `--progress` and standard error say; with
    /// `timings`, the time of each step on standard error.
    func render(_ renderer: MapRenderer, _ g: RelationGraph, options: MapOptions, timings: Bool = false) throws -> Data {
        try ProgressReport(forced: progress).map(renderer, g, options: options, timings: timings)
    }

    func validate() throws {
        if let style { try OptionFile.check(style, option: "--style", takes: "a YAML style file") }
        try OptionCheck.count(maxEdges, "--max-edges", meaning: "all")
        try OptionCheck.count(top, "--top")
    }

    func options(
        format: MapFormat, minWeight: Double, caption: String?, defaultTitle: String, graph: RelationGraph,
        timings: Bool = false
    ) -> MapOptions {
        var o = MapOptions()
        if cluster == .blocs {
            let start = Date()
            let blocs = Louvain.blocs(graph, report: ProgressReport(forced: progress))
            if timings { Timings.note("blocs", since: start) }
            o.blocs = Dictionary(uniqueKeysWithValues: graph.nodes.indices.map { (graph.nodes[$0].id, blocs[$0]) })
        }
        o.engine = engine
        o.format = format
        o.sizeBy = sizeBy
        o.mergeTypes = mergeTypes
        o.top = top
        o.maxEdges = maxEdges
        o.minWeight = minWeight
        o.title = title ?? defaultTitle
        o.caption = caption
        return o
    }
}
