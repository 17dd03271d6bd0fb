import Foundation
import RelmapCorpus
import RelmapExtraction

/// Extraction over a corpus as every command runs it: on at most as many threads as the machine
/// has cores, and with no two articles handed on under one id.
///
/// An article whose id an earlier one had (in corpus order) is renamed `ID~2` (``ArticleIDs``)
/// and worked again under its new id on this thread, so that its relations, rows and evidence
/// carry it; the renamings are named in one warning on standard error. Duplicates are rare, so
/// the second pass costs nothing on a corpus without them.
struct CheckedExtraction {
    /// The driver.
    let extraction: CorpusExtraction
    /// Where the articles read so far are told when extraction runs long (or
    /// with `--progress`).
    var report: ProgressReport?

    /// As ``CorpusExtraction/run(_:transform:_:)``, with duplicate ids made unique.
    @discardableResult
    /// Relations relmap wrote (``Corpus/isRelations``) are read, not extracted again: each
    /// article's lines (consecutive, as `extract` writes them) are handed on as its relations.
    func run<T: Sendable>(
        _ corpus: Corpus, transform: @escaping @Sendable (Article, [RelationMention]) -> T,
        _ body: (T) throws -> Void
    ) throws -> CorpusExtraction.Stats {
        if corpus.sources.contains(where: { $0.kind == .relations }) {
            guard corpus.isRelations else {
                throw CLIError("give either articles or relations relmap wrote, not both: relmap reads relations instead of extracting again")
            }
            return try readRelations(corpus) { try body(transform($0, $1)) }
        }
        let extractor = extraction.extractor
        return try map(corpus, { article, cache in transform(article, extractor.extract(article, cache: &cache)) }, body)
    }

    /// Hands on the relations of each article in the relation files of `corpus`, in order.
    private func readRelations(_ corpus: Corpus, _ body: (Article, [RelationMention]) throws -> Void) throws -> CorpusExtraction.Stats {
        var stats = CorpusExtraction.Stats()
        for source in corpus.sources {
            var reader = try LineReader(path: source.path)
            defer { reader.close() }
            var group: [RelationMention] = []
            var first = 0
            func flush() throws {
                guard let r = group.first else { return }
                // The article as its relations tell it: id, date and language, no text.
                var article = Article(id: r.article, date: r.date, language: r.lang, text: "", path: source.path, line: first)
                article.dateOrigin = r.dateOrigin
                stats.articles += 1
                try body(article, group)
                group.removeAll(keepingCapacity: true)
            }
            while let line = try reader.next() {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                let r = try RelationJSON.decode(line, path: source.path, line: reader.lineNumber)
                if let last = group.last, last.article != r.article { try flush() }
                if group.isEmpty { first = reader.lineNumber }
                group.append(r)
            }
            try flush()
        }
        return stats
    }

    /// As ``CorpusExtraction/map(_:_:_:)``, with duplicate ids made unique.
    @discardableResult
    func map<T: Sendable>(
        _ corpus: Corpus, _ work: @escaping @Sendable (Article, inout ExtractionCache) -> T,
        _ body: (T) throws -> Void
    ) throws -> CorpusExtraction.Stats {
        var ids = ArticleIDs()
        var cache = ExtractionCache()
        var read = 0
        report?.begin("extraction", "\(corpus.sources.count) file\(corpus.sources.count == 1 ? "" : "s")")
        defer { report?.end() }
        let stats = try extraction.map(corpus, { article, cache in (article, work(article, &cache)) }) { article, value in
            read += 1
            report?.update("\(read) article\(read == 1 ? "" : "s") of \(corpus.sources.count) file\(corpus.sources.count == 1 ? "" : "s")")
            let id = ids.unique(article.id, path: article.path, line: article.line)
            guard id != article.id else { return try body(value) }
            var renamed = article
            renamed.id = id
            try body(work(renamed, &cache))
        }
        if let warning = ids.warning { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        return stats
    }
}
