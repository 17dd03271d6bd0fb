/// A handful of punctuation marks ("“", "...", "--") that a token's text is tested against: the
/// token's hash (``Token/hash``) is compared first, so that a word, which is none of them, is
/// told apart without hashing its text again, and a mark is compared with the one entry of its hash.
struct MarkSet: Sendable, ExpressibleByArrayLiteral {
    /// The marks, and the hash of each one's lower-case form (what ``Token/hash`` is of).
    private let marks: [String]
    private let hashes: [UInt64]
    /// Bit `hash % 64` set for each mark's hash: most tokens are turned away by one test.
    private let filter: UInt64

    /// A set of `marks`.
    init(_ marks: [String]) {
        var distinct: [String] = []
        for m in marks where !distinct.contains(m) { distinct.append(m) }
        self.marks = distinct
        hashes = distinct.map { Token.fnv($0.lowercased()) }
        filter = hashes.reduce(0) { $0 | 1 << ($1 & 63) }
    }

    /// A set of the marks listed.
    init(arrayLiteral marks: String...) {
        self.init(marks)
    }

    /// Whether token `i` of `tokens` is one of the marks (its string read only when a hash matches).
    @inline(__always)
    func contains(_ tokens: borrowing Tokens, _ i: Int) -> Bool {
        let hash = tokens[i].hash
        guard filter & 1 << (hash & 63) != 0 else { return false }
        for k in hashes.indices where hashes[k] == hash && marks[k] == tokens.text(i) { return true }
        return false
    }

    /// Whether `text`, whose lower-case form hashes to `hash` (``Token/hash``), is one of the marks.
    @inline(__always)
    func contains(_ text: String, hash: UInt64) -> Bool {
        guard filter & 1 << (hash & 63) != 0 else { return false }
        for k in hashes.indices where hashes[k] == hash && marks[k] == text { return true }
        return false
    }
}
