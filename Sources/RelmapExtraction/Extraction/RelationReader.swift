/// Reads the relations of one sentence: finds the triggers of the codebook, then for each the
/// source and target from the roles around it.
///
/// - Source: the subject, the nearest group before the trigger in its clause that is neither a
///   location (di, in), a speaker (kata X, according to X), nor the object of a verb; for a noun
///   trigger, the actor right after it ("sanksi PBB", "pembelot Korea Utara"); for a passive (di-,
///   "was ... by"), the group after the agent marker (oleh, by).
/// - Target: the first group after the trigger in its clause that is not a location, a speaker or a
///   partner (dengan, with); for a passive, the subject.
/// - Symmetric types: everyone in the subject, the object, a partner phrase (dengan X, with X), a
///   pair (antara X dan Y, between X and Y), or the noun's own actors; each pair once.
/// - Negations and refusals before the trigger drop it (or mark it, with `keepNegated`); hedges
///   lower its confidence; words that undo a relation ("pelonggaran sanksi", easing sanctions)
///   leave only an explicitly named source.
/// - Framing (``frame``): a cut of cooperation is a sanction, a hostile act announced for the
///   future is a threat, and the act a threat announces is not read as done.
/// - Refinements: a demand ("X said Y must") addresses the actor before "must"; a threat without a
///   target addresses its condition's subject; a complaint *to* someone *over* something aims at
///   the latter; an attack without a target aims at its place.
final class RelationReader {
    let lexicon: CompiledLexicon
    let options: ExtractionOptions
    /// The article's language rules.
    let rules: LanguageRules
    /// Their word lists the inner loops test tokens against.
    let words: RuleWords
    /// The mentions of the sentence being read, which its groups read (``groupsRead`` among them).
    let groupStore = MentionStore()

    /// The memos of the article's tokens, and the sentence being read.
    var memos: [WordMemo] = []
    /// The roots and forms of the words of the article's language (the cache's), while a sentence is read.
    var formLists: [WordForms] = []
    var sentence: Range<Int> = 0..<0
    /// Whether each token of the sentence is part of a mention.
    var inMention: [Bool] = []
    /// Who the article was about just before this sentence, for objects it does not name.
    var focus = Focus()
    /// The groups the last ``read(_:_:_:mentions:cache:)`` made of its mentions, nil when it
    /// made none (the extractor needs the same groups after it).
    var groupsRead: [ActorGroup]?

    /// Who the sentences before were about: an object pronoun ("mengecamnya", "condemned it")
    /// stands for the last subject; an act that answers another ("retaliate") aims at whoever
    /// last acted against its source.
    struct Focus {
        /// The subject of the last sentence that had one.
        var lastSubject = ActorList()
        /// The source and target of the last hostile directed act.
        var lastHostile: (source: ActorID, target: ActorID)?
        /// The source and target of the last act of each type (by type index).
        var lastOfType: [Int: (source: ActorID, target: ActorID)] = [:]
        /// The last directed act of the sentence before, for a sentence that only lists who else did
        /// it and how often ("France three, and Italy two").
        var lastDirected: Found?

        /// Forgets everything, as for a new article (the table of acts by type keeps its storage).
        mutating func reset() {
            var kept: [Int: (source: ActorID, target: ActorID)] = [:]
            swap(&kept, &lastOfType)
            kept.removeAll(keepingCapacity: true)
            self = Focus()
            lastOfType = kept
        }
    }

    /// The multi-word function phrases of the article's language.
    let phrases: CompiledLexicon.Phrases
    /// The one-word speaker markers ("said"), which name a speaker right before them.
    let singleWordMarkers: Set<String>
    /// The hashes (``Token/hash``) of the words of each speaker marker, in the order of
    /// `phrases.speakerMarkers`.
    let speakerMarkerHashes: [[UInt64]]
    /// The hashes (``Token/hash``) of the words of each idiom, in the order of `phrases.idioms`.
    let idiomHashes: [[UInt64]]
    /// Every word of every idiom: most trigger words are none, and need no look at the idioms.
    let idiomWords: WordSet

    /// The name of `m`'s agent role ("military"), if it names one.
    func roleName(_ m: Mention) -> String? {
        m.agentRole.map { lexicon.roleName($0) }
    }

    init(lexicon: CompiledLexicon, options: ExtractionOptions, rules: LanguageRules, lang: String) {
        self.lexicon = lexicon
        self.options = options
        self.rules = rules
        words = RuleWords(rules)
        phrases = lexicon.phrases[lang] ?? lexicon.phrases["id"] ?? .init()
        singleWordMarkers = Set(rules.speakerMarkers.filter { !$0.contains(" ") })
        speakerMarkerHashes = phrases.speakerMarkers.map { $0.map(Token.fnv) }
        idiomHashes = phrases.idioms.map { $0.map(Token.fnv) }
        idiomWords = WordSet(Set(phrases.idioms.joined()))
    }

