import ArgumentParser
import Foundation
import RelmapGraph
import RelmapRender

extension MapFormat: ExpressibleByArgument {}

/// The options of commands that draw maps.
struct MapStyleOptions: ParsableArguments {
    @Option(name: .long, help: "Layout engine: dot, neato, fdp, sfdp or circo (default: neato, sfdp past a few hundred actors).")
    var engine: String?

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

    @Option(name: .long, help: "Group actors: 'blocs' draws each Louvain bloc as a cluster (best with --engine dot or fdp).")
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
        if let engine, !["dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"].contains(engine) {
            throw ValidationError("unknown --engine '\(engine)' (use dot, neato, fdp, sfdp, circo, twopi, osage or patchwork)")
        }
    }

    func options(format: MapFormat, minWeight: Double, caption: String?, defaultTitle: String, graph: RelationGraph,
                 timings: Bool = false) -> MapOptions {
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

/// `relmap render`: the relation map through Graphviz.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the relation map through Graphviz's C library (SVG, PNG, PDF or DOT).",
        discussion: """
        Edges are coloured by relation type (see the legend), as wide as the log of their weight, \
        with arrows on directed types only and dashes where the reading is uncertain. Actors are \
        shaped by kind and sized by a measure. In SVG, hovering an edge shows its evidence.

        Example:
          relmap render examples -o map.svg
          relmap render graphs/examples.json -o map.png --engine sfdp --top 30
        """)

    @Argument(help: ArgumentHelp("A corpus (articles or folders), a graph JSON or an edge-list CSV.", valueName: "input"))
    var input: [String]

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var map: MapStyleOptions

    @Option(name: .long, help: "svg, png, pdf or dot (default: from the output's extension, else svg).")
    var format: MapFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Print the time of bloc detection and of each step of the render on standard error.")
    var timings = false

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Render N times in this process and report the time of one render and the growth of resident memory (for benchmarks and leak checks).", visibility: .hidden))
    var `repeat` = 1

    func validate() throws {
        try OptionCheck.count(`repeat`, "--repeat", atLeast: 1)
    }

    func run() throws {
        let fmt = try OutputFormat.choose(format, for: output, aliases: ["gv": .dot], fallback: .svg)
        let (g, summary) = try GraphInput.load(input, corpus: corpus, graph: graph, excluding: [output], progress: map.progress)
        let renderer = MapRenderer(style: try MapStyle.load(overrides: map.style))
        let name = input.count == 1 ? OutputName.of(input[0]) : "corpus"
        let options = map.options(format: fmt, minWeight: graph.minWeight, caption: summary + "; edge weight: \(graph.weight.rawValue)",
                                  defaultTitle: "Relations in \(name)", graph: g, timings: timings)
        let map: Data
        do { map = try self.map.render(renderer, g, options: options, timings: timings) } catch let error as ExportError {
            // What the input holds that Graphviz cannot take: name the input it came from.
            throw CLIError("\(input.count == 1 ? input[0] : "the corpus"): \(error)")
        }
        if `repeat` > 1 {
            let before = Self.residentKB()
            let start = Date()
            for _ in 1..<`repeat` { _ = try renderer.render(g, options: options) }
            let each = Date().timeIntervalSince(start) / Double(`repeat` - 1)
            FileHandle.standardError.write(Data("render seconds=\(String(format: "%.4f", each)) resident_growth_kb=\(Self.residentKB() - before)\n".utf8))
        }
        try OutputFile.write(map, to: output)
    }

    /// Resident memory of this process in KB (Linux), or 0.
    static func residentKB() -> Int {
        let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
        return (statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) * 4
    }
}
