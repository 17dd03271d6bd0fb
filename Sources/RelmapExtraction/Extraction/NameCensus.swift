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
    }

    private var known: [String: (count: Int, articles: Set<String>, example: String)] = [:]
    private var unknown: [String: (count: Int, articles: Set<String>, example: String, form: String)] = [:]
    /// Lower-case words seen in lower case, to tell a capitalised common word at a sentence's start.
    private var lowerWords: Set<String> = []
    /// The word memo of the articles added so far.
    private var cache = ExtractionCache()

    /// An empty census.
    public init() {}

    /// Adds the names of `article`.
    public mutating func add(_ article: Article, extractor: Extractor) {
        let tokens = Tokenizer.tokenize(article.text)
        let lang = extractor.language(of: article, tokens: tokens)
        let rules = extractor.lexicon.rules(lang)
        let finder = MentionFinder(lexicon: extractor.lexicon, rules: rules)
        var context = ArticleContext(date: article.date)
        cache.use(lang)
        let memos = extractor.lexicon.memos(tokens, lang: lang, cache: &cache)
        let bytes = Array(article.text.utf8)
        for t in tokens where t.kind == .word && !t.isCapitalized { lowerWords.insert(t.lower) }
        for sentence in SentenceSplitter.split(tokens, abbreviations: rules.abbreviations) {
            let range = sentence.tokens.startIndex..<sentence.tokens.endIndex
            let mentions = finder.find(tokens, memos, in: range, lang: lang, year: Extractor.yearNamed(in: sentence.tokens),
                                       sentence: sentence.index, context: &context)
            let text = String(decoding: bytes[sentence.start..<sentence.end], as: UTF8.self)
            var covered = Set<Int>()
            for m in mentions {
                covered.formUnion(m.tokenRange)
                for a in m.actors {
                    var k = known[a] ?? (0, [], text)
                    k.count += 1
                    k.articles.insert(article.id)
                    known[a] = k
                }
            }
            // Runs of capitalised words (allowing "of", "bin", "al-" inside) and acronyms.
            var i = range.lowerBound
            while i < range.upperBound {
                let t = tokens[i]
                guard t.kind == .word, t.isCapitalized, !covered.contains(i), !rules.notNames.contains(t.lower) else { i += 1; continue }
                let agent = extractor.lexicon.agentLength(tokens, at: i, end: range.upperBound)
                if agent > 0 { i += agent; continue }
                var j = i + 1
                while j < range.upperBound, !covered.contains(j), tokens[j].kind == .word, !rules.notNames.contains(tokens[j].lower),
                      tokens[j].isCapitalized || (["of", "bin", "al", "de", "van", "von", "der"].contains(tokens[j].lower)
                                                  && j + 1 < range.upperBound && tokens[j + 1].isCapitalized) {
                    j += 1
                }
                let words = tokens[i..<j]
                // A single capitalised word that opens a sentence may be a common word: it is left out
                // at the end (``unknownNames``) if the corpus also writes it in lower case.
                if t.text.count >= 2 {
                    let name = words.map(\.text).joined(separator: " ")
                    let key = words.map(\.lower).joined(separator: " ")
                    var u = unknown[key] ?? (0, [], text, name)
                    u.count += 1
                    u.articles.insert(article.id)
                    unknown[key] = u
                }
                i = j
            }
        }
    }

    /// Merges another census into this one.
    public mutating func merge(_ other: NameCensus) {
        for (k, v) in other.known {
            var e = known[k] ?? (0, [], v.example)
            e.count += v.count
            e.articles.formUnion(v.articles)
            known[k] = e
        }
        for (k, v) in other.unknown {
            var e = unknown[k] ?? (0, [], v.example, v.form)
            e.count += v.count
            e.articles.formUnion(v.articles)
            unknown[k] = e
        }
        lowerWords.formUnion(other.lowerWords)
    }

    /// Known actors by frequency, ties by id.
    public var knownActors: [Entry] {
        known.map { Entry(name: $0.key, count: $0.value.count, articles: $0.value.articles.count, example: $0.value.example) }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    }

    /// Unknown names by frequency, ties by name; single words seen elsewhere in lower case are left out.
    public var unknownNames: [Entry] {
        unknown.filter { key, _ in key.contains(" ") || !lowerWords.contains(key) }
            .map { Entry(name: $0.value.form, count: $0.value.count, articles: $0.value.articles.count, example: $0.value.example) }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    }
}
