/// One news article: its text and what is known about it.
///
/// An article's ``id`` is its file name without the extension, or the `id` field of its JSONL
/// object. Dates are days (``Day``, written `YYYY-MM-DD`) when known.
public struct Article: Sendable, Hashable {
    /// A stable identifier, unique within a corpus.
    public var id: String
    /// The headline: front matter `title`, the JSONL `title`, or a `.txt` file's first non-empty line.
    public var title: String?
    /// The publication date, when known.
    public var date: Day?
    /// Where ``date`` came from.
    public var dateOrigin: DateOrigin
    /// An ISO 639-1 language code (`id`, `en`), when known.
    public var language: String?
    /// The outlet that published the article.
    public var source: String?
    /// The article's address on the web.
    public var url: String?
    /// The full text, normalised to Unicode NFC, headline included.
    public var text: String
    /// The file the article was read from.
    public var path: String
    /// The line of ``path`` that holds the article, for an article of a JSONL file.
    public var line: Int?

    /// Where an article's date came from.
    public enum DateOrigin: String, Sendable, Hashable, Codable {
        /// Front matter, a JSONL field, `--meta` or an `index.jsonl`.
        case metadata
        /// Found in the article's own text.
        case text
        /// Not known.
        case none
    }

    /// Creates an article.
    public init(
        id: String, title: String? = nil, date: Day? = nil, dateOrigin: DateOrigin? = nil,
        language: String? = nil, source: String? = nil, url: String? = nil, text: String, path: String = "", line: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.dateOrigin = dateOrigin ?? (date == nil ? .none : .metadata)
        self.language = language
        self.source = source
        self.url = url
        self.text = text
        self.path = path
        self.line = line
    }

    /// Fills the fields that `metadata` knows and this article does not, or all of them with `override`.
    public mutating func apply(_ metadata: ArticleMetadata, override: Bool) {
        func pick<T>(_ own: T?, _ other: T?) -> T? {
            override ? (other ?? own) : (own ?? other)
        }
        let before = date
        date = pick(date, metadata.date)
        if date != before { dateOrigin = .metadata }
        language = pick(language, metadata.language)
        source = pick(source, metadata.source)
        title = pick(title, metadata.title)
        url = pick(url, metadata.url)
    }
}
