/// A corpus: the article files under some paths, found recursively and read lazily in a stable order.
///
/// A folder's `index.jsonl` of metadata (`id`, `date`, `lang`, `source`) completes the articles
/// of that folder and below; one whose lines hold `text` is articles. `--meta FILE` overrides
/// the metadata. Only regular files are read, each once however many paths lead to it (see
/// ``CorpusWalk``); what was skipped is told in ``warnings``.
public struct Corpus: Sendable {
    /// The article files, in the order of the paths given, each folder's sorted by name.
    public let sources: [ArticleSource]
    /// One line for each kind of entry skipped: pipes and devices, broken links, links back to
    /// folders already read, files of other kinds and hidden entries. For the user to see.
    public let warnings: [String]

    /// Finds the article files under `paths`, leaving out the files and folders at `excluding`
    /// (a command's own outputs, which may lie inside its input); CSV files of articles are read
    /// by `columns`.
    ///
    /// - Throws: ``CorpusError/pathNotFound(path:)`` for a missing path,
    ///   ``CorpusError/noArticles(path:)`` when a path holds no article file,
    ///   ``CorpusError/notRegularFile(path:kind:)`` for a pipe or device given by name,
    ///   and any error reading an `index.jsonl` or the `metaFile`.
    public init(
        paths: [String], metaFile: String? = nil, excluding: [String] = [],
        columns: ArticleColumns = ArticleColumns()
    ) throws(CorpusError) {
        var overrides: [String: ArticleMetadata] = [:]
        if let metaFile {
            try InputFile.check(metaFile)
            overrides = try JSONLines.readMetadata(metaFile)
        }
        var walk = CorpusWalk(excluding: excluding, overrides: overrides, columns: columns)
        for path in paths { try walk.add(path) }
        sources = walk.found
        warnings = walk.warnings
    }

    /// Whether the corpus is relations relmap wrote (every source of ``ArticleSource/Kind/relations``).
    public var isRelations: Bool { !sources.isEmpty && sources.allSatisfy { $0.kind == .relations } }

    /// Reads every article in order and passes each to `body`; one article is held at a time.
    /// An article whose id an earlier one had is passed on under a new one (``ArticleIDs``).
    public func forEachArticle(_ body: (Article) throws -> Void) throws {
        var ids = ArticleIDs()
        for source in sources {
            try source.forEachArticle { article in
                var article = article
                article.id = ids.unique(article.id, path: article.path, line: article.line)
                try body(article)
            }
        }
    }

    /// Reads every article into memory. Convenient for small corpora and tests.
    public func articles() throws -> [Article] {
        var all: [Article] = []
        try forEachArticle { all.append($0) }
        return all
    }
}
