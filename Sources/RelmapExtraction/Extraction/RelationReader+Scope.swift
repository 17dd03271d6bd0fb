/// What every step of reading one trigger needs: the trigger, its sentence and clause, the groups
/// around it, its form, and the roles a group can play for it.
extension RelationReader {
    /// The form of a trigger: what it is (a noun, a passive verb) and what the words around it
    /// say of it (negated, hedged, undone, reciprocal).
    struct TriggerForm {
        /// "sanksi PBB", "the Russian invasion": the trigger is a noun.
        var isNoun: Bool
        /// "diusir oleh", "was expelled by": the trigger is a passive verb.
        var isPassive: Bool
        /// "tidak mengecam", "did not condemn": a negation or refusal before it.
        var negated: Bool
        /// "reportedly attacked": a hedge before it or within it.
        var hedged: Bool
        /// "pelonggaran sanksi", "easing sanctions": a word right before it undoes the relation.
        var reversal: Bool
        /// "saling usir", "accused each other": where the reciprocal phrase stands, if any.
        var reciprocal: Range<Int>?

        /// The factor a hedge lowers the confidence by.
        var hedgeFactor: Double { hedged ? Confidence.hedgeFactor : 1.0 }
    }

    /// One trigger in its sentence, with the groups before and after it in its clause.
    struct TriggerScope {
        let reader: RelationReader
        let trig: Trigger
        let tokens: Tokens
        /// The sentence.
        let range: Range<Int>
        /// The trigger's clause (``RelationReader/clause(around:_:)``).
        let clause: Range<Int>
        /// All groups of the sentence, in text order.
        let groups: [ActorGroup]
        /// All triggers of the sentence, this one among them.
        let innerTriggers: [Trigger]
        /// The groups of the clause before the trigger, speakers left out.
        let before: ArraySlice<ActorGroup>
        /// The groups of the clause after the trigger's first word (a gapped phrase may hold its
        /// object: "kerah ... pasukan X"), speakers left out.
        let after: ArraySlice<ActorGroup>
        let type: TypeFacts
        /// What the reading asks of the trigger's pattern.
        let pattern: PatternShape
        let form: TriggerForm
        /// The trigger's first word, lower case.
        let first: String
        /// Where a noun names its agent: before it ("Russia's invasion") or after it ("invasi Rusia").
        let modifierFirst: Bool

        init(
            reader: RelationReader, trig: Trigger, tokens: Tokens, range: Range<Int>, clause cl: Range<Int>,
            groups: [ActorGroup], innerTriggers: [Trigger], form: TriggerForm
        ) {
            self.reader = reader
            self.trig = trig
            self.tokens = tokens
            self.range = range
            self.clause = cl
            self.groups = groups
            self.innerTriggers = innerTriggers
            self.form = form
            type = reader.lexicon.facts[trig.type]
            pattern = reader.lexicon.shapes[trig.patternIndex]
            first = tokens.lower(trig.range.lowerBound)
            modifierFirst = reader.rules.modifiersBeforeNouns
            before = Self.slice(groups) { $0.range.upperBound <= trig.range.lowerBound && $0.range.lowerBound >= cl.lowerBound }
            after = Self.slice(groups) { $0.range.lowerBound > trig.range.lowerBound && $0.range.lowerBound < cl.upperBound }
        }

        /// Groups are in text order, so the groups before and after the trigger are slices of them
        /// (copied only when a speaker among them has to be left out).
        static func slice(_ groups: [ActorGroup], _ keep: (ActorGroup) -> Bool) -> ArraySlice<ActorGroup> {
            guard let lo = groups.firstIndex(where: keep) else { return groups[0..<0] }
            var hi = lo
            while hi < groups.count, keep(groups[hi]) { hi += 1 }
            let part = groups[lo..<hi]
            return part.contains(where: \.isSpeaker) ? ArraySlice(part.filter { !$0.isSpeaker }) : part
        }

        @inline(__always)
        func isClass(_ i: Int, _ c: WordClass) -> Bool { reader.isClass(i, c) }

        /// Whether the word before `g` lies within the trigger ("spoke with Turkey", "kerah ... pasukan X").
        func isInTrigger(_ g: ActorGroup) -> Bool {
            g.previousIndex >= trig.range.lowerBound && g.previousIndex < trig.range.upperBound
        }

