import ArgumentParser
import Foundation
import RelmapCorpus
import RelmapExtraction
import RelmapGraph

/// `relmap coverage`: how much of each article relmap read, and what it missed.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "How much relmap read of each article: language, sentences, relations, and names no lexicon entry resolves.",
        // With 12 options or fewer the parser spells each out in the usage line, past 80 columns.
        usage: "relmap coverage [<options>] <path> ...",
        discussion: """
            One row per article: its id, the language it was read in (given by the metadata, or \
            detected from the text, marked *), its sentences, the relations found, and the \
            capitalised names and acronyms no lexicon entry resolves. Then a summary: the articles \
            without any relation (count and ids) and the unresolved names most frequent over the \
            corpus. An article without a relation, or a name that recurs unresolved, is where a \
            map may be thin: add the names to a lexicon file (--lexicon), or check the language. \
            The articles are streamed; only the ids of articles without a relation and the name \
            counts are kept. CSV holds the rows only; table and JSON add the summary.

            Example:
              relmap coverage ../shared/seeds
              relmap coverage examples --format json -o coverage.json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @Argument(help: ArgumentHelp("Articles or folders of articles (- for JSONL on standard input).", valueName: "path"))
    var paths: [String]

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .long, help: "table, json or csv (default: from the output's extension, else table).")
    var format: Format?

    @Option(name: .long, parsing: .unconditional, help: "Unresolved names listed in the summary.")
    var top = 20

    @Option(name: .long, parsing: .unconditional, help: "Unresolved names shown per article in the table (json and csv give all).")
    var names = 5

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        try OptionCheck.count(top, "--top")
        try OptionCheck.count(names, "--names")
    }

    func run() throws {
        let format = try OutputFormat.follow(self.format, for: output, fallback: .table)
        let (source, extractor) = try corpus.corpusAndExtractor(paths, excluding: [output])
        let out = try OutputFile(output)
        let writer = CoverageWriter(format: format, namesPerArticle: names, top: top)
        var summary = CoverageSummary()
        var buffer = writer.header
        // Each article is read on the workers; rows are written here in corpus order.
        try corpus.extraction(extractor).map(
            source,
            { article, cache in
                ArticleCoverage(article, extractor: extractor, cache: &cache)
            }
        ) { article in
            buffer += writer.row(article, first: summary.articles == 0)
            summary.add(article)
            if buffer.utf8.count > 1 << 16 { try out.write(buffer); buffer = "" }
        }
        buffer += writer.footer(summary)
        try out.write(buffer)
        try out.commit()
    }
}
