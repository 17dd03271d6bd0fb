import Dispatch
import Foundation
import Synchronization
import RelmapCorpus

/// Extracts a whole corpus on several cores while reading it as a stream.
///
/// The calling thread lists the article files and reads JSONL files line by line; workers read,
/// decode and extract whole articles a batch at a time, and format their results; the calling
/// thread hands the results on in corpus order. Memory stays flat however large the corpus: only
/// one batch is held at a time.
public struct CorpusExtraction: Sendable {
    /// The extractor.
    public let extractor: Extractor
    /// Worker threads; 1 reads on the calling thread only.
    public let threads: Int
    /// Articles per batch.
    public let batchSize: Int

    /// Creates a driver; `threads` 0 uses every core.
    public init(extractor: Extractor, threads: Int = 0, batchSize: Int = 2048) {
        self.extractor = extractor
        self.threads = threads > 0 ? threads : max(1, ProcessInfo.processInfo.activeProcessorCount)
        self.batchSize = max(1, batchSize)
    }

    /// What one worker step reads.
    private enum Unit: @unchecked Sendable {
        case file(ArticleSource)
        case jsonLine(ArticleSource, Int, Data)
    }

    /// What a run read.
    public struct Stats: Sendable, Equatable {
        /// Articles read.
        public var articles = 0
        /// Sentences read.
        public var sentences = 0
        /// UTF-8 bytes of article text read.
        public var bytes = 0
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
    public func run<T>(_ corpus: Corpus, transform: @escaping @Sendable (Article, [RelationMention]) -> T,
                       _ body: (T) throws -> Void) throws -> Stats {
        var stats = Stats()
        var batch: [Unit] = []
        batch.reserveCapacity(batchSize)
        // Two batches in flight: the workers extract the next while this thread hands on the last.
        var pending: Pending<T>?
        func consume(_ p: Pending<T>) throws {
            p.group.wait()
            stats.articles += p.stats.articles
            stats.sentences += p.stats.sentences
            stats.bytes += p.stats.bytes
            for result in p.results {
                switch result {
                case .success(let value): if let value { try body(value) }
                case .failure(let error): throw error
                }
            }
        }
        func flush() throws {
            guard !batch.isEmpty else { return }
            let next = Pending<T>()
            let units = batch
            next.group.enter()
            DispatchQueue.global(qos: .userInitiated).async {
                let (results, counted) = self.process(units, transform: transform)
                next.results = results
                next.stats = counted
                next.group.leave()
            }
            batch.removeAll(keepingCapacity: true)
            let previous = pending
            pending = next
            if let previous { try consume(previous) }
        }
        do {
            for source in corpus.sources {
                if source.kind == .jsonLines {
                    var reader = try LineReader(path: source.path)
                    defer { reader.close() }
                    while let line = try reader.next() {
                        batch.append(.jsonLine(source, reader.lineNumber, line))
                        if batch.count >= batchSize { try flush() }
                    }
                } else {
                    batch.append(.file(source))
                    if batch.count >= batchSize { try flush() }
                }
            }
            try flush()
            if let last = pending {
                pending = nil
                try consume(last)
            }
        } catch {
            // Let the batch in flight finish before the error leaves.
            pending?.group.wait()
            throw error
        }
        return stats
    }

    private func process<T>(_ units: [Unit], transform: @escaping @Sendable (Article, [RelationMention]) -> T) -> ([Result<T?, Error>], Stats) {
        let work: @Sendable (Extractor, Unit, inout ExtractionCache) -> Result<T?, Error> = { extractor, unit, cache in
            do {
                let article: Article?
                switch unit {
                case .file(let source): article = try source.singleArticle()
                case .jsonLine(let source, let number, let data): article = try source.article(fromJSONLine: data, number: number)
                }
                guard let article else { return .success(nil) }
                return .success(transform(article, extractor.extract(article, cache: &cache)))
            } catch {
                return .failure(error)
            }
        }
        let workers = threads <= 1 || units.count < 2 ? 1 : min(threads, units.count)
        let slots = ResultSlots<Result<T?, Error>>(count: units.count, empty: .success(nil))
        let counts = ResultSlots<Stats>(count: workers, empty: Stats())
        let caches = self.caches
        let extractor = self.extractor
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            // The workers share the extractor, which they only read (its lexicon is read in place,
            // never copied in the hot paths); each has memo tables of its own, kept from batch to batch.
            var cache = caches.take()
            let before = (cache.articles, cache.sentences, cache.bytes)
            // Units are handed out one at a time, so that a worker with short articles takes more.
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < units.count else { break }
                slots.set(i, work(extractor, units[i], &cache))
            }
            counts.set(w, Stats(articles: cache.articles - before.0, sentences: cache.sentences - before.1, bytes: cache.bytes - before.2))
            caches.put(cache)
        }
        var total = Stats()
        for c in counts.values {
            total.articles += c.articles
            total.sentences += c.sentences
            total.bytes += c.bytes
        }
        return (slots.values, total)
    }

    private let caches = CachePool()
}

/// A batch being extracted in the background.
private final class Pending<T>: @unchecked Sendable {
    let group = DispatchGroup()
    var results: [Result<T?, Error>] = []
    var stats = CorpusExtraction.Stats()
}

/// Memo tables kept across batches: a worker takes a free one (or starts one when all are in use,
/// as when two batches overlap) and gives it back when done, so that a worker's table stays warm.
private final class CachePool: @unchecked Sendable {
    private var free: [ExtractionCache] = []
    private let lock = NSLock()
    func take() -> ExtractionCache { lock.withLock { free.popLast() } ?? ExtractionCache() }
    func put(_ c: ExtractionCache) { lock.withLock { free.append(c) } }
}

/// Result slots written by distinct workers at distinct indices, without locks: each index is
/// written by exactly one worker, and read only after all have finished.
private final class ResultSlots<T>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<T>
    init(count: Int, empty: T) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: empty)
    }
    deinit {
        storage.deinitialize()
        storage.deallocate()
    }
    func set(_ i: Int, _ value: T) { storage[i] = value }
    var values: [T] { Array(storage) }
}
