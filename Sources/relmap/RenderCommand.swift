import ArgumentParser
import Foundation
import RelmapGraph
import RelmapRender

extension MapFormat: ExpressibleByArgument {}

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

    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp("Render N times in this process and report the time of one render and the growth of resident memory (for benchmarks and leak checks).", visibility: .hidden))
    var `repeat` = 1

    func validate() throws {
        try OptionCheck.count(`repeat`, "--repeat", atLeast: 1)
    }

    func run() throws {
        let fmt = try OutputFormat.choose(format, for: output, aliases: ["gv": .dot], fallback: .svg)
        let (g, summary) = try GraphInput.load(input, corpus: corpus, graph: graph, excluding: [output], progress: map.progress)
        let renderer = MapRenderer(style: try MapStyle.load(overrides: map.style))
        let name = input.count == 1 ? OutputName.of(input[0]) : "corpus"
        let options = map.options(
            format: fmt, minWeight: graph.minWeight, caption: summary + "; edge weight: \(graph.weight.rawValue)",
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
