import Foundation
import RelmapCorpus

/// Extracts a whole corpus on several cores while reading it as a stream.
///
/// The calling thread walks the corpus (article files in order, JSONL files line by line) and
/// hands each article on as it comes; workers read, decode and extract the articles and format
/// their results; the calling thread hands the results on in corpus order, and works articles
/// itself whenever it would wait for a result (``OrderedPipeline``). Memory stays flat however
/// large the corpus: at most ``window`` articles are in flight.
public struct CorpusExtraction: Sendable {
    /// The extractor.
    public let extractor: Extractor
    /// Workers, the calling thread among them (so `threads - 1` are started); 1 reads on the
    /// calling thread only.
    public let threads: Int
    /// Articles in flight at most (read, not yet handed on).
    public let window: Int
    /// Whether a run on one thread reads article files ahead on a thread of its own
    /// (``FileReadAhead``), so that it works while the disk reads. Several workers read files
    /// each in its turn: while one waits for the disk, the others work.
    public var readAhead = true
    /// Starts a worker thread and says whether it started (tests pass one the system "refuses").
    var spawn: @Sendable (_ stackSize: Int, _ body: @escaping @Sendable () -> Void) -> Bool = { PosixThread.start(stackSize: $0, $1) }

    /// Creates a driver; `threads` 0 uses every core.
    public init(extractor: Extractor, threads: Int = 0, window: Int = 1024) {
        self.extractor = extractor
        self.threads = threads > 0 ? threads : max(1, ProcessInfo.processInfo.activeProcessorCount)
        self.window = max(1, window)
    }

    /// What one worker step reads.
    private enum Unit: Sendable {
        case file(ArticleSource)
        /// A `.txt` or `.md` file as read ahead (``FileReadAhead``): its bytes, or the error reading them.
        case read(ArticleSource, FileReadAhead.Contents)
        case jsonLine(ArticleSource, Int, Data)
        /// An article read on the calling thread (a CSV record).
        case article(Article)
    }

    /// What a run read.
    public struct Stats: Sendable, Equatable {
        /// Articles read.
        public var articles = 0
        /// Sentences read.
        public var sentences = 0
        /// UTF-8 bytes of article text read.
        public var bytes = 0

        /// Counts of `articles`, `sentences` and `bytes`.
        public init(articles: Int = 0, sentences: Int = 0, bytes: Int = 0) {
            self.articles = articles
            self.sentences = sentences
            self.bytes = bytes
        }
    }

    /// Reads `corpus` and calls `body` with each article and its relations, in corpus order.
    @discardableResult
    public func run(_ corpus: Corpus, _ body: (Article, [RelationMention]) throws -> Void) throws -> Stats {
        try run(corpus, transform: { ($0, $1) }, { try body($0.0, $0.1) })
    }

    /// Reads `corpus`; `transform` runs on the workers for each article and its relations (to
    /// format output there, say), and `body` receives the transformed results in corpus order.
    /// The first error in corpus order is thrown, and nothing after it is handed on.
    @discardableResult
    public func run<T: Sendable>(
        _ corpus: Corpus, transform: @escaping @Sendable (Article, [RelationMention]) -> T,
        _ body: (T) throws -> Void
    ) throws -> Stats {
        let extractor = self.extractor
        return try map(corpus, { article, cache in transform(article, extractor.extract(article, cache: &cache)) }, body)
    }

    /// Reads `corpus`; `work` runs on the workers for each article, with the worker's memo cache
    /// (for readings other than relations: ``NameCensus/census(of:extractor:cache:)``), and `body`
    /// receives the results in corpus order. The first error in corpus order is thrown, and
    /// nothing after it is handed on.
    @discardableResult
    public func map<T: Sendable>(
        _ corpus: Corpus, _ work: @escaping @Sendable (Article, inout ExtractionCache) -> T,
        _ body: (T) throws -> Void
    ) throws -> Stats {
        if threads <= 1 {
            // One thread: read, extract and hand on in turn, with nothing to hand over (no result
            // boxed per article: a generic `Result` costs a metadata look-up each time).
            var cache = ExtractionCache()
            try forEachUnit(of: corpus, readAhead: readAhead) { unit in
                if let article = try Self.article(of: unit) { try body(work(article, &cache)) }
            }
            return Stats(cache)
        }
        let step: @Sendable (Unit, inout ExtractionCache) -> Result<T?, Error> = { unit, cache in
            do {
                guard let article = try Self.article(of: unit) else { return .success(nil) }
                return .success(work(article, &cache))
            } catch {
                return .failure(error)
            }
        }
        func deliver(_ result: Result<T?, Error>) throws {
            switch result {
            case .success(let value): if let value { try body(value) }
            case .failure(let error): throw error
            }
        }
        // Each worker keeps its own memo tables, warm for the whole run and touched by no other thread.
        let caches = WorkerCaches(count: threads)
        let pipeline = OrderedPipeline<Unit, Result<T?, Error>>(workers: threads, window: window, spawn: spawn) { w, unit in
            caches.with(w) { step(unit, &$0) }
        }
        // A thread the system refused: an error that says how to run, not a slower run that hides it.
        if pipeline.startedThreads < threads - 1 {
            pipeline.cancel()
            throw ThreadStartError(requested: threads, started: pipeline.startedThreads + 1)
        }
        do {
            try forEachUnit(of: corpus, readAhead: false) { try pipeline.push($0, deliver: deliver) }
            try pipeline.finish(deliver: deliver)
        } catch {
            // Let the workers finish the articles they hold before the error leaves.
            pipeline.cancel()
            throw error
        }
        return caches.stats
    }

