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

    /// The memos of the article's tokens, and the sentence being read.
    @exclusivity(unchecked) var memos: [WordMemo] = []
    @exclusivity(unchecked) var sentence: Range<Int> = 0..<0
    /// Whether each token of the sentence is part of a mention.
    @exclusivity(unchecked) var inMention: [Bool] = []
    /// Who the article was about just before this sentence, for objects it does not name.
    @exclusivity(unchecked) var focus = Focus()

    /// Who the sentences before were about: an object pronoun ("mengecamnya", "condemned it")
    /// stands for the last subject; an act that answers another ("retaliate") aims at whoever
    /// last acted against its source.
    struct Focus {
        /// The subject of the last sentence that had one.
        var lastSubject: [String] = []
        /// The source and target of the last hostile directed act.
        var lastHostile: (source: String, target: String)?
        /// The source and target of the last act of each type (by type index).
        var lastOfType: [Int: (source: String, target: String)] = [:]
    }

    /// The multi-word function phrases of the article's language.
    let phrases: CompiledLexicon.Phrases
    /// The one-word speaker markers ("said"), which name a speaker right before them.
    let singleWordMarkers: Set<String>
    /// The hashes (``Token/hash``) of the words of each speaker marker, in the order of
    /// `phrases.speakerMarkers`.
    let speakerMarkerHashes: [[UInt64]]

    init(lexicon: CompiledLexicon, options: ExtractionOptions, rules: LanguageRules, lang: String) {
        self.lexicon = lexicon
        self.options = options
        self.rules = rules
        phrases = lexicon.phrases[lang] ?? lexicon.phrases["id"] ?? .init()
        singleWordMarkers = Set(rules.speakerMarkers.filter { !$0.contains(" ") })
        speakerMarkerHashes = phrases.speakerMarkers.map { $0.map(Token.fnv) }
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
    static let gapMarks: Set<String> = [",", "“", "”", "\"", "‘", "’", "'"]

    struct Trigger {
        var type: Int
        /// Index of the pattern in the lexicon's `patterns`.
        var patternIndex: Int
        var range: Range<Int>
        /// The root of the first word.
        var root: String
    }

    func read(_ tokens: [Token], _ memos: [WordMemo], _ range: Range<Int>, mentions: [Mention],
              cache: inout ExtractionCache) -> [Found] {
        // No word of the sentence can start a trigger: nothing to read.
        guard range.contains(where: { memos[$0].triggers >= 0 }) else { return [] }
        var groups = ActorGroup.group(mentions, tokens: tokens, coordinators: rules.coordinators, determiners: rules.determiners)
        guard !groups.isEmpty else { return [] }
        self.memos = memos
        sentence = range
        defer { self.memos = [] }
        inMention.removeAll(keepingCapacity: true)
        inMention.append(contentsOf: repeatElement(false, count: range.count))
        for m in mentions { for i in m.tokenRange where range.contains(i) { inMention[i - range.lowerBound] = true } }
        for g in groups.indices {
            var p = groups[g].range.lowerBound - 1
            while p >= range.lowerBound, isClass(p, .determiner) { p -= 1 }
            // "a team of Kenyan engineers", "thousands of Sudanese refugees": a partitive's
            // "of" does not make the group a prepositional phrase.
            // "the leaders of Japan and India": the people acting for the group name its subject.
            while p - 1 >= range.lowerBound, tokens[p].lower == "of" || tokens[p].lower == "dari",
                  isClass(p - 1, .partitive) || isClass(p - 1, .representative) {
                p -= 2
                // "the foreign ministers of": the title's other words ("foreign", "prime") are listed too.
                while p >= range.lowerBound, isClass(p, .representative) { p -= 1 }
                while p >= range.lowerBound, isClass(p, .determiner) { p -= 1 }
            }
            if p >= range.lowerBound { groups[g].previous = tokens[p].lower; groups[g].previousIndex = p }
            groups[g].isSpeaker = isSpeaker(groups[g], tokens, range)
        }
        let triggers = frame(findTriggers(tokens, memos, range, skip: inMention, cache: cache), tokens, range)
        var out: [Found] = []
        for trig in triggers {
            out += readTrigger(trig, tokens, range, groups: groups, innerTriggers: triggers)
        }
        return out
    }

    // MARK: Roles

    func isSpeaker(_ g: ActorGroup, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        let lo = max(range.lowerBound, g.range.lowerBound - 3)
        // No marker can start in the window: most groups.
        guard (lo..<g.range.lowerBound).contains(where: { isClass($0, .speakerHead) }) else { return false }
        for (m, hashes) in speakerMarkerHashes.enumerated() {
            var p = g.range.lowerBound - hashes.count
            while p >= lo {
                // Hashes first: most places hold no marker, and strings are compared only on a match.
                if (0..<hashes.count).allSatisfy({ tokens[p + $0].hash == hashes[$0] }),
                   (0..<hashes.count).allSatisfy({ tokens[p + $0].lower == phrases.speakerMarkers[m][$0] }) {
                    // Only determiners or titles between the marker and the name.
                    let between = (p + hashes.count)..<g.range.lowerBound
                    if between.allSatisfy({ isClass($0, .determiner) || tokens[$0].isCapitalized }) { return true }
                }
                p -= 1
            }
        }
        return false
    }

    /// "the continued indiscriminate air strikes", "the NATO summit": a noun marker before up to
    /// three modifiers (names, lower-case words listed as adjectives or with an adjective's ending;
    /// no function word) makes the word after them a noun.
    func markedPastAdjectives(_ start: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard !rules.adjectiveEndings.isEmpty || !rules.adjectives.isEmpty else { return false }
        var i = start - 1
        var adjectives = 0
        while i >= range.lowerBound, adjectives <= 3 {
            let t = tokens[i]
            if rules.nounMarkers.contains(t.lower) { return adjectives > 0 }
            // "the NATO summit", "a Russian drone attack": a name modifying the noun.
            if inMention[i - range.lowerBound] { adjectives += 1; i -= 1; continue }
            guard t.kind == .word, !t.isCapitalized, memos[i].classes.isEmpty,
                  memos[i].triggers < 0, rules.adjectives.contains(t.lower)
                    || (t.lower.count >= 5 && rules.adjectiveEndings.contains(where: { t.lower.hasSuffix($0) }))
            else { return false }
            adjectives += 1
            i -= 1
        }
        return false
    }

    /// Whether an agent marker ("by", "oleh") at `marker` still names the agent of the noun that
    /// ends at `end`: within three words, or past the noun's object phrase ("the sinking of a
    /// fishing boat by ...") with no comma or clause break on the way.
    func agentReaches(from end: Int, to marker: Int, _ tokens: [Token]) -> Bool {
        // Quote marks are no words: "\"unlawful and dangerous conduct\" by ...".
        if end < marker, (end..<marker).filter({ !MentionFinder.quoteMarks.contains(tokens[$0].text) }).count <= 3 { return true }
        if marker - end <= 3 { return true }
        guard marker - end <= 8, end < marker, rules.genitiveLinks.contains(tokens[end].lower) else { return false }
        return !(end..<marker).contains { tokens[$0].text == "," || isClass($0, .clauseBreak) }
    }

    func isVerb(_ lower: String) -> Bool {
        guard !rules.notVerbs.contains(lower), lower.count >= 5 else { return false }
        return rules.verbPrefixes.contains { lower.hasPrefix($0) }
    }

    /// The clause around `range`: from the last break before it to the next break after it.
    func clause(around r: Range<Int>, _ range: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound
        while lo > range.lowerBound, !isClass(lo - 1, .clauseBreak) { lo -= 1 }
        var hi = r.upperBound
        while hi < range.upperBound, !isClass(hi, .clauseBreak) { hi += 1 }
        return lo..<hi
    }

    func containsPhrase(_ phrases: [[String]], in window: Range<Int>, _ tokens: [Token], head: WordClass? = nil) -> Range<Int>? {
        // No word of the window can start one of the phrases: nothing to compare.
        if let head, !window.contains(where: { isClass($0, head) }) { return nil }
        for words in phrases {
            guard window.count >= words.count else { continue }
            var p = window.lowerBound
            while p + words.count <= window.upperBound {
                if (0..<words.count).allSatisfy({ tokens[p + $0].lower == words[$0] }) { return p..<(p + words.count) }
                p += 1
            }
        }
        return nil
    }

    func readTrigger(_ trig: Trigger, _ tokens: [Token], _ range: Range<Int>, groups: [ActorGroup],
                             innerTriggers: [Trigger]) -> [Found] {
        let type = lexicon.facts[trig.type]
        // Where a noun names its agent: before it ("Russia's invasion") or after it ("invasi Rusia").
        let modifierFirst = rules.modifiersBeforeNouns
        let cl = clause(around: trig.range, range)
        let first = tokens[trig.range.lowerBound].lower
        let root = trig.root
        let pattern = lexicon.patterns[trig.patternIndex]

        // Negation and refusal in the few words before the trigger.
        let negWindow = max(cl.lowerBound, trig.range.lowerBound - 4)..<trig.range.lowerBound
        var negated = false
        if let neg = containsPhrase(phrases.negations, in: negWindow, tokens, head: .negationHead) {
            let around = max(range.lowerBound, neg.lowerBound)..<min(range.upperBound, neg.upperBound + 2)
            negated = containsPhrase(phrases.notNegations, in: around, tokens) == nil
            // "membantah tuduhan Belarus dan mengusir ...": the denial ends with its object's name.
            if negated, (neg.upperBound..<trig.range.lowerBound).contains(where: { i in
                isClass(i, .coordinator) && tokens[i].kind == .word && i > neg.upperBound && inMention[i - 1 - range.lowerBound] }) {
                negated = false
            }
        }
        if negated && !options.keepNegated { return [] }
        let hedgeWindow = max(cl.lowerBound, trig.range.lowerBound - 6)..<trig.range.lowerBound
        let hedged = hedgeWindow.contains { isClass($0, .hedge) }
            || trig.range.contains { isClass($0, .hedge) }
        let reversal = (max(cl.lowerBound, trig.range.lowerBound - 2)..<trig.range.lowerBound)
            .contains { isClass($0, .reversal) }

        // "saling usir", "accused each other": a reciprocal act.
        let reciprocal = phrases.reciprocals.isEmpty ? nil
            : containsPhrase(phrases.reciprocals, in: max(cl.lowerBound, trig.range.lowerBound - 2)..<min(cl.upperBound, trig.range.upperBound + 3), tokens,
                             head: .reciprocalHead)
        // The trigger's form.
        let isPassive: Bool
        let isNoun: Bool
        switch rules.morphology {
        case .inflecting:
            let prev = max(range.lowerBound, trig.range.lowerBound - 2)..<trig.range.lowerBound
            isPassive = prev.contains { rules.passiveAuxiliaries.contains(tokens[$0].lower) }
                && (rules.participleEndings.contains { first.hasSuffix($0) } || rules.irregularParticiples.contains(first))
            let prevWord = trig.range.lowerBound > range.lowerBound ? tokens[trig.range.lowerBound - 1].lower : ""
            isNoun = rules.nounMarkers.contains(prevWord) || rules.nounEndings.contains { first.hasSuffix($0) }
                || markedPastAdjectives(trig.range.lowerBound, tokens, range)
        case .affixing:
            isPassive = (first.hasPrefix("di") && !root.hasPrefix("di")) || (first.hasPrefix("ter") && !root.hasPrefix("ter") && first != root)
            isNoun = !isPassive && reciprocal == nil && (first == root || first.hasPrefix("pe") || first.hasPrefix("ke") || (first.hasSuffix("an") && !root.hasSuffix("an")))
                && !first.hasPrefix("me") && !first.hasPrefix("ber")
        }

        // Groups are in text order, so the groups before and after the trigger are slices of them
        // (copied only when a speaker among them has to be left out).
        func slice(_ keep: (ActorGroup) -> Bool) -> ArraySlice<ActorGroup> {
            guard let lo = groups.firstIndex(where: keep) else { return groups[0..<0] }
            var hi = lo
            while hi < groups.count, keep(groups[hi]) { hi += 1 }
            let part = groups[lo..<hi]
            return part.contains(where: \.isSpeaker) ? ArraySlice(part.filter { !$0.isSpeaker }) : part
        }
        let before = slice { $0.range.upperBound <= trig.range.lowerBound && $0.range.lowerBound >= cl.lowerBound }
        // Groups after the trigger's first word (a gapped phrase may hold its object: "kerah ... pasukan X").
        let after = slice { $0.range.lowerBound > trig.range.lowerBound && $0.range.lowerBound < cl.upperBound }

        func isObject(_ g: ActorGroup) -> Bool {
            guard g.previousIndex >= 0 else { return false }
            if g.previousIndex >= trig.range.lowerBound && g.previousIndex < trig.range.upperBound { return true }
            return isVerb(g.previous)
        }
        // "di wilayah Kursk", "dalam perang Ukraina": a noun between the preposition and the name.
        func isLocative(_ g: ActorGroup) -> Bool {
            if isClass(g.previousIndex, .locative) { return true }
            let p = g.previousIndex
            guard p - 1 >= range.lowerBound, p >= 0 else { return false }
            let head = tokens[p]
            return isClass(p - 1, .locative) && head.kind == .word && !head.isCapitalized
                && !isVerb(head.lower) && !isClass(p, .coordinator)
        }
        // "Korea Utara yang membelot": the group before "yang" + trigger is the relative clause's subject.
        func isRelativeSubject(_ g: ActorGroup) -> Bool {
            let between = g.range.upperBound..<trig.range.lowerBound
            guard between.count >= 1, between.count <= 3, tokens[g.range.upperBound].lower == "yang" || tokens[g.range.upperBound].lower == "who" || tokens[g.range.upperBound].lower == "which" else { return false }
            return !g.isPlace && !isClass(g.previousIndex, .placePreposition)
        }
        func isPrepositional(_ g: ActorGroup) -> Bool {
            isClass(g.previousIndex, .locative) || isClass(g.previousIndex, .partnerPreposition)
                || isClass(g.previousIndex, .targetPreposition) || isClass(g.previousIndex, .passiveAgent)
                || isClass(g.previousIndex, .between) || isClass(g.previousIndex, .exclusion)
        }
        // Subject: nearest group before the trigger that is no location, object or prepositional phrase.
        // "Kanada, Jepang dan sekutu AS lainnya mengecam": the possessor of an ally noun is not the subject.
        func ownsAllyNoun(_ g: ActorGroup) -> Bool {
            g.previousIndex >= 0 && innerTriggers.contains { lexicon.shapes[$0.patternIndex].apposition && $0.range.upperBound == g.range.lowerBound }
                && before.contains { $0.range.upperBound < g.range.lowerBound }
        }
        let subjectCandidates = before.filter {
            isRelativeSubject($0) || (!$0.isPlace && !isPrepositional($0) && !isObject($0) && !isLocative($0) && !ownsAllyNoun($0))
        }
        var subject = subjectCandidates.last
        // "AS menuduh Korea Utara memasok amunisi": an object right before the trigger is its subject.
        if let last = before.last, !last.isPlace, !isPrepositional(last), isObject(last),
           trig.range.lowerBound - last.range.upperBound <= 1, last.range.lowerBound > (subject?.range.lowerBound ?? -1) {
            subject = last
        }
        // "menyatakan dukungannya saat bertemu dengan Putin", "said so after meeting Putin": a clause
        // of time with no subject of its own continues the subject of the clause before it.
        if subject == nil, !isNoun, before.isEmpty, cl.lowerBound > range.lowerBound, isClass(cl.lowerBound - 1, .subordinator),
           trig.range.lowerBound - cl.lowerBound <= 2 {
            let outer = clause(around: (cl.lowerBound - 1)..<(cl.lowerBound - 1), range)
            subject = groups.first { g in
                g.range.lowerBound >= outer.lowerBound && g.range.upperBound < cl.lowerBound && !g.isPlace && !g.isSpeaker
                    && !isPrepositional(g) && !isObject(g) && !isLocative(g)
            }
        }
        // "Usai bertemu Presiden Peru, Menteri Luar Negeri Chile terbang ...": a clause of time that opens
        // the sentence has the subject of the main clause after its comma.
        if subject == nil, !isNoun, cl.lowerBound > range.lowerBound, isClass(cl.lowerBound - 1, .subordinator),
           (range.lowerBound..<(cl.lowerBound - 1)).allSatisfy({ tokens[$0].kind == .punctuation }),
           let comma = (trig.range.upperBound..<cl.upperBound).first(where: { tokens[$0].text == "," }),
           let g = groups.first(where: { $0.range.lowerBound > comma && $0.range.lowerBound - comma <= 4 && !$0.isPlace && !isPrepositional($0) }) {
            subject = g
        }
        // "Rusia membantah tuduhan Inggris dan mengusir ...", "Japan condemned Russia and urged ...":
        // a verb after "dan" / "and" shares the subject of the verb before it, not its object.
        if !isNoun, let s = subject, subjectCandidates.count >= 2, let head = subjectCandidates.first,
           head.range.lowerBound < s.range.lowerBound, s.range.upperBound < trig.range.lowerBound,
           (max(s.range.upperBound, trig.range.lowerBound - 2)..<trig.range.lowerBound).contains(where: { isClass($0, .coordinator) }),
           s.previousIndex >= 0, !isClass(s.previousIndex, .coordinator), tokens[s.previousIndex].text != "," {
            subject = head
        }
        // "penasihat di Kedutaan Besar Korea Utara membelot": with no other subject, an agency
        // named after a preposition of place is where the subject works.
        if subject == nil, let agency = before.last(where: { g in !g.isPlace && g.mentions.contains { $0.agentRole != nil } && isLocative(g) }) {
            subject = agency
        }
        // A noun takes the clause's subject only as the object of a verb ("melayangkan protes").
        // "kerjasama ini", "the pact": a noun pointing back at a relation already told brings no
        // new parties from its clause's subject.
        if isNoun, trig.range.upperBound < range.upperBound, isClass(trig.range.upperBound, .demonstrative)
            || (modifierFirst && trig.range.lowerBound > range.lowerBound && isClass(trig.range.lowerBound - 1, .demonstrative)) {
            subject = nil
        }
        // An agent noun ("pembelot", defector) names its actor by the genitive only.
        let agentNoun = rules.morphology == .affixing && isNoun && first.hasPrefix("pe") && !first.hasSuffix("an") && first != root
        // "Turki menjadi pengecam ...", "Chile is a fierce critic of Peru": an agent noun predicated
        // of the subject makes the subject its actor.
        let predicated: Bool = {
            guard isNoun, let s = subject, trig.range.lowerBound - s.range.upperBound <= 8,
                  agentNoun || rules.agentNounEndings.contains(where: { tokens[trig.range.upperBound - 1].lower.hasSuffix($0) }) else { return false }
            return (s.range.upperBound..<trig.range.lowerBound).contains { isClass($0, .predicative) }
        }()
        if agentNoun && !predicated { subject = nil }
        // "mengkritik pakta itu": a noun that is the object of another trigger is not the subject's act.
        // "menandatangani perjanjian di hadapan Raja Yordania": a noun after a preposition is no object.
        if isNoun, !(trig.range.lowerBound > range.lowerBound && isClass(trig.range.lowerBound - 1, .locative)), innerTriggers.contains(where: { $0.range.upperBound <= trig.range.lowerBound && trig.range.lowerBound - $0.range.upperBound <= 3 && $0.range != trig.range }) {
            subject = nil
        }
        if isNoun, let s = subject, !isRelativeSubject(s) {
            let verbBetween = (s.range.upperBound..<trig.range.lowerBound).contains { isVerb(tokens[$0].lower) }
                || modifierFirst || predicated
            if !verbBetween { subject = nil }
        }
        // Noun genitive: the actor right after the noun ("sanksi PBB", "pembelot Korea Utara").
        var genitive: ActorGroup?
        // "pengusiran dubes Rusia": the role the trigger acts on is its object, not its agent.
        if isNoun, !modifierFirst, let g = after.first, g.previousIndex >= trig.range.lowerBound,
           g.previousIndex < trig.range.upperBound, !isPrepositional(g), !g.isPlace,
           !(pattern.objectRole.map { role in g.mentions.contains { $0.agentRole == role } } ?? false) {
            genitive = g
        }
        // "serangan roket oleh militer Pakistan", "the strikes by the Syrian regime": an agent after
        // "oleh" / "by" names the noun's actor.
        // Whether the noun's agent was found after "by" / "oleh", past its object ("the sinking of a
        // boat by X"): the object stays a target.
        var agentAfterObject = false
        func byAgent() -> ActorGroup? {
            after.first { isClass($0.previousIndex, .passiveAgent) }.flatMap { agentReaches(from: trig.range.upperBound, to: $0.previousIndex, tokens) ? $0 : nil }
        }
        if genitive == nil, isNoun, !modifierFirst, let g = byAgent() {
            genitive = g
            agentAfterObject = true
        }
        // "invasi berkelanjutan Rusia": past one adjective.
        if genitive == nil, isNoun, !modifierFirst, let g = after.first, g.previousIndex == trig.range.upperBound,
           tokens[g.previousIndex].kind == .word, !tokens[g.previousIndex].isCapitalized, !isVerb(tokens[g.previousIndex].lower),
           memos[g.previousIndex].classes.isEmpty, memos[g.previousIndex].triggers < 0, !rules.contentLinks.contains(tokens[g.previousIndex].lower),
           !isPrepositional(g), !g.isPlace, !g.isSpeaker {
            genitive = g
        }
        // English nouns name their agent before them ("Russia's invasion", "the Russian attack")
        // or after "by"; the clause's subject is not the agent ("NATO condemned the attack").
        // "Egypt issued an ultimatum to Ethiopia": after a light verb the noun is the subject's act.
        let lightVerb = predicated || isNoun && modifierFirst && subject != nil
            && (max(cl.lowerBound, trig.range.lowerBound - 4)..<trig.range.lowerBound).contains { isClass($0, .lightVerb) }
            && !before.contains { g in g.range.lowerBound > subject!.range.lowerBound }
        // A symmetric noun takes the clause's subject as a party ("Japan and India agreed to deepen
        // cooperation"); a directed one names its agent by the genitive.
        if isNoun, modifierFirst, !lightVerb, type.directed || subject == nil {
            subject = nil
            if let g = before.last, trig.range.lowerBound - g.range.upperBound <= 2,
               (g.range.upperBound == trig.range.lowerBound || rules.possessiveMarks.contains(tokens[g.range.upperBound].lower)),
               !g.isPlace, !isPrepositional(g) {
                genitive = g
            } else if let g = byAgent() {
                genitive = g
                agentAfterObject = true
            }
        }
        let hedgeFactor = hedged ? Confidence.hedgeFactor : 1.0

        // "Turki dan Israel saling usir duta besar", "accused each other": the act runs both ways
        // among the subject's members.
        if type.directed, let s = subject, s.actors.count >= 2, let reciprocal {
            // "saling usir duta besar", "expelled each other's ambassadors": the object's role still decides what the act is.
            var object = trig.range.upperBound
            if reciprocal.lowerBound == object { object = reciprocal.upperBound }
            if object < cl.upperBound, rules.possessiveMarks.contains(tokens[object].lower) { object += 1 }
            if let role = pattern.objectRole, lexicon.agentRole(tokens, at: object, end: cl.upperBound) != role { return [] }
            var out: [Found] = []
            for a in s.mentions { for b in s.mentions where a.actors != b.actors {
                out += pairs(ActorGroup(mentions: [a], range: a.tokenRange), ActorGroup(mentions: [b], range: b.tokenRange), trig,
                             confidence: Confidence.reciprocal * hedgeFactor, negated: negated, hedged: hedged)
            } }
            return out
        }

        if !type.directed || pattern.mutual {
            var parties: [ActorGroup] = []
            // "Chile and Brazil condemned Peru and reiterated their support for Bolivia": a possessive
            // pronoun before the noun stands for the clause's subject, each of whom relates to the partner.
            var ownedBySubject = false
            if modifierFirst, isNoun, genitive == nil, let first = subjectCandidates.first,
               (max(cl.lowerBound, trig.range.lowerBound - 3)..<trig.range.lowerBound).contains(where: { rules.possessivePronouns.contains(tokens[$0].lower) }) {
                subject = first
                ownedBySubject = true
            }
            if let genitive { parties.append(genitive) }
            if let s = subject { parties.append(s) }
            // "mengatakan kepada para menteri luar negeri ASEAN dan China dalam pertemuan bersama": whom
            // the subject addresses at a meeting named after it met the subject.
            if isNoun, subject != nil, let told = before.last(where: { isClass($0.previousIndex, .recipient) && !$0.isPlace }),
               told.range.lowerBound > (subject?.range.upperBound ?? 0), trig.range.lowerBound - told.range.upperBound <= 3 {
                parties.append(told)
            }
            // "The declaration was signed by Chile and Peru": a passive's agents are parties.
            if isPassive, let agent = after.first(where: { isClass($0.previousIndex, .passiveAgent) }),
               agent.range.lowerBound - trig.range.upperBound <= 4, !agent.isPlace {
                parties.append(agent)
            }
            // "Japan attended the NATO summit": after a light verb, the name right before a symmetric
            // noun and the clause's subject are its parties; "US and South Korean military drills":
            // a list right before it is its parties.
            if genitive == nil, isNoun, modifierFirst, let g = before.last,
               g.range.upperBound == trig.range.lowerBound
                || (trig.range.lowerBound - g.range.upperBound == 1 && rules.possessiveMarks.contains(tokens[g.range.upperBound].lower)),
               !g.isPlace, !isPrepositional(g) {
                if g.actors.count >= 2 {
                    parties = [g]
                } else if let s = subjectCandidates.last(where: { $0.range.upperBound < g.range.lowerBound }),
                          (s.range.upperBound..<g.range.lowerBound).contains(where: { isClass($0, .lightVerb) }) {
                    parties = [s, g]
                }
            }
            if pattern.apposition, let named = appositionParties(trig, tokens, range, clause: cl, before: before, after: after,
                                                                 nearest: before.last(where: { !$0.isPlace && !isLocative($0) })
                                                                    ?? groups.last(where: { $0.range.upperBound <= trig.range.lowerBound && !$0.isPlace && !$0.isSpeaker }),
                                                                 clauseSubject: subjectCandidates.first) {
                // The possessor with each actor it names, not those actors with each other.
                var out: [Found] = []
                for m in named[1].mentions {
                    out += pairs(named[0], ActorGroup(mentions: [m], range: m.tokenRange), trig,
                                 confidence: Confidence.symmetric * hedgeFactor, negated: negated, hedged: hedged)
                }
                        return out
            } else {
            for g in after where g.range != genitive?.range {
                if g.range.lowerBound - trig.range.upperBound > 12 { break }
                let lead = min(max(trig.range.upperBound, g.range.lowerBound - 3), g.range.lowerBound)..<g.range.lowerBound
                let interrupted = (min(trig.range.upperBound, g.range.lowerBound)..<g.range.lowerBound).contains {
                    tokens[$0].text == "," && !(g.previousIndex == $0)
                }
                if interrupted { break }
                // "hubungan militer antara Rusia dan Korea Utara": the pair is the relation's parties.
                if isClass(g.previousIndex, .between) || lead.contains(where: { isClass($0, .between) }) {
                    if g.actors.count >= 2 { parties = [g] }
                    else { parties.append(g) }
                    break
                }
                // "spoke with Turkey": the trigger's own last word may be the partner preposition.
                if lead.contains(where: { isClass($0, .partnerPreposition) }) || isClass(g.previousIndex, .partnerPreposition)
                    || (g.previousIndex >= trig.range.lowerBound && g.previousIndex < trig.range.upperBound
                        && (!isPrepositional(g) || g.previousIndex == trig.range.upperBound - 1))
                    || (pattern.visit && isClass(g.previousIndex, .locative) && g.range.lowerBound - trig.range.upperBound <= 2)
                    || (pattern.visit && isClass(g.previousIndex, .targetPreposition)) {
                    parties.append(g)
                    break
                }
                // "bertemu sekutu dekatnya Presiden Rusia": the object named through an apposition.
                if innerTriggers.contains(where: { lexicon.shapes[$0.patternIndex].apposition
                    && $0.range.lowerBound >= trig.range.upperBound && $0.range.lowerBound - trig.range.upperBound <= 1
                    && g.range.lowerBound >= $0.range.upperBound && g.range.lowerBound - $0.range.upperBound <= 3 }) {
                    parties.append(g)
                    break
                }
            }
            }
            // "Purin berbicara dengan Erdogan dan Macron": with no subject, the partners of "dengan" / "with"
            // met the missing subject, not each other.
            if subject == nil, genitive == nil, parties.count == 1, parties[0].actors.count >= 2,
               isClass(parties[0].previousIndex, .partnerPreposition) {
                return []
            }
            // "Kuba menyukai Pyongyang sebagai sekutu": the object before a noun trigger is its partner.
            if parties.count == 1, let s = subject, parties[0].range == s.range, s.actors.count < 2 {
                if let obj = before.last(where: { $0.range.lowerBound > s.range.upperBound - 1 && isObject($0) && !$0.isPlace }),
                   (obj.range.upperBound..<trig.range.lowerBound).contains(where: { isClass($0, .predicative) }) {
                    parties.append(obj)
                }
            }
            if ownedBySubject, parties.count == 2, let s = subject, parties[0].range == s.range {
                return pairs(s, parties[1], trig, confidence: Confidence.symmetric * hedgeFactor, negated: negated, hedged: hedged)
            }
            var members: [Mention] = []
            for p in parties { for m in p.mentions where !members.contains(where: { $0.actors == m.actors }) { members.append(m) } }
            var seen: Set<String> = []
            var out: [Found] = []
            let flat = members.flatMap { m in m.actors.map { (a: $0, m: m) } }
            guard flat.count <= 6 else { return [] }
            for x in 0..<flat.count {
                for y in (x + 1)..<max(x + 1, flat.count) where flat[x].a != flat[y].a {
                    let key = [flat[x].a, flat[y].a].sorted().joined(separator: "|")
                    if seen.insert(key).inserted {
                        var src = flat[x].m, dst = flat[y].m
                        src.actors = [flat[x].a]
                        dst.actors = [flat[y].a]
                        out.append(Found(type: trig.type, source: src, target: dst, triggerRange: trig.range,
                                         confidence: Confidence.symmetric * hedgeFactor, negated: negated, hedged: hedged))
                        // A clash is fought by both sides.
                        if type.directed {
                            out.append(Found(type: trig.type, source: dst, target: src, triggerRange: trig.range,
                                             confidence: Confidence.symmetric * hedgeFactor, negated: negated, hedged: hedged))
                        }
                    }
                }
            }
            return out
        }

        if pattern.evaluates {
            return readEvaluated(trig, tokens, range, groups: groups, confidence: Confidence.evaluated * hedgeFactor, negated: negated, hedged: hedged)
        }
        if pattern.addressee {
            // "diplomat Rusia harus segera pergi": an expulsion read from the same words is what is meant, not a demand.
            if pattern.objectRole == nil, innerTriggers.contains(where: { $0.range.lowerBound == trig.range.lowerBound && $0.range.count > trig.range.count
                && lexicon.shapes[$0.patternIndex].hasObjectRole && lexicon.shapes[$0.patternIndex].addressee }) {
                let addressed = groups.last { $0.range.upperBound <= trig.range.lowerBound && $0.range.lowerBound >= cl.lowerBound }
                if let role = addressed?.mentions.last?.agentRole, innerTriggers.contains(where: { lexicon.patterns[$0.patternIndex].objectRole == role }) { return [] }
            }
            return readAddressed(trig, tokens, range, clause: cl, groups: groups, confidence: Confidence.addressed * hedgeFactor,
                                 negated: negated, hedged: hedged)
        }

        // "Russia, a key backer of Syria", "the Syrian regime and its backer Russia": a directed
        // noun in apposition runs from the actor it names to its possessor.
        if pattern.apposition, let named = appositionParties(trig, tokens, range, clause: cl, before: before, after: after,
                                                             nearest: before.last(where: { !$0.isPlace && !isLocative($0) }),
                                                             clauseSubject: subjectCandidates.first) {
            return pairs(named[1], named[0], trig, confidence: Confidence.symmetric * hedgeFactor, negated: negated, hedged: hedged)
        } else if pattern.apposition, type.directed {
            // "backer", "pendukung": a noun of this kind names its parties by apposition only.
            return []
        }

        // Directed types.
        var source: ActorGroup?
        var target: ActorGroup?
        var confidence = Confidence.verb
        if isPassive {
            target = subject ?? before.last(where: { !$0.isPlace && !isClass($0.previousIndex, .locative) })
            source = after.first { isClass($0.previousIndex, .passiveAgent) }
            // "rudal ditembakkan dari Iran ke Israel", "missiles were fired from Iran at Israel": where the
            // act comes from does it, and the target follows its preposition.
            if source == nil, let from = after.first(where: { rules.origins.contains(tokens[max(0, $0.previousIndex)].lower) && !$0.isPlace }),
               from.range.lowerBound - trig.range.upperBound <= 4,
               let to = after.first(where: { $0.range.lowerBound > from.range.upperBound && isClass($0.previousIndex, .targetPreposition)
                   && $0.range.lowerBound - from.range.upperBound <= 3 }) {
                source = from
                if subject == nil || target?.actors == from.actors { target = to }
            }
            // "Slovenia mengatakan 33 diplomat Rusia akan diusir": with no agent, whoever reports the act does it.
            if source == nil, let t = target, let verb = (range.lowerBound..<t.range.lowerBound).last(where: { isClass($0, .reporting) }) {
                source = groups.last { g in g.range.upperBound <= verb && !g.isPlace && !isPrepositional(g) && !g.isSpeaker }
            }
        } else {
            source = genitive ?? (reversal ? nil : subject)
            if genitive == nil { confidence = isNoun ? Confidence.noun : Confidence.verb }
            let afterSource = after.filter { g in
                guard let gen = genitive else { return true }
                return g.range.lowerBound >= gen.range.upperBound || (agentAfterObject && g.range.upperBound <= gen.range.lowerBound)
            }
            var searchFrom = agentAfterObject ? trig.range.upperBound : genitive?.range.upperBound ?? trig.range.upperBound
            for g in afterSource {
                if g.range.lowerBound - trig.range.upperBound > 12 { break }
                // A comma or a preposition of place or company ends the trigger's phrase.
                let stretch = searchFrom..<max(searchFrom, g.previousIndex)
                let partnerNamesTarget = type.embeds || type.partnerTarget
                // "strikes by the Syrian regime and its backer Russia": a name joined to the agent is another agent.
                if genitive != nil, stretch.contains(where: { isClass($0, .coordinator) && tokens[$0].kind == .word }) { break }
                if stretch.contains(where: { tokens[$0].text == "," || isClass($0, .locative)
                    || (!partnerNamesTarget && isClass($0, .partnerPreposition)) }) { break }
                searchFrom = max(searchFrom, g.range.upperBound)
                let inTrigger = g.previousIndex >= trig.range.lowerBound && g.previousIndex < trig.range.upperBound
                // "threatened to sever relations with Mali": a threat's content names its target with any preposition;
                // "peacekeepers arrived in South Sudan": a deployment's place is whom it helps.
                // "condemned the air strikes by the Syrian regime": the agent of the act condemned.
                let agentOfInner = type.hostile && isClass(g.previousIndex, .passiveAgent) && innerTriggers.contains { inner in
                    inner.range.lowerBound >= trig.range.upperBound && lexicon.facts[inner.type].directed
                        && g.previousIndex >= inner.range.upperBound && agentReaches(from: inner.range.upperBound, to: g.previousIndex, tokens)
                }
                // "summoned officials from the Russian embassy": the role the trigger asks for, wherever it works.
                let roleAsked = pattern.objectRole.map { role in g.mentions.contains { $0.agentRole == role } } ?? false
                // "aksi militer di Ukraina": an attack's place right after it is its target.
                let placeRightAfter = type.placeTarget && isClass(g.previousIndex, .locative) && g.previousIndex == trig.range.upperBound
                let accepted = inTrigger || (partnerNamesTarget && isClass(g.previousIndex, .partnerPreposition))
                    || (pattern.visit && isClass(g.previousIndex, .locative)) || agentOfInner || roleAsked || placeRightAfter
                if !accepted, isClass(g.previousIndex, .locative) || isClass(g.previousIndex, .partnerPreposition)
                    || isClass(g.previousIndex, .passiveAgent) { continue }
                // Past another directed act ("condemned the attack on Ukraine", "memprotes pengiriman
                // pasukan Korea Utara"), the target is that act's own agent, named right after it.
                if let inner = innerTriggers.first(where: { $0.range.lowerBound >= trig.range.upperBound && $0.range.upperBound <= g.range.lowerBound
                    && lexicon.facts[$0.type].directed }) {
                    // A verb starts a clause of its own ("mengecam latihan itu dan mengancam Korea Selatan").
                    let innerFirst = tokens[inner.range.lowerBound].lower
                    // A judgement ("unlawful ... conduct by X") is an adjective, not a verb.
                    let innerIsVerb = lexicon.patterns[inner.patternIndex].evaluates ? false : modifierFirst
                        ? !(inner.range.lowerBound > range.lowerBound && rules.nounMarkers.contains(tokens[inner.range.lowerBound - 1].lower))
                            && !markedPastAdjectives(inner.range.lowerBound, tokens, range)
                        : isVerb(innerFirst)
                    if innerIsVerb { break }
                    let genitiveOfInner = g.range.lowerBound - inner.range.upperBound <= 2 && !isPrepositional(g) || agentOfInner
                        || (inner.range.count > 1 && g.range.lowerBound > inner.range.lowerBound && g.range.lowerBound < inner.range.upperBound)
                    // "the ramming of a Vietnamese boat by a Chinese vessel": the act's object, its agent follows.
                    if !genitiveOfInner, let last = innerTriggers.last(where: { $0.range.upperBound <= g.range.lowerBound && $0.range.lowerBound >= inner.range.lowerBound }),
                       g.previousIndex == last.range.upperBound, rules.genitiveLinks.contains(tokens[g.previousIndex].lower),
                       afterSource.contains(where: { $0.range.lowerBound > g.range.upperBound && isClass($0.previousIndex, .passiveAgent)
                           && agentReaches(from: last.range.upperBound, to: $0.previousIndex, tokens) }) { continue }
                    if !genitiveOfInner { break }
                }
                // "took refuge in Peru": where a visit or an arrival ends is its target too.
                if type.targetPrepositionRequired && !isClass(g.previousIndex, .targetPreposition)
                    && !(pattern.visit && isClass(g.previousIndex, .locative)) { continue }
                if let role = pattern.objectRole, !g.mentions.contains(where: { $0.agentRole == role }) { continue }
                target = g
                break
            }
            // "Ukraine, which Moscow invaded": the name a relative clause hangs on is its verb's object.
            if target == nil, !isNoun, let s = source, s.range.lowerBound - 1 > range.lowerBound,
               rules.objectRelatives.contains(tokens[s.range.lowerBound - 1].lower),
               let antecedent = groups.last(where: { $0.range.upperBound < s.range.lowerBound }), !antecedent.isPlace || type.placeTarget,
               (antecedent.range.upperBound..<(s.range.lowerBound - 1)).allSatisfy({ tokens[$0].text == "," }) {
                target = antecedent
            }
            if pattern.objectRole != nil, target == nil { return [] }
            // "demanded that Japan withdraw", "mendesak agar Rusia menarik": with no target in the
            // clause, the subject of the complement clause right after the trigger is addressed.
            if target == nil, !type.targetPrepositionRequired, cl.upperBound < range.upperBound,
               cl.upperBound - trig.range.upperBound <= 2, isClass(cl.upperBound, .complementizer),
               let g = groups.first(where: { $0.range.lowerBound > cl.upperBound && $0.range.lowerBound - cl.upperBound <= 3 && !$0.isPlace }),
               !isPrepositional(g) {
                target = g
                confidence *= Confidence.complementFactor
            }
        }
        if target == nil, type.refersBack, let s = source {
            target = referredAgent(trig, tokens, clause: cl, passive: isPassive, innerTriggers: innerTriggers, groups: groups, source: s)
        }
        if target == nil, !isPassive, type.hostile, let s = source {
            target = impliedTarget(trig, tokens, range, source: s, answers: pattern.answers, before: before)
        }
        if !isPassive, target != nil || type.embeds || type.placeTarget {
            target = refineTarget(target, trig, type, tokens, range, clause: cl, groups: groups, after: after)
        }
        guard let s = source, let t = target else { return [] }
        return pairs(s, t, trig, confidence: confidence * hedgeFactor, negated: negated, hedged: hedged)
    }

    /// One relation for each source actor and each other target actor.
    func pairs(_ s: ActorGroup, _ t: ActorGroup, _ trig: Trigger, confidence: Double, negated: Bool, hedged: Bool) -> [Found] {
        var out: [Found] = []
        for sm in s.mentions {
            for sa in sm.actors {
                for tm in t.mentions {
                    for ta in tm.actors where ta != sa {
                        var src = sm, dst = tm
                        src.actors = [sa]
                        dst.actors = [ta]
                        out.append(Found(type: trig.type, source: src, target: dst, triggerRange: trig.range,
                                         confidence: confidence, negated: negated, hedged: hedged))
                    }
                }
            }
        }
        return out
    }
}
