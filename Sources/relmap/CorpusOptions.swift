import ArgumentParser
import RelmapCorpus
import RelmapExtraction

extension ActorLevel: ExpressibleByArgument {}

/// The options of every command that reads articles.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A JSONL file of article metadata (id, date, lang, source) that overrides the articles' own.", valueName: "file"))
    var meta: String?

    @Option(name: .long, help: ArgumentHelp("A lexicon file (YAML) read on top of the bundled one; repeatable.", valueName: "file"))
    var lexicon: [String] = []

    @Option(name: .long, help: "country: people and agencies count as their state; actor: they are nodes of their own.")
    var level: ActorLevel = .country

    @Flag(name: .long, help: "Keep negated relations, marked \"negated\": true, instead of dropping them.")
    var keepNegated = false

    @Option(name: .long, help: "Worker threads for extraction (0: all cores).")
    var threads = 0

    /// The corpus at `paths`.
    func corpus(_ paths: [String]) throws -> Corpus {
        try Corpus(paths: paths, metaFile: meta)
    }

    /// The extractor these options describe.
    func extractor() throws -> Extractor {
        let lex = try Lexicon.bundled().merging(lexicon)
        return Extractor(lexicon: lex, options: ExtractionOptions(level: level, keepNegated: keepNegated))
    }

    /// Extracts every relation of the corpus at `paths`.
    func extractAll(_ paths: [String]) throws -> (articles: [Article], relations: [RelationMention]) {
        let corpus = try corpus(paths)
        let driver = CorpusExtraction(extractor: try extractor(), threads: threads)
        var articles: [Article] = []
        var relations: [RelationMention] = []
        try driver.run(corpus) { article, found in
            var light = article
            light.text = ""
            articles.append(light)
            relations += found
        }
        return (articles, relations)
    }
}
