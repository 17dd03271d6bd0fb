import RelmapCorpus

/// Counts the names in a corpus: actors the lexicon knows, and names it does not (capitalised
/// word sequences and acronyms outside every known name), each with an example sentence, so that
/// a user sees what to add to a lexicon.
public struct NameCensus: Sendable {
    /// A name and how often it was seen.
    public struct Entry: Sendable, Equatable {
        /// The name as written (an actor's id for known actors).
        public var name: String
        /// Occurrences.
        public var count: Int
        /// Articles it occurs in.
        public var articles: Int
        /// A sentence that shows it.
        public var example: String
        /// What the words around it tell (unknown names): the first occurrence that told anything.
        public var guess = NameGuess()
    }

    /// What is counted of a name. A census is made per article and merged, so that the articles
    /// a name occurs in are counted without a set of article ids per name.
    private struct Tally: Sendable {
        var count = 0
        var articles = 1
        /// The first sentence that showed it, and (unknown names) its first written form.
        var example: String
        var form: String
        var guess: NameGuess?
    }

    private var known: [String: Tally] = [:]
    private var unknown: [String: Tally] = [:]
    /// Words seen in lower case, to tell a capitalised common word at a sentence's start: their
    /// FNV-1a hashes (``Token/hash``), which the tokenizer has already worked out, so that merging
    /// an article's words costs no string hashing.
    private var lowerWords: Set<UInt64> = []

    /// An empty census.
    public init() {}

    /// Adds the names of `article`, read with a memo `cache` kept across the articles added.
    public mutating func add(_ article: Article, extractor: Extractor, cache: inout ExtractionCache) {
        merge(Self.census(of: article, extractor: extractor, cache: &cache))
    }

    /// Adds the names of `article`, with memo tables of its own (``add(_:extractor:cache:)`` with
    /// one cache is faster for many articles).
    public mutating func add(_ article: Article, extractor: Extractor) {
        var cache = ExtractionCache()
        add(article, extractor: extractor, cache: &cache)
    }

    /// The census of one article, read with a worker's memo `cache` (see ``CorpusExtraction``);
    /// merge the censuses of a corpus in corpus order, so that each name's example is the first.
    public static func census(of article: Article, extractor: Extractor, cache: inout ExtractionCache) -> NameCensus {
        let tokens = Tokenizer.tokenize(article.text)
        return census(of: article, tokens: tokens, lang: extractor.language(of: article, tokens: tokens), extractor: extractor, cache: &cache)
    }

