/// The name finder and relation reader of one language for one extractor, made once per worker
/// and kept in its ``ExtractionCache``: making them for every article copied the compiled lexicon
/// and the language's word lists each time.
///
/// The reader keeps per-sentence tables, so a pair is used by one thread at a time — as the cache
/// that holds it is (a cache is handed to one worker at a time and passed `inout`).
final class ArticleReaders: @unchecked Sendable {
    /// The extractor the pair belongs to; a cache used with another extractor makes its own.
    let owner: ObjectIdentifier
    let finder: MentionFinder
    let reader: RelationReader
    /// The language's rules.
    let rules: LanguageRules
    /// The language's abbreviations, for the sentence splitter.
    let abbreviations: WordSet

    init(owner: ObjectIdentifier, lexicon: CompiledLexicon, options: ExtractionOptions, lang: String) {
        self.owner = owner
        rules = lexicon.rules(lang)
        abbreviations = WordSet(rules.abbreviations)
        finder = MentionFinder(lexicon: lexicon, rules: rules)
        reader = RelationReader(lexicon: lexicon, options: options, rules: rules, lang: lang)
    }
}

/// An extractor's identity, so that a memo cache knows whose readers it holds.
final class ExtractorIdentity: Sendable {}