    /// The root of `trig`'s head word: its first root, or the word itself.
    func root(of trig: Trigger, _ tokens: Tokens) -> String {
        trig.forms >= 0 ? formLists[Int(trig.forms)].roots[0] : tokens.lower(trig.head)
    }

    /// Whether token `i` of the current sentence is of class `c` (false outside the sentence).
    @inline(__always)
    func isClass(_ i: Int, _ c: WordClass) -> Bool {
        sentence.contains(i) && memos[i].classes.contains(c)
    }

    struct Found {
        var type: Int
        var source: Mention
        var target: Mention
        var triggerRange: Range<Int>
        var confidence: Double
        var negated: Bool
        var hedged: Bool
    }

    /// Marks a gapped trigger may run across: commas and quotes ("menyebut tindakan Rusia “ilegal”").
    static let gapMarks: MarkSet = [",", "“", "”", "\"", "‘", "’", "'"]

    struct Trigger {
        var type: Int
        /// Index of the pattern in the lexicon's `patterns`.
        var patternIndex: Int
        var range: Range<Int>
        /// The head word's roots and forms (its memo's ``WordMemo/forms``; -1 for none): a number,
        /// so that a trigger is a plain value, copied with nothing to retain. ``root(of:_:)`` reads it.
        var forms: Int32
        /// The word that carries the act's form: the first, or the word after the gap of a negated
        /// phrase ("tidak ... menoleransi", "will not ... tolerate"), whose negation is the act.
        var head: Int
        /// Whether a cut of a cooperative act made it this type ("ended diplomatic relations"):
        /// the cut word then undoes nothing.
        var isCut = false
    }

    func read(
        _ tokens: Tokens, _ memos: [WordMemo], _ range: Range<Int>, mentions: [Mention],
        cache: inout ExtractionCache
    ) -> [Found] {
        groupsRead = nil
        // No word of the sentence can start a trigger: nothing to read, unless it lists who else did
        // the last act ("France three, and Italy two").
        guard range.contains(where: { memos[$0].triggers >= 0 }) else {
            // Most sentences hold no count: nothing to group then.
            guard focus.lastDirected != nil,
                range.contains(where: { tokens[$0].kind == .number || memos[$0].classes.contains(.numeral) })
            else { return [] }
            self.memos = memos
            formLists = cache.tables.formLists
            sentence = range
            defer { self.memos = []; formLists = [] }
            let groups = ActorGroup.group(mentions, in: groupStore, tokens: tokens, coordinators: rules.coordinators, determiners: rules.determiners)
            return gappedActs(tokens, range, groups: groups, found: [], triggers: [])
        }
        var groups = ActorGroup.group(mentions, in: groupStore, tokens: tokens, coordinators: rules.coordinators, determiners: rules.determiners)
        guard !groups.isEmpty else { return [] }
        self.memos = memos
        formLists = cache.tables.formLists
        sentence = range
        defer { self.memos = []; formLists = [] }
        inMention.removeAll(keepingCapacity: true)
        inMention.append(contentsOf: repeatElement(false, count: range.count))
        for m in mentions { for i in m.tokenRange where range.contains(i) { inMention[i - range.lowerBound] = true } }
        for g in groups.indices {
            var p = groups[g].range.lowerBound - 1
            while p >= range.lowerBound, isClass(p, .determiner) { p -= 1 }
            // "a team of Kenyan engineers", "thousands of Sudanese refugees": a partitive's
            // "of" does not make the group a prepositional phrase.
            // "the leaders of Japan and India": the people acting for the group name its subject.
            while p - 1 >= range.lowerBound, tokens.lower(p) == "of" || tokens.lower(p) == "dari",
                isClass(p - 1, .partitive) || isClass(p - 1, .representative)
            {
                p -= 2
                // "the foreign ministers of": the title's other words ("foreign", "prime") are listed too.
                while p >= range.lowerBound, isClass(p, .representative) { p -= 1 }
                while p >= range.lowerBound, isClass(p, .determiner) { p -= 1 }
            }
            if p >= range.lowerBound { groups[g].previousIndex = p }
            groups[g].isSpeaker = isSpeaker(groups[g], tokens, range)
        }
        // Kept once complete: kept before, the loop above would have copied them.
        groupsRead = groups
        let triggers = frame(findTriggers(tokens, memos, range, skip: inMention, cache: cache), tokens, range)
        linkPartners(&groups, triggers, tokens)
        markAllyNounModifiers(&groups, triggers, tokens)
        var out: [Found] = []
        for trig in triggers {
            let read = readTrigger(trig, tokens, range, groups: groups, innerTriggers: triggers)
            // The first trigger's relations are taken as they are, not copied.
            if out.isEmpty { out = read } else { out += read }
        }
        out += gappedActs(tokens, range, groups: groups, found: out, triggers: triggers)
        return out
    }

