import RelmapCorpus

/// Reads relation mentions from articles with a lexicon.
///
/// ```swift
/// let extractor = try Extractor(lexicon: Lexicon.bundled())
/// for relation in extractor.extract(article) { print(relation.source, relation.type, relation.target) }
/// ```
/// An extractor is a value; share one across threads and call ``extract(_:)`` concurrently.
public struct Extractor: Sendable {
    /// The compiled lexicon.
    public let lexicon: CompiledLexicon
    /// How to read.
    public let options: ExtractionOptions
    /// This extractor's identity, for the readers a memo cache keeps.
    let identity = ExtractorIdentity()

    /// Creates an extractor over `lexicon`.
    public init(lexicon: Lexicon, options: ExtractionOptions = .init()) {
        self.lexicon = CompiledLexicon(lexicon)
        self.options = options
    }

    /// The language of `article`: its metadata, or detected from its words.
    public func language(of article: Article, tokens: Tokens) -> String {
        languageGiven(article) ?? lexicon.detector.detect(tokens)
    }

    /// The language `article`'s metadata gives, when the lexicon has rules for it.
    public func languageGiven(_ article: Article) -> String? {
        guard let l = article.language?.lowercased(), lexicon.source.languages.index(forKey: l) != nil else { return nil }
        return l
    }

    /// The relations stated in `article`, in text order, each (source, target, type) once a sentence.
    public func extract(_ article: Article) -> [RelationMention] {
        var cache = ExtractionCache()
        return extract(article, cache: &cache)
    }

    /// As ``extract(_:)``, reusing a stem cache across the articles of one thread.
    public func extract(_ article: Article, cache: inout ExtractionCache) -> [RelationMention] {
        let tokens = Tokenizer.tokenize(article.text, strings: &cache.tokenStrings)
        return extract(article, tokens: tokens, lang: language(of: article, tokens: tokens), cache: &cache)
    }

    /// As ``extract(_:cache:)``, with the article's tokens and language already worked out.
    func extract(_ article: Article, tokens: Tokens, lang: String, cache: inout ExtractionCache) -> [RelationMention] {
        // The text's bytes in place (a copy of them was the largest copy of an article's reading).
        var text = article.text
        return text.withUTF8 { utf8 in extract(article, tokens: tokens, lang: lang, utf8: utf8, cache: &cache) }
    }

