import ArgumentParser
import Foundation
import RelmapCorpus
import RelmapExtraction
import RelmapGraph
import RelmapGraphBuilding
import RelmapRender

/// `relmap timeline`: the corpus window by window.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Windows of a month, a quarter or a year over a corpus: articles, relations, top actors and edge weights.",
        discussion: """
            For each window from the first dated article to the last: the number of articles and of \
            relations, the top actors by --measure, and the weight of each edge; as JSON (one object \
            a window) or CSV (one row per window and edge). --maps DIR renders one map per window, \
            all on one layout (that of the whole corpus), so the maps compare side by side. Undated \
            articles are named in a warning and left out. When more than --thin-coverage of a \
            window's articles have no relation, a warning names the window: a change there may come \
            from thin coverage (see relmap coverage).

            Example:
              relmap timeline examples --window year --maps timeline/
              relmap timeline examples --window year --maps timeline/ --map-format png
              relmap timeline ../shared/seeds --window quarter --format csv
            """)

    enum Window: String, ExpressibleByArgument, CaseIterable { case month, quarter, year }
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }

    @Argument(help: ArgumentHelp("Articles or folders of articles (- for JSONL on standard input).", valueName: "path"))
    var paths: [String]

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .long, help: "month, quarter or year.")
    var window: Window = .year

    @Option(name: .long, help: "What an edge's weight counts: articles, mentions, intensity or confidence.")
    var weight: WeightMode = .articles

    @OptionGroup var thin: ThinCoverageOptions
    @OptionGroup var progress: ProgressOption

    @Option(name: .long, help: "The measure that ranks the top actors.")
    var measure: Measure = .pagerank

    @Option(name: .long, parsing: .unconditional, help: "Top actors listed per window.")
    var top = 5

    @Option(name: .long, help: "json or csv (default: from the output's extension, else json).")
    var format: Format?

    @Option(name: .long, help: ArgumentHelp("Render one map per window into this folder (WINDOW.svg, .png, ...), on one fixed layout.", valueName: "dir"))
    var maps: String?

    @Option(name: .long, help: "The maps' format: svg, png, pdf or dot.")
    var mapFormat: MapFormat = .svg

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    struct Slice {
        var name: String
        var period: Period
        var articles: Int
        var graph: RelationGraph
        var relations: Int
    }

    func validate() throws {
        try OptionCheck.count(top, "--top")
    }

    func run() throws {
        let format = try OutputFormat.follow(self.format, for: output, fallback: .json)
        // Each relation goes into the graph of its window (and, for maps, the whole graph) as
        // extraction hands it on: none are held.
        let (source, extractor) = try corpus.corpusAndExtractor(paths, excluding: [output])
        let lexicon = extractor.lexicon.source
        var windows: [String: (graph: GraphBuilder.Accumulator, articles: Int, relations: Int)] = [:]
        func builder(_ name: String) -> GraphBuilder {
            let period = try? Period(name)
            return GraphBuilder(lexicon: lexicon, weight: weight, filter: GraphFilter(since: period?.start, until: period?.end))
        }
        var whole = GraphBuilder(lexicon: lexicon, weight: weight).accumulator()
        var tally = CorpusTally()
        // Each window's articles, and those without a relation, for the thin-coverage warning.
        var coverage = ThinCoverage()
        let window = self.window
        try corpus.extraction(extractor, progress: progress.progress).run(
            source,
            transform: { article, found in
                (article.id, article.date, found)
            }
        ) { id, date, found in
            tally.count(id: id, date: date, relations: found.count)
            // A relation carries its article's date, so its article's window.
            guard let date else { return }
            let name = Self.window(of: date, by: window)
            if windows[name] == nil { windows[name] = (builder(name).accumulator(), 0, 0) }
            windows[name]?.articles += 1
            windows[name]?.relations += found.count
            coverage.count(name, relations: found.count)
            for r in found {
                windows[name]?.graph.add(r)
                if maps != nil { whole.add(r) }
            }
        }
        CorpusOptions.warnUndated(ids: tally.undated, leftOutOf: "the timeline")
        guard let first = tally.first, let last = tally.last else {
            throw CLIError("no dated article: a timeline needs dates (metadata, index.jsonl, or a date in the text)")
        }
        let names = Self.windows(from: first, to: last, by: window)
        coverage.warn(threshold: thin.thinCoverage, order: names)
        var slices: [Slice] = []
        for name in names {
            let period = try Period(name)
            let w = windows[name]
            slices.append(
                Slice(
                    name: name, period: period, articles: w?.articles ?? 0,
                    graph: w?.graph.graph() ?? builder(name).accumulator().graph(), relations: w?.relations ?? 0))
        }
        // The maps and the output are written to temporary files and renamed in together at the
        // end; a failure leaves none of them, nor a maps folder this run made.
        let folder = try maps.map { try OutputFolder($0) }
        do {
            var files: [OutputFile] = []
            if let maps {
                let renderer = MapRenderer(style: try MapStyle.load())
                let report = ProgressReport(forced: progress.progress)
                let positions = try report.run("layout", "the whole corpus") { try renderer.positions(of: whole.graph(), options: MapOptions()) }
                let drawn = slices.filter { !$0.graph.nodes.isEmpty }
                for (k, s) in drawn.enumerated() {
                    var o = MapOptions()
                    o.format = mapFormat
                    o.positions = positions
                    o.title = "Relations in \(s.name)"
                    o.caption = "\(s.articles) articles, \(s.relations) relations; edge weight: \(weight.rawValue); layout shared by all windows"
                    let file = try OutputFile("\(maps)/\(s.name).\(mapFormat.rawValue)")
                    try file.write(try report.map(renderer, s.graph, options: o, step: "map \(k + 1) of \(drawn.count) (\(s.name))"))
                    file.seal()
                    files.append(file)
                }
            }
            let main = try OutputFile(output)
            try main.write(render(slices, as: format))
            try OutputFile.commit(files + [main])
            folder?.keep()
        } catch {
            folder?.removeMade()
            throw error
        }
    }

    func render(_ slices: [Slice], as format: Format) -> String {
        switch format {
        case .json:
            return JSONText.render(
                .array(
                    slices.map { s in
                        let ranking = Ranking(s.graph, measures: [measure], top: top)
                        return .object([
                            ("window", .string(s.name)), ("start", .string(s.period.start?.description ?? "")), ("end", .string(s.period.end?.description ?? "")),
                            ("articles", .int(s.articles)), ("relations", .int(s.relations)),
                            ("top", .array(ranking.rows.map { .object([("id", .string($0.id)), (measure.rawValue, .number($0.values[0]))]) })),
                            (
                                "edges",
                                .array(
                                    s.graph.edges.map { e in
                                        .object([
                                            ("source", .string(s.graph.nodes[e.source].id)), ("target", .string(s.graph.nodes[e.target].id)),
                                            ("type", .string(e.type)), ("weight", .number(e.weight))
                                        ])
                                    })
                            )
                        ])
                    }), indent: 1) + "\n"
        case .csv:
            var out = "window,start,end,articles,relations,top_actors,source,target,type,weight\n"
            for s in slices {
                let topActors = Ranking(s.graph, measures: [measure], top: top).rows.map(\.id).joined(separator: " ")
                let head = [s.name, s.period.start?.description ?? "", s.period.end?.description ?? "", String(s.articles), String(s.relations), topActors]
                if s.graph.edges.isEmpty { out += (head + ["", "", "", ""]).map(CSVField.escape).joined(separator: ",") + "\n" }
                for e in s.graph.edges {
                    out +=
                        (head + [s.graph.nodes[e.source].id, s.graph.nodes[e.target].id, e.type, JSONText.number(e.weight)])
                        .map(CSVField.escape).joined(separator: ",") + "\n"
                }
            }
            return out
        }
    }

    /// The window a day falls in: "2024", "2024-Q3" or "2024-07".
    static func window(of date: Day, by window: Window) -> String {
        let written = date.description
        switch window {
        case .year: return String(written.prefix(4))
        case .quarter: return "\(written.prefix(4))-Q\((date.month - 1) / 3 + 1)"
        case .month: return String(written.prefix(7))
        }
    }

    /// The windows covering `first` to `last`: `2024`, `2024-Q2` or `2024-03`.
    static func windows(from first: Day, to last: Day, by window: Window) -> [String] {
        let (y0, y1, m0, m1) = (first.year, last.year, first.month, last.month)
        var out: [String] = []
        switch window {
        case .year:
            out = (y0...y1).map(String.init)
        case .quarter:
            var (y, q) = (y0, (m0 - 1) / 3 + 1)
            while (y, q) <= (y1, (m1 - 1) / 3 + 1) {
                out.append("\(y)-Q\(q)")
                q += 1
                if q > 4 { q = 1; y += 1 }
            }
        case .month:
            var (y, m) = (y0, m0)
            while (y, m) <= (y1, m1) {
                out.append(String(format: "%04d-%02d", y, m))
                m += 1
                if m > 12 { m = 1; y += 1 }
            }
        }
        return out
    }
}