    // MARK: Roles

    func isSpeaker(_ g: ActorGroup, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        let lo = max(range.lowerBound, g.range.lowerBound - 3)
        // No marker can start in the window: most groups.
        guard (lo..<g.range.lowerBound).contains(where: { isClass($0, .speakerHead) }) else { return false }
        for (m, hashes) in speakerMarkerHashes.enumerated() {
            var p = g.range.lowerBound - hashes.count
            while p >= lo {
                // Hashes first: most places hold no marker, and strings are compared only on a match.
                if (0..<hashes.count).allSatisfy({ tokens[p + $0].hash == hashes[$0] }),
                    (0..<hashes.count).allSatisfy({ tokens.lower(p + $0) == phrases.speakerMarkers[m][$0] })
                {
                    // Only determiners or titles between the marker and the name.
                    let between = (p + hashes.count)..<g.range.lowerBound
                    // "South Korea said North Korea attacked ...": a reporting verb after a word is the
                    // sentence's verb, its object no speaker; inverted, it follows a comma or a quote.
                    let inverted = hashes.count > 1 || !isClass(p, .reporting) || p == range.lowerBound || tokens[p - 1].kind == .punctuation
                    if inverted, between.allSatisfy({ isClass($0, .determiner) || tokens[$0].isCapitalized }) { return true }
                }
                p -= 1
            }
        }
        return false
    }

    /// "the continued indiscriminate air strikes", "the NATO summit": a noun marker before up to
    /// three modifiers (names, lower-case words listed as adjectives or with an adjective's ending;
    /// no function word) makes the word after them a noun.
    func markedPastAdjectives(_ start: Int, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        guard !rules.adjectiveEndings.isEmpty || !rules.adjectives.isEmpty else { return false }
        var i = start - 1
        var adjectives = 0
        while i >= range.lowerBound, adjectives <= 3 {
            let t = tokens[i]
            if words.nounMarkers.contains(tokens, i) { return adjectives > 0 }
            // "the NATO summit", "a Russian drone attack": a name modifying the noun.
            if inMention[i - range.lowerBound] { adjectives += 1; i -= 1; continue }
            guard t.kind == .word, !t.isCapitalized, memos[i].classes.isEmpty,
                memos[i].triggers < 0,
                words.adjectives.contains(tokens, i)
                    || (tokens.lower(i).count >= 5 && rules.adjectiveEndings.contains(where: { tokens.lower(i).hasSuffix($0) }))
            else { return false }
            adjectives += 1
            i -= 1
        }
        return false
    }

    /// Whether an agent marker ("by", "oleh") at `marker` still names the agent of the noun that
    /// ends at `end`: within three words, or past the noun's object phrase ("the sinking of a
    /// fishing boat by ...") with no comma or clause break on the way; `throughRelative`, also past a
    /// relative clause in the passive ("the interference that was carried out by ...").
    func agentReaches(from end: Int, to marker: Int, _ tokens: Tokens, throughRelative: Bool = false) -> Bool {
        // Quote marks are no words: "\"unlawful and dangerous conduct\" by ...".
        var words = 0
        for i in end..<max(end, marker) where !MentionFinder.quoteMarks.contains(tokens, i) { words += 1 }
        if words <= 3 { return true }
        guard end < marker, !(end..<marker).contains(where: { tokens.text($0) == "," || isClass($0, .clauseBreak) }) else { return false }
        if marker - end <= 8, self.words.genitiveLinks.contains(tokens, end) { return true }
        // "campur tangan dan intervensi pemilu yang diduga dilakukan oleh Rusia", "the interference
        // that was carried out by": a relative clause in the passive names the object's agent.
        return throughRelative && marker - end <= 10 && (end..<marker).contains { self.words.relatives.contains(tokens, $0) }
            && (max(end, marker - 2)..<marker).contains { isPassiveForm($0, tokens, sentence) }
    }

    func isVerb(_ lower: String) -> Bool {
        // Bytes first: a word of fewer than five bytes has fewer than five letters, and is not looked up.
        // The prefixes before the list of exceptions: most words have none, and are not hashed.
        guard lower.utf8.count >= 5, rules.verbPrefixes.contains(where: { lower.utf8.starts(with: $0.utf8) && lower.hasPrefix($0) }) else { return false }
        return !rules.notVerbs.contains(lower) && lower.count >= 5
    }

