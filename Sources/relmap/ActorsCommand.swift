import ArgumentParser
import Foundation
import RelmapCorpus
import RelmapExtraction

/// `relmap actors`: the actors a corpus names, or the names the lexicon does not know.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the actors a corpus names; with --unknown, the names the lexicon does not know.",
        // With 12 options or fewer the parser spells each out in the usage line, past 80 columns.
        usage: "relmap actors [<options>] <path> ...",
        discussion: """
            --unknown lists capitalised word sequences and acronyms that no lexicon name covers, by \
            frequency, with an example sentence each: the candidates to add to your own lexicon file \
            (see the README, "The lexicon"). Function words, month and weekday names, and names made \
            only of parts of longer ones ("South", "Sea", "Selat") are left out (the word lists of \
            language.yaml). With --format yaml it writes a lexicon file of stubs, ready for --lexicon: \
            a person whose state the context tells ("Philippine President X", "X, the Philippine \
            foreign minister") as one of that state's people, the rest as new actors (person or \
            organisation, as the context says); each with its example sentence as a comment.

            Example:
              relmap actors ../shared/seeds --unknown --top 20
              relmap actors ../shared/seeds --unknown --format yaml -o stubs.yaml
            """)

    @Argument(help: ArgumentHelp("Articles or folders of articles (- for JSONL on standard input).", valueName: "path"))
    var paths: [String]

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .long, help: "List the names the lexicon does not know.")
    var unknown = false

    @Option(name: .long, parsing: .unconditional, help: "Show only the first N rows.")
    var top = 50

    @Option(name: .long, parsing: .unconditional, help: "Rows seen fewer times than this are left out.")
    var minCount = 1

    @Option(name: .long, help: "table, or yaml: lexicon stubs for the unknown names (with --unknown).")
    var format: Format = .table

    /// How the list is written.
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, yaml }

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        try OptionCheck.count(top, "--top")
        try OptionCheck.count(minCount, "--min-count")
        if format == .yaml && !unknown {
            throw ValidationError("--format yaml writes lexicon stubs for unknown names: add --unknown.")
        }
    }

    func run() throws {
        let (source, extractor) = try corpus.corpusAndExtractor(paths, excluding: [output])
        var census = NameCensus()
        // Each article's census is taken on the workers and merged here in corpus order.
        try corpus.extraction(extractor).map(
            source,
            { article, cache in
                NameCensus.census(of: article, extractor: extractor, cache: &cache)
            }
        ) { census.merge($0) }
        let rows = (unknown ? census.unknownNames : census.knownActors).filter { $0.count >= minCount }.prefix(top)
        if format == .yaml {
            try OutputFile.write(Data(LexiconStubs.yaml(Array(rows), known: extractor.lexicon.source).utf8), to: output)
            return
        }
        var out =
            CoverageWriter.padLeft("count", 6) + "  " + CoverageWriter.padLeft("articles", 8) + "  "
            + CoverageWriter.pad(unknown ? "name" : "actor", 32) + "  example\n"
        for r in rows {
            let label = unknown ? r.name : "\(r.name) \(extractor.lexicon.source.actor(r.name)?.label ?? "")"
            let example = r.example.count > 100 ? String(r.example.prefix(97)) + "..." : r.example
            out +=
                String(format: "%6d  %8d  ", r.count, r.articles) + label.padding(toLength: max(32, label.count), withPad: " ", startingAt: 0)
                + "  " + example + "\n"
        }
        try OutputFile.write(Data(out.utf8), to: output)
    }
}
