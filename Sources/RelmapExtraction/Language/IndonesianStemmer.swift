/// An Indonesian stemmer of the Nazief-Adriani / Enhanced Confix Stripping family, driven by a
/// dictionary of known roots.
///
/// The algorithm (Nazief & Adriani 1996; Arifin, Mahendra & Ciptaningtyas 2009, "Enhanced Confix
/// Stripping Stemmer and Ants Algorithm for Classifying News Documents in Indonesian Language";
/// the variant popularised by the Sastrawi library):
/// 1. a word found in the dictionary is its own root;
/// 2. reduplicated words (`buku-buku`, `berbalas-balasan`) reduce to the root both halves share;
/// 3. otherwise remove, checking the dictionary after each step: the particles `-lah -kah -tah -pun`,
///    the possessives `-ku -mu -nya`, the derivational suffixes `-i -kan -an` (and the loan suffixes
///    `-isasi -isme -is`), then up to three derivational prefixes with their sound changes
///    (`me- mem- men- meng- meny- ber- di- ter- pe- per- ke- se-` ...);
/// 4. for the confixes `be-lah be-an me-i di-i pe-i ter-i`, prefixes are removed before suffixes;
/// 5. when nothing is found, suffixes are restored one by one and prefix removal is tried again.
///
/// A word whose root is not in the dictionary is returned unchanged, so with the codebook's trigger
/// roots as the dictionary the stemmer answers "which trigger is this word a form of".
public struct IndonesianStemmer: Sendable {
    /// The known roots, lower case.
    public let dictionary: Set<String>

    /// Creates a stemmer over `roots`.
    public init<S: Sequence>(roots: S) where S.Element == String {
        dictionary = Set(roots.map { $0.lowercased() })
    }

    /// The root of `word`, or `word` itself (lower-cased) when no known root is found.
    public func stem(_ word: String) -> String {
        let lower = word.lowercased()
        if lower.utf8.contains(0x2D) { return stemReduplicated(lower) }
        return stemSingle(lower)
    }

    /// Whether `word` reduces to a root of the dictionary.
    public func root(of word: String) -> String? {
        let s = stem(word)
        return dictionary.contains(s) ? s : nil
    }

    // MARK: - Reduplication

    private static let inflections: Set<String> = ["ku", "mu", "nya", "lah", "kah", "tah", "pun"]

    private func stemReduplicated(_ word: String) -> String {
        var parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        // malaikat-malaikat-nya: the trailing clitic belongs to the second half.
        if parts.count == 3, Self.inflections.contains(parts[2]) {
            parts = [parts[0], parts[1] + parts[2]]
        }
        if parts.count == 2, Self.inflections.contains(parts[1]) {
            // allah-lah, kuasa-mu: a clitic written with a hyphen.
            let root = stemSingle(parts[0])
            return dictionary.contains(root) ? root : word
        }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return word }
        let first = stemSingle(parts[0])
        var second = stemSingle(parts[1])
        // meniru-nirukan: the second half lost its prefix's sound change; restore it.
        if !dictionary.contains(parts[1]) && second == parts[1] {
            second = stemSingle("me" + parts[1])
        }
        return first == second && dictionary.contains(first) ? first : word
    }

    // MARK: - Single words

    private func stemSingle(_ word: String) -> String {
        if dictionary.contains(word) || word.count <= 3 { return word }
        guard word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        if hasPrefixFirstConfix(word) {
            if let root = removePrefixes(word) { return root }
            if let root = removeSuffixesThenPrefixes(word) { return root }
        } else {
            if let root = removeSuffixesThenPrefixes(word) { return root }
        }
        return word
    }

    private func hasPrefixFirstConfix(_ w: String) -> Bool {
        (w.hasPrefix("be") && (w.hasSuffix("lah") || w.hasSuffix("an")))
            || (w.hasSuffix("i") && (w.hasPrefix("me") || w.hasPrefix("di") || w.hasPrefix("pe") || w.hasPrefix("ter")))
    }

    /// Removes prefixes from `word`, then suffixes from each candidate; the first dictionary hit wins.
    private func removePrefixes(_ word: String) -> String? {
        for candidate in prefixStrippings(word, depth: 0) {
            if dictionary.contains(candidate.word) { return candidate.word }
            if let root = removeSuffixes(candidate.word, prefix: candidate.firstPrefix) { return root }
        }
        return nil
    }

    private func removeSuffixes(_ word: String, prefix: String) -> String? {
        for form in suffixStrippings(word) {
            if isInvalidPair(prefix: prefix, suffix: form.suffix) { continue }
            if dictionary.contains(form.word) { return form.word }
        }
        return nil
    }

    private func removeSuffixesThenPrefixes(_ word: String) -> String? {
        for form in suffixStrippings(word) {
            if dictionary.contains(form.word) { return form.word }
        }
        // Prefixes on the fully stripped word first, then on each partly restored form.
        for form in suffixStrippings(word).reversed() {
            for candidate in prefixStrippings(form.word, depth: 0) {
                if isInvalidPair(prefix: candidate.firstPrefix, suffix: form.suffix) { continue }
                if dictionary.contains(candidate.word) { return candidate.word }
            }
        }
        return nil
    }

    private struct Form { var word: String; var suffix: String }

    /// The word with ever more suffixes removed: inflectional particle, possessive, derivational.
    private func suffixStrippings(_ word: String) -> [Form] {
        var forms = [Form(word: word, suffix: "")]
        var current = word
        for particle in ["lah", "kah", "tah", "pun"] where current.hasSuffix(particle) && current.count > particle.count + 2 {
            current = String(current.dropLast(particle.count))
            forms.append(Form(word: current, suffix: ""))
            break
        }
        for possessive in ["nya", "ku", "mu"] where current.hasSuffix(possessive) && current.count > possessive.count + 2 {
            current = String(current.dropLast(possessive.count))
            forms.append(Form(word: current, suffix: ""))
            break
        }
        let base = current
        for suffix in ["isasi", "isme", "is", "kan", "an", "i"] where base.hasSuffix(suffix) && base.count > suffix.count + 2 {
            forms.append(Form(word: String(base.dropLast(suffix.count)), suffix: suffix))
            // bisikan: -kan over-strips; -an is tried as well.
            if suffix == "kan" { forms.append(Form(word: String(base.dropLast(2)), suffix: "an")) }
            break
        }
        return forms
    }

    private func isInvalidPair(prefix: String, suffix: String) -> Bool {
        switch (prefix, suffix) {
        case ("ber", "i"), ("be", "i"), ("di", "an"), ("ke", "i"), ("ke", "kan"), ("me", "an"),
            ("se", "i"), ("se", "kan"), ("ter", "an"):
            return true
        default:
            return false
        }
    }

    private struct Stripped { var word: String; var firstPrefix: String }

    /// Every way of removing one to three prefixes, nearest first.
    private func prefixStrippings(_ word: String, depth: Int) -> [Stripped] {
        guard depth < 3 else { return [] }
        var result: [Stripped] = []
        for (prefix, rest) in PrefixRules.candidates(word) where rest.count >= 2 {
            result.append(Stripped(word: rest, firstPrefix: prefix))
            if !dictionary.contains(rest) {
                for deeper in prefixStrippings(rest, depth: depth + 1) {
                    result.append(Stripped(word: deeper.word, firstPrefix: prefix))
                }
            }
        }
        return result
    }
}
