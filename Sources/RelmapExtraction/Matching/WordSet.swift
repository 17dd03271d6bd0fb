/// A set of lower-case words that tokens are tested against by their hash (``Token/hash``)
/// first: a filter of the words' hashes turns most tokens away with one bit test, and only a
/// token that passes it is looked up in the set (hashing its text again).
struct WordSet: Sendable {
    /// The words.
    let words: Set<String>
    /// Bit `h & 1023` is set for the hash `h` of each word.
    private var filter = [UInt64](repeating: 0, count: 16)

    /// A set of `words` (lower case, as ``Token/lower`` is).
    init(_ words: Set<String>) {
        self.words = words
        for w in words {
            let bit = Int(truncatingIfNeeded: Token.fnv(w) & 1023)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// Whether `lower`, whose hash is `hash` (``Token/hash``), is one of the words.
    @inline(__always)
    func contains(_ lower: String, hash: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: hash & 1023)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        return words.contains(lower)
    }

    /// Whether token `i` of `tokens` is in the set (its string read only when the filter lets it by).
    @inline(__always)
    func contains(_ tokens: borrowing Tokens, _ i: Int) -> Bool {
        let bit = Int(truncatingIfNeeded: tokens[i].hash & 1023)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        return words.contains(tokens.lower(i))
    }
}
