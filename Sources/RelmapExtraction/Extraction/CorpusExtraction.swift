import Dispatch
import Foundation
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
    public init(extractor: Extractor, threads: Int = 0, batchSize: Int = 512) {
        self.extractor = extractor
        self.threads = threads > 0 ? threads : max(1, ProcessInfo.processInfo.activeProcessorCount)
        self.batchSize = max(1, batchSize)
    }

    /// What one worker step reads.
    private enum Unit: @unchecked Sendable {
        case file(ArticleSource)
        case jsonLine(ArticleSource, Int, Data)
    }

    /// Reads `corpus` and calls `body` with each article and its relations, in corpus order.
    public func run(_ corpus: Corpus, _ body: (Article, [RelationMention]) throws -> Void) throws {
        try run(corpus, transform: { ($0, $1) }, { try body($0.0, $0.1) })
    }

    /// Reads `corpus`; `transform` runs on the workers for each article and its relations (to
    /// format output there, say), and `body` receives the transformed results in corpus order.
    /// The first error in corpus order is thrown, and nothing after it is handed on.
    public func run<T>(_ corpus: Corpus, transform: @escaping @Sendable (Article, [RelationMention]) -> T,
                       _ body: (T) throws -> Void) throws {
        var batch: [Unit] = []
        batch.reserveCapacity(batchSize)
        func flush() throws {
            guard !batch.isEmpty else { return }
            for result in process(batch, transform: transform) {
                switch result {
                case .success(let value): if let value { try body(value) }
                case .failure(let error): throw error
                }
            }
            batch.removeAll(keepingCapacity: true)
        }
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
    }

    private func process<T>(_ units: [Unit], transform: @escaping @Sendable (Article, [RelationMention]) -> T) -> [Result<T?, Error>] {
        let extractor = self.extractor
        let work: @Sendable (Unit, inout [String: String]) -> Result<T?, Error> = { unit, cache in
            do {
                let article: Article?
                switch unit {
                case .file(let source): article = try source.singleArticle()
                case .jsonLine(let source, let number, let data): article = try source.article(fromJSONLine: data, number: number)
                }
                guard let article else { return .success(nil) }
                return .success(transform(article, extractor.extract(article, stemCache: &cache)))
            } catch {
                return .failure(error)
            }
        }
        if threads <= 1 || units.count < 2 {
            var cache: [String: String] = [:]
            return units.map { work($0, &cache) }
        }
        let slots = ResultSlots<Result<T?, Error>>(count: units.count, empty: .success(nil))
        let workers = min(threads, units.count)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var cache: [String: String] = [:]
            var i = w
            while i < units.count {
                slots.set(i, work(units[i], &cache))
                i += workers
            }
        }
        return slots.values
    }
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
