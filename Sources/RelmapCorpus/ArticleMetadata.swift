/// Metadata about an article kept apart from its text: a line of `--meta FILE` or of a folder's
/// `index.jsonl`.
public struct ArticleMetadata: Sendable, Hashable {
    /// The article this line describes.
    public var id: String
    /// Publication date.
    public var date: Day?
    /// Language code.
    public var language: String?
    /// Outlet.
    public var source: String?
    /// Headline.
    public var title: String?
    /// Web address.
    public var url: String?

    /// Creates a metadata record.
    public init(
        id: String, date: Day? = nil, language: String? = nil, source: String? = nil,
        title: String? = nil, url: String? = nil
    ) {
        self.id = id
        self.date = date
        self.language = language
        self.source = source
        self.title = title
        self.url = url
    }
}
