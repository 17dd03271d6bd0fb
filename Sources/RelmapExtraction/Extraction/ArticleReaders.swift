/// The name finder and relation reader of one language for one extractor, made once per worker
/// and kept in its ``ExtractionCache``: making them for every article copied the compiled lexicon
/// and the language's word lists each time.
///
/// `@unchecked Sendable`, though its finder and reader keep the sentence being read: a pair is
/// made by ``Extractor`` for one ``ExtractionCache``, kept only there and used only through it.
/// The cache is `~Copyable` and used `inout` (or owned by one worker), so the pair is on one thread
/// at a time; it may move to another thread with its cache, never be shared.
final class ArticleReaders: @unchecked Sendable {
    /// The extractor the pair belongs to; a cache used with another extractor makes its own.
    let owner: ObjectIdentifier
    let finder: MentionFinder
    let reader: RelationReader
    /// The language's rules.
    let rules: LanguageRules
    /// The language's abbreviations, for the sentence splitter.
    let abbreviations: WordSet
    /// The mentions of the groups the extractor makes of a sentence itself (the reader's groups
    /// read the reader's store).
    let groupStore = MentionStore()

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