    /// The clause around `range`: from the last break before it to the next break after it.
    func clause(around r: Range<Int>, _ range: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound
        while lo > range.lowerBound, !isClass(lo - 1, .clauseBreak) { lo -= 1 }
        var hi = r.upperBound
        while hi < range.upperBound, !isClass(hi, .clauseBreak) { hi += 1 }
        return lo..<hi
    }

    func containsPhrase(_ phrases: [[String]], in window: Range<Int>, _ tokens: Tokens, head: WordClass? = nil) -> Range<Int>? {
        // No word of the window can start one of the phrases: nothing to compare.
        if let head, !window.contains(where: { isClass($0, head) }) { return nil }
        for words in phrases {
            guard window.count >= words.count else { continue }
            var p = window.lowerBound
            while p + words.count <= window.upperBound {
                if (0..<words.count).allSatisfy({ tokens.lower(p + $0) == words[$0] }) { return p..<(p + words.count) }
                p += 1
            }
        }
        return nil
    }

    /// Reads one trigger's relations, step by step: its form (``isNegated``, ``readForm``), its
    /// subject and a noun's genitive (``readRoles``), then the reading its type asks for — a
    /// reciprocal act (``readReciprocal``), symmetric parties (``readSymmetric``), a judgement
    /// (``readEvaluated``), a demand (``readAddressed``), an ally noun in apposition
    /// (``readDirectedApposition``), or a directed source and target (``readDirected``).
    func readTrigger(
        _ trig: Trigger, _ tokens: Tokens, _ range: Range<Int>, groups: [ActorGroup],
        innerTriggers: [Trigger]
    ) -> [Found] {
        let cl = clause(around: trig.range, range)
        let negated = isNegated(trig, tokens, range, clause: cl)
        if negated && !options.keepNegated { return [] }
        let s = TriggerScope(
            reader: self, trig: trig, tokens: tokens, range: range, clause: cl, groups: groups,
            innerTriggers: innerTriggers, form: readForm(trig, tokens, range, clause: cl, negated: negated))
        let roles = readRoles(s)
        if !subjectRoleFits(s, roles) { return [] }
        if let out = readReciprocal(s, roles) { return out }
        if !s.type.directed || s.pattern.mutual { return readSymmetric(s, roles) }
        if s.pattern.evaluates {
            return readEvaluated(
                trig, tokens, range, groups: groups, confidence: s.confidence(Confidence.evaluated),
                negated: negated, hedged: s.form.hedged)
        }
        if s.pattern.addressee {
            if demandYieldsToLongerAct(s) { return [] }
            return readAddressed(
                trig, tokens, range, clause: cl, groups: groups, confidence: s.confidence(Confidence.addressed),
                negated: negated, hedged: s.form.hedged)
        }
        if let out = readDirectedApposition(s, roles) { return out }
        return readDirected(s, roles)
    }

    /// One relation for each source actor and each other target actor.
    func pairs(_ s: ActorGroup, _ t: ActorGroup, _ trig: Trigger, confidence: Double, negated: Bool, hedged: Bool) -> [Found] {
        var out: [Found] = []
        // The mentions of a group and of its partners, by index: joining the two lists made an array
        // (and copied every mention) for each source actor.
        let sourcePartners = s.partners, targetPartners = t.partners
        let sourceCount = s.mentions.count + sourcePartners.count, targetCount = t.mentions.count + targetPartners.count
        func source(_ k: Int) -> Mention { k < s.mentions.count ? s.mentions[k] : sourcePartners[k - s.mentions.count] }
        func target(_ k: Int) -> Mention { k < t.mentions.count ? t.mentions[k] : targetPartners[k - t.mentions.count] }
        // "strikes by the Syrian regime and its backer Russia in Idlib": a place of one of the
        // parties' own states is where they act, not whom they act against.
        func isPartyPlace(_ tm: Mention) -> Bool {
            tm.isPlace && (0..<sourceCount).contains { k in source(k).actors.contains { tm.actors.contains($0) } }
        }
        for i in 0..<sourceCount {
            let sm = source(i)
            for sa in sm.actors {
                for j in 0..<targetCount {
                    let tm = target(j)
                    if isPartyPlace(tm) { continue }
                    for ta in tm.actors where ta != sa {
                        var src = sm, dst = tm
                        // A mention of one actor is already that actor's: no new list.
                        if src.actors.count != 1 { src.actors = ActorList(sa) }
                        if dst.actors.count != 1 { dst.actors = ActorList(ta) }
                        out.append(
                            Found(
                                type: trig.type, source: src, target: dst, triggerRange: trig.range,
                                confidence: confidence, negated: negated, hedged: hedged))
                    }
                }
            }
        }
        return out
    }
}
