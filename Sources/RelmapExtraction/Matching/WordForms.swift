/// The roots and bare forms of a word the reader has met (its roots by the language's stemmer,
/// its forms without clitics), with their hashes (``Token/fnv(_:)``, as ``Token/hash``), so that
/// a trigger's later words are matched by number and compared as strings only when the numbers
/// agree.
struct WordForms: Sendable {
    /// The word's roots, the stemmer's first.
    let roots: [String]
    /// The word's forms without clitics.
    let forms: [String]
    /// The hashes of ``roots``, in order.
    let rootHashes: [UInt64]
    /// The hashes of ``forms``, in order.
    let formHashes: [UInt64]
    /// What the word's spelling says of it as a trigger's head, by the language's rules (read by
    /// ``RelationReader/readForm(_:_:_:clause:negated:)``; worked out once for each word, not
    /// once for each trigger).
    let shape: Shape

    /// What a word's spelling says of it as a trigger's head.
    struct Shape: Sendable {
        /// It ends like a participle, or is an irregular one ("expelled", "seen").
        var participle = false
        /// It ends like a noun ("invasion", "sanctions").
        var nounEnding = false
        /// Its prefix makes it passive ("diusir", "terserang" from another root).
        var affixPassive = false
        /// Its affixes make it a noun ("serangan", "pengusiran", a bare root that is no verb),
        /// when nothing else in the sentence does.
        var affixNoun = false
        /// Its affixes make it an agent noun ("pembelot", defector; not "pembelotan").
        var agentAffix = false
    }

    /// The forms of the word `word` with `roots` (the stemmer's first) and `forms`, by `rules`.
    init(word: String, roots: [String], forms: [String], rules: LanguageRules) {
        self.roots = roots
        self.forms = forms
        rootHashes = roots.map(Token.fnv)
        formHashes = forms.map(Token.fnv)
        let root = roots.first ?? word
        var shape = Shape()
        shape.participle = rules.participleEndings.contains { word.hasSuffix($0) } || rules.irregularParticiples.contains(word)
        shape.nounEnding = rules.nounEndings.contains { word.hasSuffix($0) }
        shape.affixPassive = (word.hasPrefix("di") && !root.hasPrefix("di")) || (word.hasPrefix("ter") && !root.hasPrefix("ter") && word != root)
        shape.affixNoun =
            ((word == root && !rules.verbRoots.contains(word)) || word.hasPrefix("pe") || word.hasPrefix("ke")
                || (word.hasSuffix("an") && !root.hasSuffix("an")))
            && !word.hasPrefix("me") && !word.hasPrefix("ber")
        shape.agentAffix = word.hasPrefix("pe") && !word.hasSuffix("an") && word != root
        self.shape = shape
    }

    /// Whether `root`, whose hash is `hash`, is one of the roots.
    @inline(__always)
    func hasRoot(_ root: String, hash: UInt64) -> Bool {
        for k in rootHashes.indices where rootHashes[k] == hash && roots[k] == root { return true }
        return false
    }

    /// Whether `form`, whose hash is `hash`, is one of the forms.
    @inline(__always)
    func hasForm(_ form: String, hash: UInt64) -> Bool {
        for k in formHashes.indices where formHashes[k] == hash && forms[k] == form { return true }
        return false
    }
}
