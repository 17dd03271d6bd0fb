import ArgumentParser
import Foundation
import RelmapGraph

/// `relmap rank`: who is pivotal.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank actors by centrality, as a table, CSV or JSON.",
        discussion: """
            Measures (networkx's definitions): degree, in-degree, out-degree, strength, in-strength, \
            out-strength, betweenness (distance = 1/weight, normalised), closeness (Wasserman-Faust), \
            eigenvector, pagerank (alpha 0.85), hub, authority (HITS).

            Views: degree, strength, betweenness, closeness, eigenvector and pagerank use the \
            undirected view, in which the weights of all relations between two actors add up; \
            --directed computes betweenness, closeness, eigenvector and pagerank on the directed view, \
            where a symmetric relation counts in both directions. in-/out- measures, hub and authority \
            always use the directed view.

            Blocs: Louvain communities (--resolution, --seed), in the last column, by signed \
            modularity: cooperative ties attract and hostile ties repel, so rivals with partners in \
            common fall in different blocs (Gomez, Jensen & Arenas 2009; Traag & Bruggeman 2009). \
            Rows are sorted by the first measure, ties broken by id.

            Example:
              relmap rank examples --measure pagerank --measure betweenness --top 10
              relmap rank graphs/examples.json --format json --directed
              relmap rank big.csv --measure betweenness --samples 500 --seed 7 --no-blocs
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Argument(help: ArgumentHelp("A corpus (articles or folders), a graph JSON or an edge-list CSV.", valueName: "input"))
    var input: [String]

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var graph: GraphOptions

    @Option(name: .long, help: "A measure to compute; repeatable. Default: pagerank, degree, strength.")
    var measure: [Measure] = []

    @Flag(name: .long, help: "Compute betweenness, closeness, eigenvector and pagerank on the directed view.")
    var directed = false

    @Option(name: .long, parsing: .unconditional, help: "Sampled betweenness and closeness: use this many source nodes (default: all).")
    var samples: Int?

    @Option(name: .long, parsing: .unconditional, help: "Seed for sampling and for bloc detection.")
    var seed: UInt64 = 42

    @Option(name: .long, parsing: .unconditional, help: "Louvain resolution: above 1 gives more, smaller blocs.")
    var resolution = 1.0

    @Flag(name: .long, help: "Leave out the bloc column.")
    var noBlocs = false

    @Flag(name: .long, help: "Print the time each measure, and bloc detection, took on standard error.")
    var timings = false

    @Flag(name: .long, help: "Report the progress of bloc detection on standard error from the start, also when it is not a terminal (a terminal shows it after 2 seconds).")
    var progress = false

    @Option(name: .long, parsing: .unconditional, help: "Show only the first N actors.")
    var top: Int?

    @Option(name: .long, help: "table, csv or json (default: from the output's extension, else table).")
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        try OptionCheck.count(top, "--top")
        try OptionCheck.count(samples, "--samples", atLeast: 1, meaning: "source nodes; leave it out for all")
        try OptionCheck.number(resolution, "--resolution", above: 0)
    }

    func run() throws {
        let format = try OutputFormat.follow(self.format, for: output, fallback: .table)
        let loading = Date()
        let (g, _) = try GraphInput.load(input, corpus: corpus, graph: graph, excluding: [output], progress: progress)
        if timings { Timings.note("load", since: loading) }
        let measures = measure.isEmpty ? [Measure.pagerank, .degree, .strength] : measure
        let options = MeasureOptions(directed: directed, samples: samples, seed: seed)
        var columns: [[Double]] = []
        var views: [Bool: GraphView] = [:]
        func note(_ what: String, _ start: Date) {
            if timings { Timings.note(what, since: start) }
        }
        for m in measures {
            let directedView = m.usesDirectedView(directed: directed)
            if views[directedView] == nil {
                let start = Date()
                views[directedView] = directedView ? GraphView.directedView(g) : GraphView.undirected(g)
                note(directedView ? "directed-view" : "undirected-view", start)
            }
            let start = Date()
            if m == .eigenvector, let view = views[directedView], !EigenvectorCentrality.isDefined(on: view) {
                throw CLIError(
                    "\(input.count == 1 ? input[0] : "the corpus"): eigenvector centrality is not defined on the directed view: it has no cycle, "
                        + "so power iteration never converges (networkx raises PowerIterationFailedConvergence); leave out --directed, or use pagerank")
            }
            columns.append(m.compute(views[directedView]!, options: options))
            note(m.rawValue, start)
        }
        var blocs: [Int]?
        if !noBlocs {
            let start = Date()
            blocs = Louvain.blocs(g, view: views[false], resolution: resolution, seed: seed, report: ProgressReport(forced: progress))
            note("blocs", start)
        }
        let ranking = Ranking(g, measures: measures, columns: columns, top: top, blocs: blocs)
        try OutputFile.write(Data(RankingWriter.render(ranking, format: format).utf8), to: output)
    }
}
