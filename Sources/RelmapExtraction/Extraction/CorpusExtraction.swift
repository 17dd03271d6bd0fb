import Dispatch
import RelmapCorpus

/// Extracts a whole corpus on several cores while reading it as a stream: articles are read in
/// order, extracted a batch at a time in parallel, and handed on in order, so memory stays flat
/// however large the corpus.
public struct CorpusExtraction: Sendable {
    /// The extractor.
    public let extractor: Extractor
    /// Worker threads; 1 reads on the calling thread only.
    public let threads: Int
    /// Articles per batch.
    public let batchSize: Int

    /// Creates a driver.
    public init(extractor: Extractor, threads: Int = 0, batchSize: Int = 256) {
        self.extractor = extractor
        let cores = ProcessInfoCores.count
        self.threads = threads > 0 ? threads : cores
        self.batchSize = max(1, batchSize)
    }

    /// Reads `corpus` and calls `body` with each article and its relations, in corpus order.
    public func run(_ corpus: Corpus, _ body: (Article, [RelationMention]) throws -> Void) throws {
        var batch: [Article] = []
        batch.reserveCapacity(batchSize)
        func flush() throws {
            guard !batch.isEmpty else { return }
            let results = extractBatch(batch)
            for (article, relations) in zip(batch, results) { try body(article, relations) }
            batch.removeAll(keepingCapacity: true)
        }
        try corpus.forEachArticle { article in
            batch.append(article)
            if batch.count >= batchSize { try flush() }
        }
        try flush()
    }

    private func extractBatch(_ articles: [Article]) -> [[RelationMention]] {
        if threads <= 1 || articles.count < 2 {
            var cache: [String: String] = [:]
            return articles.map { self.extractor.extract($0, stemCache: &cache) }
        }
        let results = ResultSlots(count: articles.count)
        let workers = min(threads, articles.count)
        let shared = self.extractor
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var cache: [String: String] = [:]
            var i = w
            while i < articles.count {
                results.set(i, shared.extract(articles[i], stemCache: &cache))
                i += workers
            }
        }
        return results.values
    }
}

/// Result slots written by distinct workers at distinct indices, without locks: each index is
/// written by exactly one worker, and read only after all have finished.
private final class ResultSlots: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<[RelationMention]>
    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: [])
    }
    deinit {
        storage.deinitialize()
        storage.deallocate()
    }
    func set(_ i: Int, _ value: [RelationMention]) { storage[i] = value }
    var values: [[RelationMention]] { Array(storage) }
}

import Foundation

enum ProcessInfoCores {
    static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
