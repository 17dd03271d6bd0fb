/// Per-thread memo tables of the extractor: roots of words, and the triggers a word can start.
/// Reuse one across the articles a thread reads; the tables only grow with the vocabulary.
/// It also counts what the thread read.
///
/// A cache cannot be copied (`~Copyable`): the finder and reader it keeps hold the sentence being
/// read, so one cache is used by one thread, passed `inout` or owned by one worker of
/// ``CorpusExtraction``; a copy used on a second thread would have raced on them.
///
/// The tables hold one language's answers at a time (a word's root in Indonesian is not its root
/// in English): ``use(_:)`` swaps them when an article of another language comes.
public struct ExtractionCache: ~Copyable, Sendable {
    /// One language's memo tables.
    struct Tables: Sendable {
        /// Roots of words, by the language's stemmer.
        var stems: [String: String] = [:]
        /// What the reader needs of each word met.
        var words = WordTable()
        /// The same, by the word's number in ``ExtractionCache/tokenStrings`` (``Token/word``): found
        /// without hashing or comparing its text (nil: not asked yet).
        var byWord: [WordMemo?] = []
        /// The trigger lists the word memos point to.
        var triggerLists: [[CompiledLexicon.CompiledTrigger]] = []
        /// The roots and forms lists the word memos point to.
        var formLists: [WordForms] = []
    }

    /// The tables of ``language``.
    var tables = Tables()
    /// The strings of the words tokenized so far, in any language.
    var tokenStrings = TokenStrings()
    /// The finder and reader of each language met, for the extractor last used with this cache.
    var readers: [String: ArticleReaders] = [:]
    /// The language the tables are for.
    private(set) var language = ""
    /// The tables of the other languages met so far.
    private var parked: [String: Tables] = [:]
    /// Articles read with this cache.
    public internal(set) var articles = 0
    /// Sentences read with this cache.
    public internal(set) var sentences = 0
    /// UTF-8 bytes of text read with this cache.
    public internal(set) var bytes = 0

    /// An empty cache.
    public init() {}

    /// Makes the tables those of `lang`.
    mutating func use(_ lang: String) {
        guard lang != language else { return }
        parked[language] = tables
        tables = parked.removeValue(forKey: lang) ?? Tables()
        language = lang
    }
}
