/// The parties an ally noun names in apposition ("sekutunya, Korea Selatan", "Washington's allies
/// Israel and the UAE").
extension RelationReader {
    /// The parties an ally noun names (``TriggerPattern/apposition``): its possessor — a name or
    /// demonym before it ("Washington's allies", "a Syrian ally"), a name right after it in
    /// Indonesian ("sekutu AS lainnya"), or the subject when a pronoun or clitic owns it
    /// ("sekutunya", "their mutual ally": the nearest name before it) — and the actor named in apposition after it ("sekutunya,
    /// Korea Selatan", "allies Israel and the UAE"), else the list it closes ("Kanada, Jepang dan
    /// sekutu AS lainnya") or the subject of a predicate ("Iran is a Syrian ally"). Nil when it names
    /// fewer than two parties.
    func appositionParties(
        _ trig: Trigger, _ tokens: Tokens, _ range: Range<Int>, clause cl: Range<Int>,
        before: ArraySlice<ActorGroup>, after: ArraySlice<ActorGroup>,
        nearest: ActorGroup?, clauseSubject: ActorGroup?
    ) -> [ActorGroup]? {
        // Words that may stand between the noun and its possessor or apposition: adjectives and
        // possessives, not verbs, prepositions or other names.
        func modifiers(_ r: Range<Int>) -> Bool {
            r.allSatisfy { i in
                tokens.text(i) == "," || words.possessiveMarks.contains(tokens, i) || isClass(i, .determiner)
                    || (tokens[i].kind == .word && !isVerb(tokens.lower(i)) && !inMention[i - range.lowerBound]
                        && !isClass(i, .locative) && !isClass(i, .partnerPreposition) && !isClass(i, .targetPreposition)
                        && !isClass(i, .coordinator) && !isClass(i, .clauseBreak) && !isClass(i, .predicative))
            }
        }
        let end = trig.range.upperBound
        // A clitic on the noun or the adjective after it ("sekutunya", "sekutu dekatnya"), or a
        // possessive pronoun before it ("their mutual ally").
        let clitic = (end - 1...min(end, cl.upperBound - 1)).contains { i in
            (i == end - 1 || !inMention[i - range.lowerBound]) && rules.possessiveClitics.contains { tokens.lower(i).hasSuffix($0) }
        }
        let pronounBefore = (max(cl.lowerBound, trig.range.lowerBound - 3)..<trig.range.lowerBound).contains { words.possessivePronouns.contains(tokens, $0) }
        var possessor: ActorGroup?
        if rules.modifiersBeforeNouns, let g = before.last, trig.range.lowerBound - g.range.upperBound <= 2, modifiers(g.range.upperBound..<trig.range.lowerBound),
            !g.isPlace, !isClass(g.previousIndex, .locative)
        {
            possessor = g
        }
        // The apposition: the first name after the noun, past adjectives and a comma only.
        var appositive = after.first { g in
            g.range.lowerBound >= end && g.range.lowerBound - end <= 4 && !g.isPlace
                && (modifiers(end..<g.range.lowerBound)
                    || (g.previousIndex >= end && words.genitiveLinks.contains(tokens, g.previousIndex) && modifiers(end..<g.previousIndex)))
        }
        // "sekutu AS lainnya", "pendukung utama Suriah": with no pronoun owning the noun, a name right
        // after it (past adjectives, in a language whose modifiers follow the noun) with no comma is its possessor.
        if possessor == nil, !clitic, !pronounBefore, let g = appositive,
            g.range.lowerBound == end || (!rules.modifiersBeforeNouns && !(end..<g.range.lowerBound).contains { tokens.text($0) == "," })
        {
            possessor = g
            appositive = nil
            // "Kanada, Jepang dan sekutu AS lainnya": the list the noun closes.
            if let list = before.last, trig.range.lowerBound - list.range.upperBound == 1, isClass(list.range.upperBound, .coordinator) {
                appositive = list
            } else {
                // "Rusia, pendukung utama Suriah, ...": the name the noun phrase is in apposition to.
                appositive = commaApposition(before: trig.range.lowerBound, before, tokens, modifiers: modifiers)
            }
        }
        // "Russia, a key ally of Syria", "Iran is a close ally of Syria": the name after a genitive
        // link owns the noun; the name it is in apposition to comes before the noun.
        if possessor == nil, let g = appositive, g.previousIndex >= end, words.genitiveLinks.contains(tokens, g.previousIndex) {
            possessor = g
            appositive = commaApposition(before: trig.range.lowerBound, before, tokens, modifiers: modifiers)
        }
        // "Russia, Syria's key ally, ...": a possessor before the noun, the apposition before it after a comma.
        if let p = possessor, p.range.upperBound <= trig.range.lowerBound, appositive == nil {
            appositive = commaApposition(before: p.range.lowerBound, before, tokens, modifiers: modifiers)
        }
        // "the Syrian regime and its backer Russia": a possessive pronoun stands for the nearest name before it.
        if possessor == nil, clitic || pronounBefore { possessor = nearest ?? clauseSubject }
        // "Iran is a Syrian ally": the predicate's subject.
        if appositive == nil, let p = possessor, let s = clauseSubject, s.range != p.range, s.range.upperBound <= p.range.lowerBound,
            (s.range.upperBound..<p.range.lowerBound).contains(where: { isClass($0, .predicative) })
        {
            appositive = s
        }
        guard let p = possessor, let a = appositive, p.range != a.range else { return nil }
        return [p, a]
    }

