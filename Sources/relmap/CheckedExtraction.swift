import RelmapCorpus
import RelmapExtraction

/// Extraction over a corpus as every command runs it: on at most as many threads as the machine
/// has cores, and with no two articles handed on under one id (``ArticleIDs``).
struct CheckedExtraction {
    /// The driver.
    let extraction: CorpusExtraction

    /// As ``CorpusExtraction/run(_:transform:_:)``, failing on the first article whose id an
    /// earlier one had.
    @discardableResult
    func run<T>(_ corpus: Corpus, transform: @escaping @Sendable (Article, [RelationMention]) -> T,
                _ body: (T) throws -> Void) throws -> CorpusExtraction.Stats {
        var ids = ArticleIDs()
        return try extraction.run(corpus, transform: { article, found in (article.id, article.path, transform(article, found)) }) {
            try ids.claim($0.0, path: $0.1)
            try body($0.2)
        }
    }

    /// As ``CorpusExtraction/map(_:_:_:)``, failing on the first article whose id an earlier one had.
    @discardableResult
    func map<T>(_ corpus: Corpus, _ work: @escaping @Sendable (Article, inout ExtractionCache) -> T,
                _ body: (T) throws -> Void) throws -> CorpusExtraction.Stats {
        var ids = ArticleIDs()
        return try extraction.map(corpus, { article, cache in (article.id, article.path, work(article, &cache)) }) {
            try ids.claim($0.0, path: $0.1)
            try body($0.2)
        }
    }
}
