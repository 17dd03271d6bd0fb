import ArgumentParser
import Foundation
import RelmapCorpus
import RelmapExtraction
import RelmapGraph
import RelmapRender
import RelmapReport

/// `relmap report`: one self-contained HTML page to read a corpus's relations in a browser.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "One self-contained HTML page: the map with the evidence of every actor and edge, filters, ranking, timeline, coverage.",
        usage: "relmap report [<options>] <path> ... -o <file>",
        discussion: """
            The page needs no network: its style, script, data and maps are inside it. Click or tap \
            an actor or an edge of the map for the sentences behind it (article, date, title, link, \
            the trigger marked, confidence, hedged or negated), a page of 20 at a time; filter the \
            edges by type, polarity and period; sort the ranking by any measure; read relations per \
            month, quarter or year, and the coverage (articles, languages, undated, without a \
            relation). With --before and --after it adds what changed between the two periods, as \
            relmap diff reports and draws it. Every sentence is embedded, each once; --evidence N \
            keeps the first N of each edge, for a smaller page, which then says how many more it has.

            Example:
              relmap report examples -o report.html
              relmap report ../shared/seeds -o seeds.html --before 2023 --after 2024
              relmap report corpus -o hostile.html --polarity hostile --evidence 20
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case html }

    @Argument(help: ArgumentHelp("Articles or folders of articles (- for JSONL on standard input), or relations relmap extract wrote.", valueName: "path"))
    var paths: [String]

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var graph: GraphOptions
    @OptionGroup var map: MapStyleOptions

    @Option(name: .long, help: ArgumentHelp("With --after: the first period of a diff section (2023, 2023-Q1, ..2022).", valueName: "period"))
    var before: String?

    @Option(name: .long, help: ArgumentHelp("With --before: the second period.", valueName: "period"))
    var after: String?

    @Option(name: .long, help: "A measure of the ranking table; repeatable. Default: pagerank, degree, strength, betweenness.")
    var measure: [Measure] = []

    @Option(name: .long, parsing: .unconditional, help: "Evidence sentences embedded per edge, the first ones (0: all; a smaller page).")
    var evidence = 0

    @Flag(name: .long, help: "Leave out the bloc column of the ranking.")
    var noBlocs = false

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write (- for standard output).", valueName: "file"))
    var output: String

    func validate() throws {
        if (before == nil) != (after == nil) { throw ValidationError("give both --before and --after for a diff, or neither") }
        for (name, value) in [("--before", before), ("--after", after)] {
            if let value { do { _ = try Period(value) } catch { throw ValidationError("\(name): \(error)") } }
        }
        try OptionCheck.count(evidence, "--evidence", meaning: "all")
        if noBlocs && map.cluster == .blocs { throw ValidationError("--cluster blocs needs the blocs: leave out --no-blocs") }
    }

    func run() throws {
        _ = try OutputFormat.choose(nil as Format?, for: output, aliases: ["htm": .html], fallback: .html)
        let columns = try corpus.articleColumns()
        if paths.count == 1, let format = GraphFileFormat(path: paths[0]), !(format == .csv && columns.holdsArticles(csvAt: paths[0])) {
            throw CLIError("\(paths[0]): a graph file holds no sentences to show; give the articles (or the relations relmap extract wrote)")
        }
        let name = OutputName.of(paths[0])
        var options = ReportOptions(style: try MapStyle.load(overrides: map.style))
        options.title = map.title ?? "Relations in \(name)"
        options.filter = graph.filter
        options.weight = graph.weight
        options.map = map.options(format: .svg, minWeight: graph.minWeight, caption: nil, defaultTitle: options.title, graph: RelationGraph())
        options.clusterBlocs = map.cluster == .blocs
        if !measure.isEmpty { options.measures = measure }
        options.blocs = !noBlocs
        options.evidencePerEdge = evidence
        options.before = try before.map { try Period($0) }
        options.after = try after.map { try Period($0) }
        let (source, extractor) = try corpus.corpusAndExtractor(paths, excluding: [output])
        try graph.checkTypes(extractor.lexicon.source)
        var collector = ReportCollector(lexicon: extractor.lexicon.source, options: options)
        try corpus.extraction(extractor, progress: map.progress).run(
            source,
            transform: { article, found in
                (ReportArticle(article, relations: found, extractor: extractor), found)
            }
        ) { article, found in
            collector.add(article, relations: found)
        }
        if graph.filter.hasPeriod || options.before != nil {
            CorpusOptions.warnUndated(ids: collector.coverage.undatedIDs, leftOutOf: "the periods")
        }
        let page = try ReportPage(try Report(collector)).html()
        try OutputFile.write(Data(page.utf8), to: output)
    }
}
