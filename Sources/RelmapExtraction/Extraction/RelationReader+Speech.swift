/// Speech acts whose parties are not subject and object: a demand addressed to the actor before
/// "must", and a judgement ("illegal") passed by whoever reports it on the actor it is about.
extension RelationReader {
    /// "Japan said that China must release the fishermen": the actor right before the trigger (or
    /// the one a pronoun there stands for) is addressed; the sentence's reporting subject, or the
    /// speaker named after it, is the source.
    func readAddressed(
        _ trig: Trigger, _ tokens: Tokens, _ range: Range<Int>, clause cl: Range<Int>,
        groups: [ActorGroup], confidence: Double, negated: Bool, hedged: Bool
    ) -> [Found] {
        func usable(_ g: ActorGroup) -> Bool {
            !g.isPlace && !isClass(g.previousIndex, .locative) && !isClass(g.previousIndex, .passiveAgent)
        }
        var target = groups.last { $0.range.upperBound <= trig.range.lowerBound && $0.range.lowerBound >= cl.lowerBound && usable($0) && !$0.isSpeaker }
        if target == nil {
            // "a note to Iran saying that it must": a pronoun right before the trigger stands for the last actor named.
            let p = trig.range.lowerBound - 1
            guard p >= range.lowerBound, isClass(p, .pronoun) else { return [] }
            target = groups.last { $0.range.upperBound <= p && usable($0) && !$0.isSpeaker }
        }
        guard let t = target else { return [] }
        // "40 staf kedubes Rusia harus segera pergi": the addressee's role decides, when the trigger names one.
        if let role = lexicon.patterns[trig.patternIndex].objectRole, !t.mentions.contains(where: { roleName($0) == role }) { return [] }
        // The reporting subject: the first group of the sentence before the addressee that is no
        // prepositional phrase; else the speaker ("..., Britain said").
        var source = groups.first { g in
            g.range.upperBound <= t.range.lowerBound && usable(g) && !isClass(g.previousIndex, .targetPreposition)
                && !isClass(g.previousIndex, .partnerPreposition) && g.actors != t.actors
        }
        if source == nil {
            let markers = singleWordMarkers
            source = groups.first { g in
                g.range.lowerBound >= trig.range.upperBound && usable(g)
                    && (g.isSpeaker || (g.range.upperBound < range.upperBound && markers.contains(tokens.lower(g.range.upperBound))))
            }
        }
        guard let s = source else { return [] }
        return pairs(s, t, trig, confidence: confidence, negated: negated, hedged: hedged)
    }