    /// The article of `unit`, read and completed; nil for a blank JSONL line.
    private static func article(of unit: Unit) throws -> Article? {
        switch unit {
        case .file(let source): return try source.singleArticle()
        case .read(let source, let contents): return try source.singleArticle(contents: contents)
        case .jsonLine(let source, let number, let data): return try source.article(fromJSONLine: data, number: number)
        case .article(let a): return a
        }
    }

    /// Calls `body` with each unit of `corpus` in order: an article file (its bytes, when
    /// `readAhead`), or a line of a JSONL file.
    private func forEachUnit(of corpus: Corpus, readAhead: Bool, _ body: (Unit) throws -> Void) throws {
        // Article files read ahead on a thread of their own, in order: a corpus not in the
        // system's cache is read from disk while the articles before are worked.
        let files = readAhead ? corpus.sources.filter { $0.kind == .text || $0.kind == .markdown }.map(\.path) : []
        let ahead = files.count > 1 && readAhead ? FileReadAhead(paths: files, spawn: spawn) : nil
        defer { ahead?.stop() }
        for source in corpus.sources {
            switch source.kind {
            case .jsonLines:
                var reader = try LineReader(path: source.path)
                defer { reader.close() }
                while let line = try reader.next() { try body(.jsonLine(source, reader.lineNumber, line)) }
            case .csv:
                // Records can span lines, so they are split here; making the article is cheap.
                try source.forEachCSVArticle { try body(.article($0)) }
            case .text, .markdown:
                if let contents = ahead?.next() { try body(.read(source, contents)) } else { try body(.file(source)) }
            case .relations:
                // Relations hold no text to extract from (the commands that take them read them).
                throw CorpusError.relationsNotArticles(path: source.path)
            }
        }
    }
}

extension CorpusExtraction.Stats {
    /// What was read with `cache`.
    init(_ cache: borrowing ExtractionCache) {
        self.init(articles: cache.articles, sentences: cache.sentences, bytes: cache.bytes)
    }
}

/// One memo cache per worker, each used by its worker only: worker `w` touches slot `w` alone,
/// and the counts are read after the workers have left.
///
/// Each slot starts on a 128-byte boundary and is padded to a multiple of 128 bytes, so that no
/// two workers' caches share a cache line: a worker's counter updates would otherwise evict the
/// table pointers its neighbour reads on every word (false sharing).
///
/// `@unchecked Sendable` because the workers share the object: slot `w` is touched by worker `w`
/// alone while the pipeline runs, and ``stats`` is read on the calling thread after the workers
/// have finished (``OrderedPipeline/finish(deliver:)`` joins them).
private final class WorkerCaches: @unchecked Sendable {
    private static let alignment = 128
    private let stride: Int
    private let count: Int
    private let base: UnsafeMutableRawPointer
    init(count: Int) {
        self.count = count
        let size = MemoryLayout<ExtractionCache>.stride
        stride = (size + Self.alignment - 1) / Self.alignment * Self.alignment
        base = .allocate(byteCount: stride * count, alignment: Self.alignment)
        for w in 0..<count { slot(w).initialize(to: ExtractionCache()) }
    }
    deinit {
        for w in 0..<count { slot(w).deinitialize(count: 1) }
        base.deallocate()
    }
    private func slot(_ w: Int) -> UnsafeMutablePointer<ExtractionCache> {
        (base + w * stride).assumingMemoryBound(to: ExtractionCache.self)
    }
    func with<R>(_ w: Int, _ body: (inout ExtractionCache) -> R) -> R { body(&slot(w).pointee) }
    /// What the workers read, summed.
    var stats: CorpusExtraction.Stats {
        var total = CorpusExtraction.Stats()
        for w in 0..<count {
            let c = CorpusExtraction.Stats(slot(w).pointee)
            total.articles += c.articles
            total.sentences += c.sentences
            total.bytes += c.bytes
        }
        return total
    }
}
