/// A word, number or punctuation mark of a text, with where it stands.
public struct Token: Sendable, Hashable {
    /// What the token is.
    public enum Kind: UInt8, Sendable, Hashable {
        /// Letters, with inner hyphens, apostrophes and dots (Jong-un, People's, U.S.).
        case word
        /// Digits, with inner separators (10.000, 2020-05-21).
        case number
        /// Any other mark.
        case punctuation
    }

    /// The token as written.
    public var text: String
    /// Lower case, for lexicon look-ups.
    public var lower: String
    /// UTF-8 offset of the first byte in the text.
    public var start: Int
    /// UTF-8 offset just past the last byte.
    public var end: Int
    /// Word, number or punctuation.
    public var kind: Kind
    /// Whether the first letter is upper case.
    public var isCapitalized: Bool
    /// Newlines between the previous token and this one.
    public var newlinesBefore: Int
}
