/// A word, number or punctuation mark of a text: where it stands and what kind it is, as plain
/// data. Its strings (as written, lower case) are kept by the ``Tokens`` it belongs to:
/// `tokens.text(i)`, `tokens.lower(i)`.
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

    /// UTF-8 offset of the first byte in the text.
    public var start: Int
    /// UTF-8 offset just past the last byte.
    public var end: Int
    /// Newlines between the previous token and this one.
    public var newlinesBefore: Int
    /// A hash of the lower-case form (FNV-1a over its UTF-8), computed once, for the extractor's word tables.
    public var hash: UInt64
    /// Where the token's strings are: its number in the tokenizing worker's table of words
    /// (``TokenStrings``), which the worker's memo tables are indexed by, when `>= 0`; otherwise
    /// `~spelling` is its place among the strings its ``Tokens`` keeps of its own.
    var spelling: Int32
    /// Word, number or punctuation.
    public var kind: Kind
    /// Whether the first letter is upper case.
    public var isCapitalized: Bool

    /// The token's number in the worker's table of words, or -1 for a word the table does not hold.
    var word: Int32 { spelling >= 0 ? spelling : -1 }

    /// Tokens are equal when all they say of the text is: where its strings are kept is no part of it.
    public static func == (a: Token, b: Token) -> Bool {
        a.start == b.start && a.end == b.end && a.kind == b.kind && a.isCapitalized == b.isCapitalized
            && a.newlinesBefore == b.newlinesBefore && a.hash == b.hash
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(hash)
    }

    /// The byte length of the token.
    @inline(__always)
    var length: Int { end - start }

    /// FNV-1a's starting value.
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One FNV-1a step: `h` with byte `b` mixed in.
    @inline(__always)
    static func fnv(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }

    /// FNV-1a over the UTF-8 of `s`.
    static func fnv(_ s: String) -> UInt64 { s.utf8.reduce(fnvOffset, fnv) }
}