    /// As ``census(of:extractor:cache:)``, with the article's tokens and language already worked out.
    static func census(of article: Article, tokens: Tokens, lang: String, extractor: Extractor, cache: inout ExtractionCache) -> NameCensus {
        var census = NameCensus()
        cache.use(lang)
        let memos = extractor.lexicon.memos(tokens, lang: lang, cache: &cache)
        let readers = extractor.readers(lang, cache: &cache)
        let finder = readers.finder
        // The people the last article introduced are not this one's (and the list stays short).
        finder.startArticle()
        let rules = readers.rules
        /// Not part of a name: a word of ``LanguageRules/notNames`` in any case, a function word
        /// capitalised (a preposition stays lower case inside "Republic of Korea").
        func skipped(_ i: Int) -> Bool { rules.notNames.contains(tokens.lower(i)) || (tokens[i].isCapitalized && rules.isFunctionWord(tokens.lower(i))) }
        var context = ArticleContext(date: article.date)
        let bytes = Array(article.text.utf8)
        for t in tokens where t.kind == .word && !t.isCapitalized { census.lowerWords.insert(t.hash) }
        let sentences = SentenceSplitter.split(tokens, abbreviations: readers.abbreviations)
        cache.articles += 1
        cache.sentences += sentences.count
        cache.bytes += bytes.count
        for sentence in sentences {
            let range = sentence.tokens.startIndex..<sentence.tokens.endIndex
            let mentions = finder.find(
                tokens, memos, in: range, year: Extractor.yearNamed(in: tokens, range),
                sentence: sentence.index, context: &context)
            var text: String?
            func sentenceText() -> String {
                if let text { return text }
                let made = String(decoding: bytes[sentence.start..<sentence.end], as: UTF8.self)
                text = made
                return made
            }
            // The sentence's tokens that a known name covers.
            var covered = [Bool](repeating: false, count: range.count)
            // Which mention covers each token (-1: none), for the context of unknown names.
            var owner = [Int](repeating: -1, count: range.count)
            for (index, m) in mentions.enumerated() {
                for k in m.tokenRange where range.contains(k) {
                    covered[k - range.lowerBound] = true
                    owner[k - range.lowerBound] = index
                }
                for id in m.actors {
                    let a = extractor.lexicon.code(id)
                    // Counted in place: a tally copied out of the table and back would copy its storage.
                    if census.known[a] == nil { census.known[a] = Tally(example: sentenceText(), form: a) }
                    census.known[a]?.count += 1
                }
            }
            // Runs of capitalised words (allowing "of", "bin", "al-" inside) and acronyms.
            var i = range.lowerBound
            while i < range.upperBound {
                let t = tokens[i]
                guard t.kind == .word, t.isCapitalized, !covered[i - range.lowerBound], !skipped(i) else { i += 1; continue }
                let agent = extractor.lexicon.agentLength(tokens, at: i, end: range.upperBound)
                if agent > 0 { i += agent; continue }
                var j = i + 1
                while j < range.upperBound, !covered[j - range.lowerBound], tokens[j].kind == .word, !skipped(j),
                    tokens[j].isCapitalized
                        || (["of", "bin", "al", "de", "van", "von", "der"].contains(tokens.lower(j))
                            && j + 1 < range.upperBound && tokens[j + 1].isCapitalized)
                {
                    j += 1
                }
                let words = i..<j
                // A single capitalised word that opens a sentence may be a common word: it is left out
                // at the end (``unknownNames``) if the corpus also writes it in lower case.
                // A name of name parts only ("South", "Sea" of "South China Sea") is no name to add,
                // nor the first names before a known person's ("Anthony" of "Anthony Blinken").
                let next = j < range.upperBound ? owner[j - range.lowerBound] : -1
                let beforePerson = next >= 0 && mentions[next].person != nil
                if tokens.text(i).count >= 2, !beforePerson, !words.allSatisfy({ rules.nameParts.contains(tokens.lower($0)) }) {
                    let key = words.map(tokens.lower).joined(separator: " ")
                    if census.unknown[key] == nil {
                        census.unknown[key] = Tally(example: sentenceText(), form: words.map(tokens.text).joined(separator: " "))
                    }
                    census.unknown[key]?.count += 1
                    if census.unknown[key]?.guess == nil {
                        let guess = NameGuess.reading(
                            i..<j, in: range, tokens: tokens, mentions: mentions, owner: owner, rules: rules, lexicon: extractor.lexicon)
                        if !guess.isEmpty { census.unknown[key]?.guess = guess }
                    }
                }
                i = j
            }
        }
        return census
    }

    /// Merges the census of other articles into this one: counts add up, and a name keeps the
    /// example this census had for it. The two must not have read the same article.
    public mutating func merge(_ other: NameCensus) {
        func fold(_ mine: inout [String: Tally], _ theirs: [String: Tally]) {
            for (k, v) in theirs {
                if mine[k] == nil {
                    mine[k] = Tally(count: v.count, articles: v.articles, example: v.example, form: v.form, guess: v.guess)
                } else {
                    mine[k]?.count += v.count
                    mine[k]?.articles += v.articles
                    if mine[k]?.guess == nil { mine[k]?.guess = v.guess }
                }
            }
        }
        fold(&known, other.known)
        fold(&unknown, other.unknown)
        lowerWords.formUnion(other.lowerWords)
    }

    /// Known actors by frequency, ties by id.
    public var knownActors: [Entry] {
        known.map { Entry(name: $0.key, count: $0.value.count, articles: $0.value.articles, example: $0.value.example) }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    }

    /// Unknown names by frequency, ties by name; single words seen elsewhere in lower case are left out.
    public var unknownNames: [Entry] {
        unknown.filter { key, _ in key.contains(" ") || !lowerWords.contains(Token.fnv(key)) }
            .map {
                Entry(
                    name: $0.value.form, count: $0.value.count, articles: $0.value.articles, example: $0.value.example,
                    guess: $0.value.guess ?? NameGuess())
            }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    }
}
