import Foundation
import ArgumentParser
import RelmapCorpus
import RelmapExtraction

extension ActorLevel: ExpressibleByArgument {}

/// The options of every command that reads articles.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A JSONL file of article metadata (id, date, lang, source) that overrides the articles' own.", valueName: "file"))
    var meta: String?

    @Option(name: .long, help: ArgumentHelp("CSV articles: columns whose name is not the field's, as FIELD=COLUMN pairs (text=body,date=published_at).", valueName: "pairs"))
    var columns: String?

    @Option(name: .long, help: ArgumentHelp("A lexicon file (YAML) read on top of the bundled one; repeatable.", valueName: "file"))
    var lexicon: [String] = []

    @Option(name: .long, help: "country: people and agencies count as their state; actor: they are nodes of their own.")
    var level: ActorLevel = .country

    @Flag(name: .long, help: "Keep negated relations, marked \"negated\": true, instead of dropping them.")
    var keepNegated = false

    @Option(
        name: .long, parsing: .unconditional,
        help: "Worker threads for extraction (0: all cores; more than the cores are not started).")
    var threads = 0

    func validate() throws {
        if threads < 0 { throw ValidationError("--threads must be 0 (all cores) or more, not \(threads)") }
        _ = try articleColumns()
    }

    /// The CSV columns `--columns` maps.
    func articleColumns() throws -> ArticleColumns {
        guard let columns else { return ArticleColumns() }
        do { return try ArticleColumns(parsing: columns) } catch { throw ValidationError(error.description) }
    }

    /// The cores this process may use.
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The extraction driver: `--threads`, capped at the cores the machine offers (more would
    /// only wait for each other, and a thousand threads can hit the process limit); its progress
    /// shown with `progress` (`--progress`), else in a terminal once it runs long unless not
    /// `automatic`.
    func extraction(_ extractor: Extractor, progress: Bool = false, automatic: Bool = true) -> CheckedExtraction {
        CheckedExtraction(
            extraction: CorpusExtraction(extractor: extractor, threads: threads == 0 ? Self.cores : min(threads, Self.cores)),
            report: ProgressReport(forced: progress, automatic: automatic))
    }

    /// The corpus at `paths`, without the files at `excluding` (the command's own outputs); what
    /// the listing skipped is told on standard error.
    func corpus(_ paths: [String], excluding: [String] = []) throws -> Corpus {
        let corpus = try Corpus(paths: paths, metaFile: meta, excluding: excluding, columns: try articleColumns())
        for line in corpus.warnings { FileHandle.standardError.write(Data("warning: \(line)\n".utf8)) }
        return corpus
    }

    /// The bundled lexicon with the `--lexicon` files on top.
    func loadLexicon() throws -> Lexicon {
        for path in lexicon { try OptionFile.check(path, option: "--lexicon", takes: "a YAML lexicon file") }
        return try Lexicon.bundled().merging(lexicon)
    }

    /// The extractor these options describe.
    func extractor() throws -> Extractor {
        Extractor(lexicon: try loadLexicon(), options: ExtractionOptions(level: level, keepNegated: keepNegated))
    }

    /// The corpus under `paths` and the extractor, made side by side: the lexicon is read and
    /// compiled on another core while this thread lists the corpus, so that neither waits for the
    /// other. A corpus error is reported before a lexicon error, as when they are made in turn.
    func corpusAndExtractor(_ paths: [String], excluding: [String?] = []) throws -> (Corpus, Extractor) {
        let made = Made()
        let done = DispatchGroup()
        done.enter()
        let options = self
        DispatchQueue.global(qos: .userInitiated).async {
            made.set(Result { try options.extractor() })
            done.leave()
        }
        let listed = Result { try corpus(paths, excluding: excluding.compactMap { $0 }.filter { $0 != "-" }) }
        done.wait()
        return (try listed.get(), try made.get())
    }

    /// Names, on standard error, the undated articles `undated` that `what` leaves out.
    static func warnUndated(ids undated: [String], leftOutOf what: String) {
        guard !undated.isEmpty else { return }
        let shown = undated.prefix(5).joined(separator: ", ") + (undated.count > 5 ? ", ..." : "")
        FileHandle.standardError.write(Data("warning: \(undated.count) article(s) without a date left out of \(what): \(shown)\n".utf8))
    }
}
