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

    /// The forms of a word with `roots` and `forms`.
    init(roots: [String], forms: [String]) {
        self.roots = roots
        self.forms = forms
        rootHashes = roots.map(Token.fnv)
        formHashes = forms.map(Token.fnv)
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