    /// A judgement passed on someone's act ("Pakistan said Indian jets entered its airspace
    /// illegally", "“... tidak dapat diterima,” kata Menlu Prancis"): the source is the subject of
    /// the reporting verb before the trigger, or else the quoted speaker after it; the target is the
    /// first actor of what is judged, between the reporting verb (or the sentence's start) and the trigger.
    func readEvaluated(
        _ trig: Trigger, _ tokens: Tokens, _ range: Range<Int>, groups: [ActorGroup],
        confidence: Double, negated: Bool, hedged: Bool
    ) -> [Found] {
        func usable(_ g: ActorGroup) -> Bool {
            !g.isPlace && !isClass(g.previousIndex, .locative) && !isClass(g.previousIndex, .passiveAgent)
                && !isClass(g.previousIndex, .partnerPreposition) && !isClass(g.previousIndex, .targetPreposition)
        }
        // "illegal aliens", "illegal fishing": an adjective before its noun judges no one.
        // A function word after it ("illegal and ...", "illegally under", "unacceptable, ...") ends the judgement.
        let endsJudgement: WordClass = [.coordinator, .clauseBreak, .locative, .topic, .targetPreposition, .passiveAgent, .speakerHead, .partnerPreposition]
        // "Qatar interfered in", "violated international law": a verb's object is no noun it modifies.
        let isParticiple = rules.participleEndings.contains { tokens.lower(trig.range.upperBound - 1).hasSuffix($0) }
        // "a violation of UN resolutions": a phrase ending on "of" takes its object.
        let takesObject = words.genitiveLinks.contains(tokens, trig.range.upperBound - 1)
        if rules.modifiersBeforeNouns, !isParticiple, !takesObject, trig.range.upperBound < range.upperBound, case let next = tokens[trig.range.upperBound],
            next.kind == .word, memos[trig.range.upperBound].classes.isDisjoint(with: endsJudgement),
            !words.contentLinks.contains(tokens, trig.range.upperBound)
        {
            return []
        }
        var source: ActorGroup?
        var judgedFrom = range.lowerBound
        if let verb = (range.lowerBound..<trig.range.lowerBound).last(where: { isClass($0, .reporting) }) {
            source = groups.last { $0.range.upperBound <= verb && usable($0) && !$0.isSpeaker }
            judgedFrom = verb + 1
        }
        // Without a reporting verb, only a quotation has a speaker who judges ("“...,” kata X").
        if source == nil, (range.lowerBound..<trig.range.lowerBound).contains(where: { MentionFinder.quoteMarks.contains(tokens, $0) }) {
            source =
                groups.first { $0.isSpeaker && $0.range.lowerBound >= trig.range.upperBound }
                ?? groups.first { g in
                    g.range.lowerBound >= trig.range.upperBound && g.range.upperBound < range.upperBound
                        && singleWordMarkers.contains(tokens.lower(g.range.upperBound)) && usable(g)
                }
            judgedFrom = range.lowerBound
        }
        // "“We are very clear that Peru's raid was illegal ...”": a speaker's first person, standing
        // for their state, judges as a named speaker does.
        if source == nil,
            let we = groups.first(where: { g in
                g.range.upperBound <= trig.range.lowerBound
                    && g.mentions.allSatisfy(\.isReference) && isClass(g.range.lowerBound, .firstPerson)
            })
        {
            source = we
            judgedFrom = we.range.upperBound
        }
        // "Tindakan itu ilegal, kata X", "..., X said": reported speech closed by its speaker.
        if source == nil, let speaker = closingSpeaker(after: trig.range.upperBound, tokens, range, groups: groups), usable(speaker) {
            source = speaker
            judgedFrom = range.lowerBound
        }
        // "Japan said China's decision ...": after a reporting verb with its own subject, the name
        // that follows is what is judged, not a speaker.
        let afterVerb = judgedFrom > range.lowerBound
        guard let s = source else { return [] }
        let judged = groups.first(where: {
            $0.range.lowerBound >= judgedFrom && $0.range.upperBound <= trig.range.lowerBound
                && (afterVerb || !$0.isSpeaker) && !$0.isPlace && $0.actors != s.actors
                // "latihan bersama Korea Selatan ... provokatif": a partner or a place is not what is judged.
                && !isClass($0.previousIndex, .partnerPreposition) && !isClass($0.previousIndex, .locative)
        })
        // "Japan said the decision was regrettable": an act named without its agent is the last
        // hostile act's, when someone else did it.
        if judged == nil, let event = (judgedFrom..<trig.range.lowerBound).first(where: { words.eventNouns.contains(tokens, $0) }),
            !groups.contains(where: { $0.range.lowerBound > event && $0.range.upperBound <= trig.range.lowerBound }),
            let last = focus.lastHostile, !s.actors.contains(last.source)
        {
            return pairs(
                s, reference(to: ActorList(last.source), at: event..<(event + 1), tokens), trig, confidence: confidence * Confidence.complementFactor,
                negated: negated, hedged: hedged)
        }
        guard let t = judged else { return [] }
        return pairs(s, t, trig, confidence: confidence, negated: negated, hedged: hedged)
    }

    /// The speaker of a sentence without quote marks that ends on an attribution after a comma past
    /// `start` ("..., kata Menteri Luar Negeri Chile", "..., Chile's foreign minister said on
    /// Tuesday"): a group after a speaker marker, or followed by one, with a few words at most after it.
    func closingSpeaker(after start: Int, _ tokens: Tokens, _ range: Range<Int>, groups: [ActorGroup]) -> ActorGroup? {
        guard !range.contains(where: { MentionFinder.quoteMarks.contains(tokens, $0) }) else { return nil }
        for g in groups.reversed() where g.range.lowerBound > start {
            guard let comma = (max(start, g.range.lowerBound - 4)..<g.range.lowerBound).last(where: { tokens.text($0) == "," }),
                g.isSpeaker || comma == g.range.lowerBound - 1 || (comma + 1..<g.range.lowerBound).allSatisfy({ isClass($0, .determiner) })
            else { continue }
            let speaks = g.isSpeaker || (g.range.upperBound < range.upperBound && singleWordMarkers.contains(tokens.lower(g.range.upperBound)))
            let rest = g.range.upperBound..<range.upperBound
            guard speaks, rest.count <= 6, !rest.contains(where: { tokens.text($0) == "," }) else { return nil }
            return g
        }
        return nil
    }
}
