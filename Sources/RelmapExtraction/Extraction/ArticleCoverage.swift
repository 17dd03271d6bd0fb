import RelmapCorpus

/// How well relmap read one article: its language (given or detected), its sentences, the
/// relations found, and the names no lexicon entry resolves (``NameCensus``).
///
/// Made on an extraction worker (``CorpusExtraction/map(_:_:_:)``) and summed in corpus order
/// by ``CoverageSummary``:
/// ```swift
/// var summary = CoverageSummary()
/// try CorpusExtraction(extractor: extractor).map(corpus, { article, cache in
///     ArticleCoverage(article, extractor: extractor, cache: &cache)
/// }) { summary.add($0) }
/// ```
public struct ArticleCoverage: Sendable {
    /// The article's id.
    public var id: String
    /// The article's date, when known.
    public var date: Day?
    /// The language the article was read in.
    public var language: String
    /// Whether ``language`` was detected from the text (true) or given by the metadata (false).
    public var languageDetected: Bool
    /// Sentences read.
    public var sentences: Int
    /// Relations found, as `extract` reports them (negated ones only with `keepNegated`).
    public var relations: Int
    /// Capitalised names and acronyms no lexicon entry covers, by frequency in the article;
    /// single words the article also writes in lower case are left out.
    public var unresolved: [NameCensus.Entry]
    /// The article's name census, for the corpus's count (``CoverageSummary/unresolvedNames``).
    public var census: NameCensus

    /// Reads `article` with `extractor`, using a worker's memo `cache`. The text is tokenized and
    /// its language worked out once for both the relations and the names.
    public init(_ article: Article, extractor: Extractor, cache: inout ExtractionCache) {
        let tokens = Tokenizer.tokenize(article.text)
        let given = extractor.languageGiven(article)
        let lang = given ?? extractor.lexicon.detector.detect(tokens)
        let before = (articles: cache.articles, sentences: cache.sentences, bytes: cache.bytes)
        let found = extractor.extract(article, tokens: tokens, lang: lang, cache: &cache)
        let read = (articles: cache.articles, sentences: cache.sentences, bytes: cache.bytes)
        census = NameCensus.census(of: article, tokens: tokens, lang: lang, extractor: extractor, cache: &cache)
        // The census reads the article a second time: it counts once in the worker's figures.
        (cache.articles, cache.sentences, cache.bytes) = read
        id = article.id
        date = article.date
        language = lang
        languageDetected = given == nil
        sentences = read.sentences - before.sentences
        relations = found.count
        unresolved = census.unknownNames
    }
}