    /// As ``extract(_:tokens:lang:cache:)``, with `utf8` the bytes of the article's text.
    private func extract(
        _ article: Article, tokens: Tokens, lang: String, utf8: UnsafeBufferPointer<UInt8>, cache: inout ExtractionCache
    ) -> [RelationMention] {
        cache.use(lang)
        let memos = lexicon.memos(tokens, lang: lang, cache: &cache)
        let readers = self.readers(lang, cache: &cache)
        let finder = readers.finder, reader = readers.reader
        finder.startArticle()
        var context = ArticleContext(date: article.date)
        reader.focus.reset()
        var out: [RelationMention] = []
        let sentenceList = SentenceSplitter.ranges(tokens, abbreviations: readers.abbreviations)
        cache.articles += 1
        cache.sentences += sentenceList.count
        cache.bytes += utf8.count
        var dateline = Self.datelineEnd(tokens, tokens.indices)
        for (index, range) in sentenceList.enumerated() {
            let year = Self.yearNamed(in: tokens, range)
            finder.quotationSpeaker = quotationSpeaker(for: index, sentenceList, tokens, memos, finder: finder, context: context)
            var mentions = finder.find(tokens, memos, in: range, year: year, sentence: index, context: &context)
            // "JAKARTA, Kompas.com -", "SEOUL (Reuters) -": the dateline names no party; it may open
            // the first paragraphs after a title.
            if dateline == 0, index < 4, range.lowerBound > 0, !range.isEmpty, case let first = tokens[range.lowerBound],
                first.start > 0, utf8[first.start - 1] == UInt8(ascii: "\n")
            {
                dateline = Self.datelineEnd(tokens, range)
            }
            if dateline > range.lowerBound { mentions.removeAll { $0.tokenRange.lowerBound < dateline } }
            var found: [RelationReader.Found] = []
            var groupsRead: [ActorGroup]?
            if !mentions.isEmpty {
                reader.focus.lastSubject = context.lastSubject
                found = reader.read(tokens, memos, range, mentions: mentions, cache: &cache)
                groupsRead = reader.groupsRead
                // Relations read by index: a copy of one copies both its mentions.
                if let hostile = found.lastIndex(where: { lexicon.facts[$0.type].hostile && lexicon.facts[$0.type].directed && !$0.negated }) {
                    reader.focus.lastHostile = (found[hostile].source.actors[0], found[hostile].target.actors[0])
                }
                for k in found.indices where !found[k].negated {
                    reader.focus.lastOfType[found[k].type] = (found[k].source.actors[0], found[k].target.actors[0])
                }
            }
            reader.focus.lastDirected = found.last { lexicon.facts[$0.type].directed && !$0.negated }
            var seen: [(String, String, Int)] = []
            var sentenceText: String?
            let sentenceStart = tokens[range.lowerBound].start, sentenceEnd = tokens[range.upperBound - 1].end
            for f in found {
                let sa = f.source.actors[0], ta = f.target.actors[0]
                let s = options.level == .actor ? f.source.entity(for: sa, lexicon: lexicon, personName: finder.personName) : lexicon.code(sa)
                let t = options.level == .actor ? f.target.entity(for: ta, lexicon: lexicon, personName: finder.personName) : lexicon.code(ta)
                guard s != t, sa != ta || options.level == .actor else { continue }
                // Each (source, target, type) once a sentence; a sentence states few.
                guard !seen.contains(where: { $0.2 == f.type && $0.0 == s && $0.1 == t }) else { continue }
                seen.append((s, t, f.type))
                let tr = f.triggerRange
                // One string for the sentence, however many relations it states.
                let text = sentenceText ?? String(decoding: UnsafeBufferPointer(rebasing: utf8[sentenceStart..<sentenceEnd]), as: UTF8.self)
                sentenceText = text
                // Made in place in `out`: a local value appended was copied, each of its strings retained.
                out.append(
                    RelationMention(
                        article: article.id, date: article.date, source: s, target: t, type: lexicon.typeNames[f.type],
                        confidence: (f.confidence * 100).rounded() / 100,
                        sentence: text,
                        sentenceIndex: index,
                        trigger: String(decoding: UnsafeBufferPointer(rebasing: utf8[tokens[tr.lowerBound].start..<tokens[tr.upperBound - 1].end]), as: UTF8.self),
                        sourceText: f.source.text(in: tokens, bytes: utf8), targetText: f.target.text(in: tokens, bytes: utf8), sourceActor: lexicon.code(sa), targetActor: lexicon.code(ta),
                        sentenceSpan: TextSpan(start: sentenceStart, end: sentenceEnd),
                        triggerSpan: TextSpan(start: tokens[tr.lowerBound].start, end: tokens[tr.upperBound - 1].end),
                        sourceSpan: TextSpan(start: f.source.start, end: f.source.end),
                        targetSpan: TextSpan(start: f.target.start, end: f.target.end),
                        negated: f.negated, hedged: f.hedged, directed: lexicon.facts[f.type].directed, lang: lang))
                out[out.count - 1].dateOrigin = article.dateOrigin
            }
            // Remember who was named, for references in the sentences to come (a sentence naming
            // no one changes nothing).
            guard !mentions.isEmpty else { continue }
            // References to one actor are left out; without any, the groups are those the reader made.
            let groups: [ActorGroup]
            if mentions.contains(where: { $0.isReference && $0.actors.count <= 1 }) {
                groups = ActorGroup.group(
                    mentions.filter { !$0.isReference || $0.actors.count > 1 }, in: readers.groupStore, tokens: tokens,
                    coordinators: readers.rules.coordinators, determiners: readers.rules.determiners)
            } else {
                groups = groupsRead ?? ActorGroup.group(mentions, in: readers.groupStore, tokens: tokens, coordinators: readers.rules.coordinators, determiners: readers.rules.determiners)
            }
            // What "kedua negara" will mean next: a list of actors the sentence opens with, else the
            // parties of its first symmetric relation, of its first relation, its last list, its last two actors.
            let firstGroup = groups.first { g in !g.mentions.allSatisfy(\.isPlace) }
            let symmetric = found.firstIndex { !lexicon.facts[$0.type].directed }
            if let opening = firstGroup, opening.actors.count >= 2 {
                context.lastGroup = opening.actors
                context.lastGroupSentence = index
            } else if let main = symmetric ?? found.indices.first {
                context.lastGroup = ActorList(found[main].source.actors[0], found[main].target.actors[0])
                context.lastGroupSentence = index
            } else if let multi = groups.last(where: { $0.actors.count >= 2 }) {
                context.lastGroup = multi.actors
                context.lastGroupSentence = index
            } else {
                // Otherwise the last two actors the sentence named ("Kim bertemu Putin. Kedua negara ...").
                var recent: [ActorID] = []
                for m in mentions.reversed() where !m.isPlace { for a in m.actors where !recent.contains(a) { recent.append(a) } }
                if recent.count >= 2 {
                    context.lastGroup = ActorList(recent.prefix(2).reversed())
                    context.lastGroupSentence = index
                }
            }
            if let last = mentions.last(where: { !$0.isPlace && $0.actors.count == 1 }) { context.lastActor = last.actors[0] }
            if let person = mentions.last(where: { $0.person != nil && !$0.isReference && $0.actors.count == 1 }) {
                context.lastPerson = (person.actors[0], index)
            }
            if let ruler = mentions.last(where: { $0.actors.count == 1 && $0.agentRole.map { lexicon.rulingRoles.contains($0) } == true }) {
                context.lastRuler = ruler.actors[0]
            }
            // What "It also warned ..." will mean next: the source of the sentence's first directed
            // relation, else its first group that no preposition governs.
            if let f = found.firstIndex(where: { lexicon.facts[$0.type].directed }) {
                // The whole group the source belongs to ("Arab Saudi, Mesir dan Bahrain ... Mereka ...").
                let start = found[f].source.tokenRange.lowerBound
                context.lastSubject = groups.first { $0.range.contains(start) }?.actors ?? found[f].source.actors
            } else if let g = groups.first(where: { g in !g.isPlace && !Self.governed(g, tokens, memos, range) }) {
                context.lastSubject = g.actors
            }
        }
        return out
    }

