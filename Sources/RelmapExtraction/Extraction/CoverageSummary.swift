/// What a corpus's ``ArticleCoverage`` adds up to: articles, sentences and relations, the
/// articles in which no relation was found, and the unresolved names by frequency over the corpus.
///
/// Add the articles in corpus order, so that each name's example is its first sentence. Only the
/// ids of articles without a relation and the census of names are kept, not the articles.
public struct CoverageSummary: Sendable {
    /// Articles added.
    public private(set) var articles = 0
    /// Sentences read.
    public private(set) var sentences = 0
    /// Relations found.
    public private(set) var relations = 0
    /// Articles whose language was detected, not given.
    public private(set) var detected = 0
    /// Articles by language read in.
    public private(set) var languages: [String: Int] = [:]
    /// The ids of the articles in which no relation was found, in corpus order.
    public private(set) var withoutRelation: [String] = []
    private var census = NameCensus()

    /// An empty summary.
    public init() {}

    /// Adds one article's coverage.
    public mutating func add(_ article: ArticleCoverage) {
        articles += 1
        sentences += article.sentences
        relations += article.relations
        if article.languageDetected { detected += 1 }
        languages[article.language, default: 0] += 1
        if article.relations == 0 { withoutRelation.append(article.id) }
        census.merge(article.census)
    }

    /// The share of articles without a relation (0 for no articles).
    public var withoutRelationShare: Double {
        articles == 0 ? 0 : Double(withoutRelation.count) / Double(articles)
    }

    /// Unresolved names by frequency over the corpus, ties by name; single words the corpus also
    /// writes in lower case are left out (``NameCensus/unknownNames``).
    public var unresolvedNames: [NameCensus.Entry] { census.unknownNames }
}
