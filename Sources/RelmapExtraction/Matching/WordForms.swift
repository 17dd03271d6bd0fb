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
        let participle: Bool
        /// It ends like a noun ("invasion", "sanctions").
        let nounEnding: Bool
        /// Its prefix makes it passive ("diusir", "terserang" from another root).
        let affixPassive: Bool
        /// Its affixes make it a noun ("serangan", "pengusiran", a bare root that is no verb),
        /// when nothing else in the sentence does.
        let affixNoun: Bool
        /// Its affixes make it an agent noun ("pembelot", defector; not "pembelotan").
        let agentAffix: Bool

        /// What the spelling of `word`, whose root is `root`, says by `rules`.
        init(word: String, root: String, rules: LanguageRules) {
            participle = rules.participleEndings.contains { word.hasSuffix($0) } || rules.irregularParticiples.contains(word)
            nounEnding = rules.nounEndings.contains { word.hasSuffix($0) }
            affixPassive = (word.hasPrefix("di") && !root.hasPrefix("di")) || (word.hasPrefix("ter") && !root.hasPrefix("ter") && word != root)
            affixNoun =
                ((word == root && !rules.verbRoots.contains(word)) || word.hasPrefix("pe") || word.hasPrefix("ke")
                    || (word.hasSuffix("an") && !root.hasSuffix("an")))
                && !word.hasPrefix("me") && !word.hasPrefix("ber")
            agentAffix = word.hasPrefix("pe") && !word.hasSuffix("an") && word != root
        }
    }

    /// The forms of the word `word` with `roots` (the stemmer's first) and `forms`, by `rules`.
    init(word: String, roots: [String], forms: [String], rules: LanguageRules) {
        self.roots = roots
        self.forms = forms
        rootHashes = roots.map(Token.fnv)
        formHashes = forms.map(Token.fnv)
        shape = Shape(word: word, root: roots.first ?? word, rules: rules)
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