    /// The name finder and relation reader of `lang` that `cache` keeps for this extractor, made
    /// on first use.
    func readers(_ lang: String, cache: inout ExtractionCache) -> ArticleReaders {
        let owner = ObjectIdentifier(identity)
        if let kept = cache.readers[lang], kept.owner == owner { return kept }
        let made = ArticleReaders(owner: owner, lexicon: lexicon, options: options, lang: lang)
        cache.readers[lang] = made
        return made
    }

    /// "“Kami ... . Kami tidak akan ...,” kata Menteri X": for a sentence with a first-person word
    /// inside a quotation that does not close in it, the speaker named where the quotation closes,
    /// up to three sentences on (read on a copy of the article's context, so nothing is learnt twice).
    func quotationSpeaker(
        for index: Int, _ sentences: [Range<Int>], _ tokens: Tokens, _ memos: [WordMemo],
        finder: MentionFinder, context: ArticleContext
    ) -> Mention? {
        let here = sentences[index]
        guard here.contains(where: { memos[$0].classes.contains(.firstPerson) }) else { return nil }
        // Whether a quotation is open after the marks of `r`, given whether one was open before
        // them, and the first mark that closes one open at its start.
        func scan(_ r: Range<Int>, open start: Bool) -> (open: Bool, closesAt: Int?) {
            var open = start
            var closes: Int?
            for i in r where MentionFinder.quoteMarks.contains(tokens, i) {
                let opening: Bool
                switch tokens.text(i) {
                case "“", "«", "„": opening = true
                case "”", "»": opening = false
                default: opening = !open
                }
                if !opening, open, start, closes == nil { closes = i }
                open = opening
            }
            return (open, closes)
        }
        func span(of k: Int) -> Range<Int> { sentences[k] }
        // Open at the start of this sentence (a quotation begun up to three sentences before)?
        var open = false
        for k in max(0, index - 3)..<index { open = scan(span(of: k), open: open).open }
        let mine = scan(here, open: open)
        // The quotation must still be open at this sentence's end: it closes later.
        guard mine.open, mine.closesAt == nil || !open else { return nil }
        var state = true
        for j in (index + 1)..<min(sentences.count, index + 4) {
            let r = span(of: j)
            let s = scan(r, open: state)
            if let close = s.closesAt {
                var probe = context
                finder.quotationSpeaker = nil
                let mentions = finder.find(tokens, memos, in: r, year: nil, sentence: j, context: &probe)
                return finder.attribution(
                    after: close, tokens, r, mentions, lastSubject: context.lastSubject,
                    lastPerson: context.recentPerson(j))
            }
            state = s.open
        }
        return nil
    }

