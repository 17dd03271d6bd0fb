/// One word of a trigger pattern as the matcher reads it: its kind and the hash of its string,
/// plain values that copy for free (the pattern's own words hold strings).
struct PatternKey: Sendable {
    /// What the word matches.
    enum Kind: UInt8, Sendable {
        /// Any form of a root.
        case root
        /// One form, with clitics allowed.
        case exact
        /// Up to eight words of anything.
        case gap
    }

    /// What the word matches.
    let kind: Kind
    /// The hash of its root or form (0 for a gap).
    let hash: UInt64

    /// The key of `word`.
    init(_ word: TriggerPattern.Word) {
        switch word {
        case .root(let r): (kind, hash) = (.root, Token.fnv(r))
        case .exact(let e): (kind, hash) = (.exact, Token.fnv(e))
        case .gap: (kind, hash) = (.gap, 0)
        }
    }
}