        /// "mengusir diplomat Rusia", "menuduh Korea Utara": a group right after a verb (or within
        /// the trigger) is an object.
        func isObject(_ g: ActorGroup) -> Bool {
            guard g.previousIndex >= 0 else { return false }
            if isInTrigger(g) { return true }
            return reader.isVerb(tokens.lower(g.previousIndex))
        }

        /// "di Ukraina"; "di wilayah Kursk", "dalam perang Ukraina": a noun between the preposition and the name.
        func isLocative(_ g: ActorGroup) -> Bool {
            if isClass(g.previousIndex, .locative) { return true }
            let p = g.previousIndex
            guard p - 1 >= range.lowerBound, p >= 0 else { return false }
            let head = tokens[p]
            return isClass(p - 1, .locative) && head.kind == .word && !head.isCapitalized
                && !reader.isVerb(tokens.lower(p)) && !isClass(p, .coordinator)
        }

        /// "Korea Utara yang membelot": the group before "yang" + trigger is the relative clause's subject.
        func isRelativeSubject(_ g: ActorGroup) -> Bool {
            let between = g.range.upperBound..<trig.range.lowerBound
            // "Chile, which attacked Peru": a comma may stand before the relative.
            let r = between.count >= 2 && tokens.text(g.range.upperBound) == "," ? g.range.upperBound + 1 : g.range.upperBound
            guard between.count >= 1, trig.range.lowerBound - r <= 3, reader.words.relatives.contains(tokens, r) else { return false }
            return !g.isPlace && !isClass(g.previousIndex, .placePreposition)
        }

        /// "Chile, which attacked Peru last year, met Bolivia": a name inside a relative clause set
        /// off by commas before the trigger is not the trigger's subject.
        func isInsideRelative(_ g: ActorGroup) -> Bool {
            guard let close = (g.range.upperBound..<trig.range.lowerBound).first(where: { tokens.text($0) == "," }) else { return false }
            var p = g.range.lowerBound - 1
            while p > range.lowerBound, tokens.text(p) != "," { p -= 1 }
            return p > range.lowerBound && tokens.text(p) == "," && p + 1 < g.range.lowerBound
                && reader.words.relatives.contains(tokens, p + 1) && close < trig.range.lowerBound
        }

        /// "in Kyiv", "with Turkey", "against Iran", "by Russia", "between X and Y", "except X": a
        /// group after a preposition.
        func isPrepositional(_ g: ActorGroup) -> Bool {
            isClass(g.previousIndex, .locative) || isClass(g.previousIndex, .partnerPreposition)
                || isClass(g.previousIndex, .targetPreposition) || isClass(g.previousIndex, .passiveAgent)
                || isClass(g.previousIndex, .between) || isClass(g.previousIndex, .exclusion)
        }

        /// "Kanada, Jepang dan sekutu AS lainnya mengecam": the possessor of an ally noun is not the subject.
        func ownsAllyNoun(_ g: ActorGroup) -> Bool {
            g.previousIndex >= 0 && innerTriggers.contains { reader.lexicon.shapes[$0.patternIndex].apposition && $0.range.upperBound == g.range.lowerBound }
                && before.contains { $0.range.upperBound < g.range.lowerBound }
        }

        /// "serangan roket oleh militer Pakistan", "the strikes by the Syrian regime": the agent after
        /// "oleh" / "by", when the marker still names the noun's agent.
        func byAgent() -> ActorGroup? {
            after.first { isClass($0.previousIndex, .passiveAgent) }.flatMap { reader.agentReaches(from: trig.range.upperBound, to: $0.previousIndex, tokens) ? $0 : nil }
        }

        /// Whether `g` plays the role the trigger asks of its object ("summoned officials from the
        /// Russian embassy": a diplomat for summon).
        func hasObjectRole(_ g: ActorGroup) -> Bool {
            pattern.objectRole.map { role in g.mentions.contains { reader.roleName($0) == role } } ?? false
        }

        /// The confidence `base` of a reading, lowered by a hedge.
        func confidence(_ base: Double) -> Double { base * form.hedgeFactor }
    }

