/// Metadata kept beside articles: a folder's `index.jsonl` (which fills gaps) and `--meta FILE`
/// (which overrides what the articles say).
public struct MetadataTable: Sendable, Hashable {
    /// Lines of `index.jsonl` files, by id.
    public var index: [String: ArticleMetadata]
    /// Lines of the `--meta` file, by id.
    public var overrides: [String: ArticleMetadata]

    /// Creates a table.
    public init(index: [String: ArticleMetadata] = [:], overrides: [String: ArticleMetadata] = [:]) {
        self.index = index
        self.overrides = overrides
    }

    /// `article` with the index filling its gaps and `--meta` overriding it; an article still
    /// without a date takes the one its text states (``TextDate``), marked as from the text.
    public func complete(_ article: Article) -> Article {
        var article = article
        // An empty table is not asked: a look-up hashes the id even then.
        if !index.isEmpty, let m = index[article.id] { article.apply(m, override: false) }
        if !overrides.isEmpty, let m = overrides[article.id] { article.apply(m, override: true) }
        if article.date == nil, let found = TextDate.find(in: article.text) {
            article.date = found
            article.dateOrigin = .text
        }
        return article
    }
}
