/// Targets a sentence does not name: an object pronoun ("Jepang mengecamnya", "Japan condemned
/// it"), an event noun without agent ("condemned the test"), an act named without its agent
/// ("Kunjungan itu dikecam oleh China") and an act that answers another ("China akan membalas").
extension RelationReader {
    /// The target of a hostile act whose clause names none, from the words on and after the
    /// trigger and the ``focus`` the sentences before left:
    /// - an object pronoun on the verb or right after it stands for the actor named earlier in the
    ///   sentence that is not the source, else for the last sentence's subject;
    /// - an answering act (``TriggerPattern/answers``) whose source opens the sentence aims at the
    ///   source of the last hostile act against it.
    func impliedTarget(
        _ trig: Trigger, _ tokens: Tokens, _ range: Range<Int>, source: ActorGroup, answers: Bool,
        before: ArraySlice<ActorGroup>
    ) -> ActorGroup? {
        let last = trig.range.upperBound - 1
        let word = tokens.lower(last)
        var pronoun: Range<Int>?
        if rules.objectClitics.contains(where: { word.count > $0.count + 3 && word.hasSuffix($0) }), isVerb(word) {
            pronoun = last..<(last + 1)
        } else if trig.range.upperBound < range.upperBound, rules.objectPronouns.contains(tokens.lower(trig.range.upperBound)) {
            pronoun = trig.range.upperBound..<(trig.range.upperBound + 1)
        }
        let event = pronoun == nil ? eventObject(after: trig, tokens, range) : nil
        guard pronoun != nil || answers || event != nil else { return nil }
        let sourceActors = source.actors
        var actors = ActorList()
        if event != nil {
            if let hostile = focus.lastHostile, !sourceActors.contains(hostile.source) {
                actors = ActorList(hostile.source)
            } else {
                actors = focus.lastSubject.filter(notIn: sourceActors)
            }
        } else if pronoun != nil {
            // "shouted at Zelensky, accusing him": named between the source and the trigger.
            if let between = before.last(where: { g in
                g.range.lowerBound >= source.range.upperBound && !g.isPlace && !g.isSpeaker
                    && !g.actors.contains(where: sourceActors.contains)
            }) {
                return between
            }
            // Named earlier in the sentence: "Korea Utara menembakkan rudal, dan Jepang mengecamnya".
            if let earlier = before.last(where: { g in
                g.range.upperBound <= source.range.lowerBound && !g.isPlace && !g.isSpeaker
                    && !g.actors.contains(where: sourceActors.contains)
            }) {
                return earlier
            }
            actors = focus.lastSubject.filter(notIn: sourceActors)
        } else if !before.contains(where: { $0.range.upperBound <= source.range.lowerBound && !$0.isPlace }),
            let hostile = focus.lastHostile, sourceActors.contains(hostile.target), !sourceActors.contains(hostile.source)
        {
            // Only a source that opens the sentence answers what was done to it before.
            actors = ActorList(hostile.source)
        }
        guard !actors.isEmpty else { return nil }
        return reference(to: actors, at: event ?? pronoun ?? trig.range, tokens)
    }

    /// "condemned Tuesday's \"outrageous\" test", "mengecam peluncuran tersebut": the event noun
    /// (``LanguageRules/eventNouns``) that is the trigger's object, past determiners, adjectives,
    /// names and quote marks, when it has no owner of its own.
    func eventObject(after trig: Trigger, _ tokens: Tokens, _ range: Range<Int>) -> Range<Int>? {
        guard !rules.eventNouns.isEmpty else { return nil }
        var i = trig.range.upperBound
        while i < min(range.upperBound, trig.range.upperBound + 6) {
            let t = tokens[i]
            if words.eventNouns.contains(tokens, i) {
                // "this" / "ini" alone, not "this attack": a demonstrative is the act only at the clause's end.
                if isClass(i, .demonstrative) || words.nounMarkers.contains(tokens, i), i + 1 < range.upperBound,
                    tokens[i + 1].kind == .word, !isClass(i + 1, .clauseBreak), !isClass(i + 1, .coordinator)
                {
                    return nil
                }
                // "kritikan tindakan negara-negara Barat": an event noun with an owner of its own is no reference.
                var j = i + 1
                while j < min(range.upperBound, i + 4), tokens[j].kind == .word, !isClass(j, .demonstrative), !isClass(j, .clauseBreak) {
                    if tokens[j].isCapitalized || inMention[j - range.lowerBound] || words.genitiveLinks.contains(tokens, j) { return nil }
                    j += 1
                }
                return i..<(i + 1)
            }
            let skippable =
                t.kind != .word
                ? RelationReader.gapMarks.contains(tokens, i) || words.possessiveMarks.contains(tokens, i)
                : (isClass(i, .determiner) || words.nounMarkers.contains(tokens, i) || t.isCapitalized || words.possessiveMarks.contains(tokens, i)
                    || words.adjectives.contains(tokens, i) || rules.adjectiveEndings.contains { tokens.lower(i).hasSuffix($0) })
            if !skippable || inMention[i - range.lowerBound] { return nil }
            i += 1
        }
        return nil
    }