    /// Marks that close a dateline ("JAKARTA -", "TEMPO.CO, Islamabad --", "SEOUL >>").
    static let datelineMarks: MarkSet = ["-", "--", "–", "—", ">", ">>", "|", ":"]

    /// The index of the first token past the article's dateline, or 0 without one: within the first
    /// ten tokens, a dash with space around it after nothing but capitalised words, brackets and
    /// commas ("Bisnis.com, JAKARTA - Turki ...").
    static func datelineEnd(_ tokens: Tokens, _ range: Range<Int>) -> Int {
        var k = range.lowerBound
        while k < min(range.upperBound, range.lowerBound + 12) {
            let t = tokens[k]
            if k > range.lowerBound, datelineMarks.contains(tokens, k), t.start > tokens[k - 1].end {
                var end = k + 1
                while end < range.upperBound, datelineMarks.contains(tokens, end) { end += 1 }
                guard end < range.upperBound, tokens[end].start > tokens[end - 1].end else { return 0 }
                return end
            }
            let fits = t.kind == .word ? t.isCapitalized : [",", "(", ")", ".", "/"].contains(tokens.text(k))
            if !fits { return 0 }
            k += 1
        }
        return 0
    }

    /// Whether a preposition governs `g` ("di Jakarta", "with Japan", "by the UN").
    static func governed(_ g: ActorGroup, _ tokens: Tokens, _ memos: [WordMemo], _ range: Range<Int>) -> Bool {
        var p = g.range.lowerBound - 1
        while p >= range.lowerBound, memos[p].classes.contains(.determiner) { p -= 1 }
        guard p >= range.lowerBound else { return false }
        // "the foreign ministers of Sweden, Finland and Turkey": the people acting for the group.
        if p - 1 >= range.lowerBound, tokens.lower(p) == "of" || tokens.lower(p) == "dari",
            memos[p - 1].classes.contains(.representative) || memos[p - 1].classes.contains(.partitive)
        {
            return false
        }
        let prepositions: WordClass = [.locative, .partnerPreposition, .targetPreposition, .passiveAgent, .between, .placePreposition, .recipient, .topic]
        return !memos[p].classes.isDisjoint(with: prepositions)
    }

    /// A year named in the sentence ("Pada tahun 2019", "in 2019"), which dates the events it tells.
    static func yearNamed(in tokens: Tokens, _ range: Range<Int>) -> Int? {
        for i in range where tokens[i].kind == .number && tokens[i].length == 4 {
            if let y = Int(tokens.text(i)), (1900...2100).contains(y) { return y }
        }
        return nil
    }
}
