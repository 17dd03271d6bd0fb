/// A sentence of an article: a run of tokens and where it stands in the text.
public struct Sentence: Sendable {
    /// Its 0-based index in the article.
    public var index: Int
    /// Its tokens.
    public var tokens: Slice<Tokens>
    /// UTF-8 offset of its first byte in the article text.
    public var start: Int { tokens.isEmpty ? 0 : tokens[tokens.startIndex].start }
    /// UTF-8 offset just past its last byte.
    public var end: Int { tokens.isEmpty ? 0 : tokens[tokens.endIndex - 1].end }
    /// Its tokens as written.
    public var texts: [String] { tokens.indices.map(tokens.base.text) }
}