    /// A party the sentence does not name, standing at `span` (the pronoun, the noun or the trigger).
    func reference(to actors: ActorList, at span: Range<Int>, _ tokens: Tokens) -> ActorGroup {
        let m = Mention(
            actors: actors, person: nil, agentRole: nil, isPlace: false, isReference: true,
            tokenRange: span, start: tokens[span.lowerBound].start, end: tokens[span.upperBound - 1].end)
        return ActorGroup(m, in: groupStore)
    }

    /// "Kunjungan itu dikecam oleh China", "Japan condemned the launch": an act of another type
    /// named without its agent, right after an active trigger or opening the clause of a passive
    /// one, aims at the agent of the last act of that type the article told (for a symmetric act,
    /// the party that is not the source).
    func referredAgent(
        _ trig: Trigger, _ tokens: Tokens, clause cl: Range<Int>, passive: Bool, innerTriggers: [Trigger],
        groups: [ActorGroup], source: ActorGroup
    ) -> ActorGroup? {
        let act: Trigger?
        if passive {
            act = innerTriggers.last { t in t.range.upperBound <= trig.range.lowerBound && t.range.lowerBound >= cl.lowerBound && t.type != trig.type }
        } else {
            // "menolak untuk terlibat dalam pembicaraan": an act after "untuk" / "to" is refused or
            // announced, not one told before.
            act = innerTriggers.first { t in
                t.range.lowerBound >= trig.range.upperBound && t.range.lowerBound - trig.range.upperBound <= 2 && t.type != trig.type
                    && !(trig.range.upperBound..<t.range.lowerBound).contains { words.contentLinks.contains(tokens, $0) }
            }
        }
        guard let act, let told = focus.lastOfType[act.type] else { return nil }
        // The act names its own agent in this sentence: that reading is the reader's, not this one.
        let span = passive ? act.range.lowerBound..<trig.range.lowerBound : trig.range.upperBound..<(act.range.upperBound + 2)
        if groups.contains(where: { span.contains($0.range.lowerBound) }) { return nil }
        let sourceActors = source.actors
        let actor =
            !sourceActors.contains(told.source)
            ? told.source
            : (!lexicon.facts[act.type].directed && !sourceActors.contains(told.target) ? told.target : nil)
        guard let actor else { return nil }
        return reference(to: ActorList(actor), at: act.range, tokens)
    }

    /// "Germany expelled four Russian diplomats. France plans to expel three diplomats": the role a
    /// trigger acts on, named right after it (past counts and determiners) with no state, belongs to
    /// the target of the last act of the trigger's type, when its source is another.
    func unnamedObject(_ role: String, _ s: TriggerScope, source: ActorGroup) -> ActorGroup? {
        var i = s.trig.range.upperBound
        while i < s.clause.upperBound, isClass(i, .determiner) || isClass(i, .numeral) || s.tokens[i].kind == .number { i += 1 }
        guard let found = lexicon.agentRole(s.tokens, at: i, end: s.clause.upperBound), found == role,
            let told = focus.lastOfType[s.trig.type], !source.actors.contains(told.target)
        else { return nil }
        return reference(to: ActorList(told.target), at: i..<(i + 1), s.tokens)
    }
}
