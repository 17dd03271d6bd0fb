/// The tokens of a text, in order, with the strings they stand for.
///
/// A ``Token`` is plain data (offsets, kind, hash); its strings are read here by position:
/// `tokens.text(i)` as written, `tokens.lower(i)` in lower case. A word the tokenizing worker has
/// met before takes its strings from the worker's table of words (``TokenStrings``), so an
/// article's tokens hold, copy and free no string of their own for it.
///
/// ```swift
/// let tokens = Tokenizer.tokenize("Kim met Putin.")
/// tokens.texts   // ["Kim", "met", "Putin", "."]
/// ```
public struct Tokens: RandomAccessCollection, Sendable {
    /// The tokens.
    let items: [Token]
    /// The strings of the words in the worker's table, by word number (a copy of the table's
    /// list: it shares its storage while the table takes no new word).
    let table: [TokenStrings.Spelling]
    /// The strings of the tokens the table does not hold, by `~spelling`.
    let own: [TokenStrings.Spelling]

    /// Tokens with their strings.
    init(items: [Token], table: [TokenStrings.Spelling], own: [TokenStrings.Spelling]) {
        self.items = items
        self.table = table
        self.own = own
    }

    /// No tokens.
    public init() {
        self.init(items: [], table: [], own: [])
    }

    /// The positions, as a plain range (the default would hold a copy of the tokens and step through them).
    public typealias Indices = Range<Int>

    /// The first position.
    public var startIndex: Int { 0 }
    /// Just past the last position.
    public var endIndex: Int { items.count }
    /// Every position.
    public var indices: Range<Int> { 0..<items.count }
    /// The token at `i`.
    @inline(__always)
    public subscript(i: Int) -> Token { items[i] }

    /// The strings of token `i`.
    @inline(__always)
    func spelling(_ i: Int) -> TokenStrings.Spelling {
        let k = items[i].spelling
        return k >= 0 ? table[Int(k)] : own[Int(~k)]
    }

    /// Token `i` as written.
    @inline(__always)
    public func text(_ i: Int) -> String { spelling(i).text }

    /// Token `i` in lower case, for lexicon look-ups.
    @inline(__always)
    public func lower(_ i: Int) -> String { spelling(i).lower }

    /// Every token as written.
    public var texts: [String] { indices.map(text) }
}
