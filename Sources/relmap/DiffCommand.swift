import ArgumentParser
import Foundation
import RelmapCorpus
import RelmapExtraction
import RelmapGraph
import RelmapGraphBuilding
import RelmapRender

/// `relmap diff`: how relations changed between two periods, or between two graphs.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two periods of a corpus, or between two graph files.",
        discussion: """
            Reports actors that appeared and disappeared; edges (pair and type) added, removed, \
            strengthened and weakened, with their weight before and after; rank changes for each \
            --measure with the biggest movers and Kendall's tau between the rankings; and the shift \
            in the mix of relation types (cooperative against hostile). Articles without a date are \
            named in a warning and left out of both periods. When more than --thin-coverage of a \
            period's articles have no relation, a warning says so: a change there may come from thin \
            coverage (see relmap coverage).

            Example:
              relmap diff ../shared/seeds --before 2023 --after 2024
              relmap diff examples --before ..2022 --after 2023.. --map change.svg
              relmap diff examples --before ..2022 --after 2023.. --map change.png
              relmap diff old.json new.json --format json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: ArgumentHelp("A corpus (articles or folders) with --before/--after, or two graph files.", valueName: "input"))
    var input: [String]

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("The first period (2023, 2023-Q1, ..2022, 2023-01-01..2023-06-30).", valueName: "period"))
    var before: String?

    @Option(name: .long, help: ArgumentHelp("The second period.", valueName: "period"))
    var after: String?

    @Option(name: .long, help: "What an edge's weight counts: articles, mentions, intensity or confidence.")
    var weight: WeightMode = .articles

    @OptionGroup var thin: ThinCoverageOptions
    @OptionGroup var progress: ProgressOption

    @Option(name: .long, help: "A measure to compare ranks by; repeatable (default: pagerank).")
    var measure: [Measure] = []

    @Option(name: .long, parsing: .unconditional, help: "Changes in weight up to this size count as unchanged.")
    var minChange: Double = 0

    @Option(name: .long, parsing: .unconditional, help: "Rows of rank changes shown per measure in the table.")
    var top = 10

    @Option(name: .long, help: "table or json (default: from the output's extension, else table).")
    var format: Format?

    @Option(
        name: [.customLong("map"), .customLong("svg")],
        help: ArgumentHelp("Also draw the diff as a map: SVG, PNG or PDF by --map-format or the file's extension (--svg is the old name).", valueName: "file"))
    var svg: String?

    @Option(name: .long, help: "The map's format: svg, png, pdf or dot (default: from the map file's extension, else svg).")
    var mapFormat: MapFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if (before == nil) != (after == nil) { throw ValidationError("give both --before and --after, or two graph files") }
        for (name, value) in [("--before", before), ("--after", after)] {
            if let value { do { _ = try Period(value) } catch { throw ValidationError("\(name): \(error)") } }
        }
        try OptionCheck.count(top, "--top")
        try OptionCheck.number(minChange, "--min-change", atLeast: 0)
        if before == nil && input.count != 2 { throw ValidationError("without --before/--after, give two graph files to compare") }
    }

    func run() throws {
        let format = try OutputFormat.follow(self.format, for: output, fallback: .table)
        // Checked before any work: a map whose name and format disagree is refused, never written.
        let mapFormat = try OutputFormat.choose(self.mapFormat, for: svg, aliases: ["gv": .dot], fallback: .svg, option: "--map-format")
        var gBefore: RelationGraph, gAfter: RelationGraph
        var labelBefore: String, labelAfter: String
        if let b = before, let a = after {
            let pb = try Period(b), pa = try Period(a)
            // Both graphs are built as extraction hands the relations on: none are held.
            let (source, extractor) = try corpus.corpusAndExtractor(input, excluding: [output, svg])
            let lexicon = extractor.lexicon.source
            var before = GraphBuilder(lexicon: lexicon, weight: weight, filter: GraphFilter(since: pb.start, until: pb.end)).accumulator()
            var after = GraphBuilder(lexicon: lexicon, weight: weight, filter: GraphFilter(since: pa.start, until: pa.end)).accumulator()
            var tally = CorpusTally()
            // Each period's articles, and those without a relation, for the thin-coverage warning.
            var coverage = ThinCoverage()
            try corpus.extraction(extractor, progress: progress.progress).run(
                source,
                transform: { article, found in
                    (article.id, article.date, found)
                }
            ) { id, date, found in
                tally.count(id: id, date: date, relations: found.count)
                if let date {
                    if pb.contains(date) { coverage.count(b, relations: found.count) }
                    if pa.contains(date) { coverage.count(a, relations: found.count) }
                }
                for r in found {
                    before.add(r)
                    after.add(r)
                }
            }
            CorpusOptions.warnUndated(ids: tally.undated, leftOutOf: "both periods")
            coverage.warn(threshold: thin.thinCoverage, order: [b, a])
            gBefore = before.graph()
            gAfter = after.graph()
            labelBefore = b
            labelAfter = a
        } else {
            let options = try GraphOptions.parse([])
            gBefore = try GraphInput.load([input[0]], corpus: corpus, graph: options, progress: progress.progress).0
            gAfter = try GraphInput.load([input[1]], corpus: corpus, graph: options, progress: progress.progress).0
            labelBefore = input[0]
            labelAfter = input[1]
        }
        let measures = measure.isEmpty ? [Measure.pagerank] : measure
        let diff = GraphDiff(before: gBefore, after: gAfter, measures: measures, minChange: minChange)
        var files: [OutputFile] = []
        if let svg {
            var o = MapOptions()
            o.format = mapFormat
            o.title = "What changed: \(labelBefore) → \(labelAfter)"
            o.caption = "\(diff.edgesAdded.count) added, \(diff.edgesRemoved.count) removed, \(diff.edgesChanged.count) changed; edge weight: \(weight.rawValue)"
            let (g, options) = DiffMap.make(diff, before: gBefore, after: gAfter, options: o)
            let file = try OutputFile(svg)
            try file.write(try ProgressReport(forced: progress.progress).map(MapRenderer(style: try MapStyle.load()), g, options: options))
            file.seal()
            files.append(file)
        }
        let text =
            format == .json
            ? DiffWriter.json(diff, before: labelBefore, after: labelAfter)
            : DiffWriter.table(diff, before: labelBefore, after: labelAfter, measures: measures, top: top)
        // The map and the report appear together, or neither.
        let main = try OutputFile(output)
        try main.write(Data(text.utf8))
        try OutputFile.commit(files + [main])
    }
}
