import RelmapCorpus
import RelmapExtraction

/// What a report keeps of one article: its metadata and the language it was read in, not its text.
public struct ReportArticle: Sendable, Equatable {
    /// The article's id.
    public var id: String
    /// Its title, when known.
    public var title: String?
    /// Its date, when known.
    public var date: Day?
    /// Its source (outlet), when known.
    public var source: String?
    /// Its address, when known.
    public var url: String?
    /// The language it was read in.
    public var language: String
    /// Whether ``language`` was detected from the text rather than given by the metadata.
    public var languageDetected: Bool

    /// Creates an article's record.
    public init(
        id: String, title: String? = nil, date: Day? = nil, source: String? = nil, url: String? = nil,
        language: String, languageDetected: Bool = false
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.language = language
        self.languageDetected = languageDetected
    }

    /// The record of `article`, whose relations `extractor` found (`relations`): the language is
    /// the metadata's, else the one its relations were read in, else detected from its text.
    public init(_ article: Article, relations: [RelationMention], extractor: Extractor) {
        let given = extractor.languageGiven(article)
        let language = given ?? relations.first?.lang ?? extractor.lexicon.detector.detect(Tokenizer.tokenize(article.text))
        self.init(
            id: article.id, title: article.title, date: article.date, source: article.source, url: article.url,
            language: language, languageDetected: given == nil)
    }
}