    /// The name a noun phrase starting at `start` stands in apposition to: the group right before
    /// it, set off by a comma, with only determiners and adjectives between ("Russia, a key ally").
    func commaApposition(
        before start: Int, _ before: ArraySlice<ActorGroup>, _ tokens: Tokens,
        modifiers: (Range<Int>) -> Bool
    ) -> ActorGroup? {
        guard let g = before.last(where: { $0.range.upperBound < start }), !g.isPlace,
            start - g.range.upperBound <= 4, tokens.text(g.range.upperBound) == ",",
            modifiers(g.range.upperBound + 1..<start)
        else { return nil }
        return g
    }

    /// "the Syrian regime and its backer Russia", "Rusia dan sekutunya, Belarus": a group followed by
    /// a conjunction, a possessive and an ally noun in apposition to the next group takes that group
    /// as a partner in its acts (both did what the pair is said to have done). The ally noun keeps
    /// its own reading between the two.
    func linkPartners(_ groups: inout [ActorGroup], _ triggers: [Trigger], _ tokens: Tokens) {
        guard groups.count > 1 else { return }
        for g in groups.indices.dropLast() {
            let gap = groups[g].range.upperBound..<groups[g + 1].range.lowerBound
            guard gap.count >= 2, gap.count <= 6, isClass(gap.lowerBound, .coordinator),
                let noun = triggers.first(where: {
                    lexicon.shapes[$0.patternIndex].apposition && gap.contains($0.range.lowerBound)
                        && $0.range.upperBound <= gap.upperBound
                })
            else { continue }
            // Between the conjunction and the noun: a possessive pronoun and adjectives only.
            let before = (gap.lowerBound + 1)..<noun.range.lowerBound
            guard before.allSatisfy({ words.possessivePronouns.contains(tokens, $0) || words.adjectives.contains(tokens, $0) }) else { continue }
            // After it: adjectives, a possessive clitic's word and a comma only.
            let after = noun.range.upperBound..<gap.upperBound
            guard
                after.allSatisfy({
                    tokens.text($0) == "," || words.adjectives.contains(tokens, $0)
                        || rules.possessiveClitics.contains(where: tokens.lower($0).hasSuffix)
                })
            else { continue }
            let possessed =
                before.contains { words.possessivePronouns.contains(tokens, $0) }
                || (noun.range.lowerBound..<gap.upperBound).contains { i in tokens[i].kind == .word && rules.possessiveClitics.contains(where: tokens.lower(i).hasSuffix) }
            guard possessed, groups[g + 1].mentions.allSatisfy({ !$0.isPlace }) else { continue }
            groups[g].addPartners(groups[g + 1].mentions)
        }
    }

    /// "our NATO ally Turkey", "its EU partner France": a name between an ally noun's possessor and
    /// the noun, with the ally named right after the noun, modifies the noun; it is neither an object
    /// nor a subject. Marked once a sentence (``ActorGroup/modifiesAllyNoun``).
    func markAllyNounModifiers(_ groups: inout [ActorGroup], _ triggers: [Trigger], _ tokens: Tokens) {
        guard rules.modifiersBeforeNouns else { return }
        for g in groups.indices where groups[g].previousIndex >= 0 && words.possessivePronouns.contains(tokens, groups[g].previousIndex) {
            guard let noun = triggers.first(where: { lexicon.shapes[$0.patternIndex].apposition && $0.range.lowerBound == groups[g].range.upperBound })
            else { continue }
            groups[g].modifiesAllyNoun = groups.contains { $0.range.lowerBound == noun.range.upperBound }
        }
    }
}