    /// Whether a negation or refusal in the few words before the trigger drops it ("tidak mengecam",
    /// "refused to condemn"), unless the phrase is no negation ("not only") or the denial ends with
    /// its object's name ("membantah tuduhan Belarus dan mengusir ...").
    func isNegated(_ trig: Trigger, _ tokens: Tokens, _ range: Range<Int>, clause cl: Range<Int>) -> Bool {
        let negWindow = max(cl.lowerBound, trig.range.lowerBound - 4)..<trig.range.lowerBound
        guard let neg = containsPhrase(phrases.negations, in: negWindow, tokens, head: .negationHead) else { return false }
        let around = max(range.lowerBound, neg.lowerBound)..<min(range.upperBound, neg.upperBound + 2)
        var negated = containsPhrase(phrases.notNegations, in: around, tokens) == nil
        // "membantah tuduhan Belarus dan mengusir ...": the denial ends with its object's name.
        if negated,
            (neg.upperBound..<trig.range.lowerBound).contains(where: { i in
                isClass(i, .coordinator) && tokens[i].kind == .word && i > neg.upperBound && inMention[i - 1 - range.lowerBound]
            })
        {
            negated = false
        }
        return negated
    }

    /// The trigger's form: hedged ("reportedly attacked"), undone ("pelonggaran sanksi", easing
    /// sanctions), reciprocal ("saling usir", "accused each other"), passive ("diusir", "was
    /// expelled") and a noun ("sanksi PBB", "the Russian invasion").
    func readForm(_ trig: Trigger, _ tokens: Tokens, _ range: Range<Int>, clause cl: Range<Int>, negated: Bool) -> TriggerForm {
        let first = tokens.lower(trig.head)
        let root = root(of: trig, tokens)
        let hedgeWindow = max(cl.lowerBound, trig.range.lowerBound - 6)..<trig.range.lowerBound
        let hedged =
            hedgeWindow.contains { isClass($0, .hedge) }
            || trig.range.contains { isClass($0, .hedge) }
        let reversal =
            !trig.isCut
            && (max(cl.lowerBound, trig.range.lowerBound - 2)..<trig.range.lowerBound)
                .contains { isClass($0, .reversal) }

        // "saling usir", "accused each other": a reciprocal act.
        let reciprocal =
            phrases.reciprocals.isEmpty
            ? nil
            : containsPhrase(
                phrases.reciprocals, in: max(cl.lowerBound, trig.range.lowerBound - 2)..<min(cl.upperBound, trig.range.upperBound + 3), tokens,
                head: .reciprocalHead)
        let isPassive: Bool
        let isNoun: Bool
        // What the head word's spelling says, worked out once for the word (the same tests on `first` and `root` otherwise).
        let shape = trig.forms >= 0 ? formLists[Int(trig.forms)].shape : WordForms.Shape(word: first, root: root, rules: rules)
        switch rules.morphology {
        case .inflecting:
            let prev = max(range.lowerBound, trig.range.lowerBound - 2)..<trig.range.lowerBound
            isPassive =
                prev.contains { words.passiveAuxiliaries.contains(tokens, $0) }
                && shape.participle
            // The word before the trigger is a noun marker (at the sentence's start, the empty word is looked up).
            let afterMarker =
                trig.range.lowerBound > range.lowerBound
                ? words.nounMarkers.contains(tokens, trig.range.lowerBound - 1)
                : rules.nounMarkers.contains("")
            // "the ramming and sinking of": a trigger joined to a noun after its marker is a noun too.
            let i = trig.range.lowerBound
            let joinedNoun =
                i - 3 >= range.lowerBound && isClass(i - 1, .coordinator) && memos[i - 2].triggers >= 0
                && words.nounMarkers.contains(tokens, i - 3)
            isNoun =
                afterMarker || shape.nounEnding
                || markedPastAdjectives(trig.range.lowerBound, tokens, range) || joinedNoun
        case .affixing:
            isPassive = shape.affixPassive
            isNoun = !isPassive && reciprocal == nil && shape.affixNoun
        }
        return TriggerForm(isNoun: isNoun, isPassive: isPassive, negated: negated, hedged: hedged, reversal: reversal, reciprocal: reciprocal)
    }
}
