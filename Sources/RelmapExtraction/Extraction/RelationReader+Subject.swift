/// The trigger's own parties before the symmetric or directed reading: the clause's subject and,
/// for a noun, the actor it names as its genitive or agent.
extension RelationReader {
    /// The roles read around a trigger: its subject and a noun's genitive.
    struct TriggerRoles {
        /// The groups before the trigger that may be its clause's subject, in text order.
        var subjectCandidates: [ActorGroup]
        /// The subject: nearest group before the trigger that is no location, object or
        /// prepositional phrase ("Rusia mengusir ...").
        var subject: ActorGroup?
        /// "Turki menjadi pengecam ...", "Chile is a fierce critic of Peru": an agent noun
        /// predicated of the subject.
        var predicated = false
        /// A noun's own actor: "sanksi PBB", "pembelot Korea Utara", "Russia's invasion",
        /// "the strikes by the Syrian regime".
        var genitive: ActorGroup?
        /// Whether the noun's agent was found after "by" / "oleh", past its object ("the sinking of a
        /// boat by X"): the object stays a target.
        var agentAfterObject = false
    }

    /// The subject of the trigger's clause and the noun's own actor (``TriggerRoles``).
    func readRoles(_ s: TriggerScope) -> TriggerRoles {
        var roles = clauseSubject(s)
        nounSubject(s, &roles)
        roles.genitive = nounGenitive(s)
        if roles.genitive == nil, s.form.isNoun, !s.modifierFirst, let g = s.byAgent() {
            // "serangan roket oleh militer Pakistan", "the strikes by the Syrian regime": an agent after
            // "oleh" / "by" names the noun's actor.
            roles.genitive = g
            roles.agentAfterObject = true
        }
        if roles.genitive == nil, let g = genitivePastAdjective(s) {
            roles.genitive = g
        }
        modifierFirstAgent(s, &roles)
        return roles
    }

    /// The subject: the nearest group before the trigger in its clause that is no location, object
    /// or prepositional phrase ("Rusia mengusir diplomat Inggris"), or the one the clause shares
    /// with another: an object right before the trigger ("AS menuduh Korea Utara memasok amunisi"),
    /// the main clause's subject for a clause of time ("said so after meeting Putin"), the subject
    /// of the verb before "and" ("Japan condemned Russia and urged ..."), or an agency named after
    /// a preposition of place ("penasihat di Kedutaan Besar Korea Utara membelot").
    func clauseSubject(_ s: TriggerScope) -> TriggerRoles {
        let trig = s.trig, tokens = s.tokens, range = s.range, cl = s.clause, before = s.before, groups = s.groups
        let isNoun = s.form.isNoun
        // Subject: nearest group before the trigger that is no location, object or prepositional phrase.
        let subjectCandidates = before.filter {
            s.isRelativeSubject($0) || (!$0.isPlace && !s.isPrepositional($0) && !s.isObject($0) && !s.isLocative($0) && !s.ownsAllyNoun($0) && !s.isInsideRelative($0) && !$0.modifiesAllyNoun)
        }
        var subject = subjectCandidates.last
        // "AS menuduh Korea Utara memasok amunisi": an object right before the trigger is its subject.
        if let last = before.last, !last.isPlace, !s.isPrepositional(last), s.isObject(last),
            trig.range.lowerBound - last.range.upperBound <= 1, last.range.lowerBound > (subject?.range.lowerBound ?? -1)
        {
            subject = last
        }
        // "menyatakan dukungannya saat bertemu dengan Putin", "said so after meeting Putin": a clause
        // of time with no subject of its own continues the subject of the clause before it.
        if subject == nil, !isNoun, before.isEmpty, cl.lowerBound > range.lowerBound, isClass(cl.lowerBound - 1, .subordinator),
            trig.range.lowerBound - cl.lowerBound <= 2
        {
            let outer = clause(around: (cl.lowerBound - 1)..<(cl.lowerBound - 1), range)
            subject = groups.first { g in
                g.range.lowerBound >= outer.lowerBound && g.range.upperBound < cl.lowerBound && !g.isPlace && !g.isSpeaker
                    && !s.isPrepositional(g) && !s.isObject(g) && !s.isLocative(g)
            }
        }
        // "Usai bertemu Presiden Peru, Menteri Luar Negeri Chile terbang ...": a clause of time that opens
        // the sentence has the subject of the main clause after its comma.
        if subject == nil, !isNoun, cl.lowerBound > range.lowerBound, isClass(cl.lowerBound - 1, .subordinator),
            (range.lowerBound..<(cl.lowerBound - 1)).allSatisfy({ tokens[$0].kind == .punctuation }),
            let comma = (trig.range.upperBound..<cl.upperBound).first(where: { tokens.text($0) == "," }),
            let g = groups.first(where: { $0.range.lowerBound > comma && $0.range.lowerBound - comma <= 4 && !$0.isPlace && !s.isPrepositional($0) })
        {
            subject = g
        }
        // "Rusia membantah tuduhan Inggris dan mengusir ...", "Japan condemned Russia and urged ...":
        // a verb after "dan" / "and" shares the subject of the verb before it, not its object.
        if !isNoun, let sub = subject, subjectCandidates.count >= 2, let head = subjectCandidates.first,
            head.range.lowerBound < sub.range.lowerBound, sub.range.upperBound < trig.range.lowerBound,
            (max(sub.range.upperBound, trig.range.lowerBound - 2)..<trig.range.lowerBound).contains(where: { isClass($0, .coordinator) }),
            sub.previousIndex >= 0, !isClass(sub.previousIndex, .coordinator), tokens.text(sub.previousIndex) != ","
        {
            subject = head
        }
        // "Chile, which attacked Peru last year, met Bolivia": where a relative opens the clause (a
        // clause break in English), the name before its comma is the subject of the relative clause's
        // verb and, past the clause's closing comma, of the main verb.
        if subject == nil, cl.lowerBound - 2 > range.lowerBound, words.relatives.contains(tokens, cl.lowerBound - 1),
            tokens.text(cl.lowerBound - 2) == ",",
            let antecedent = groups.last(where: { $0.range.upperBound == cl.lowerBound - 2 && !$0.isPlace && !$0.isSpeaker })
        {
            subject = antecedent
        }
        // "penasihat di Kedutaan Besar Korea Utara membelot": with no other subject, an agency
        // named after a preposition of place is where the subject works.
        if subject == nil, let agency = before.last(where: { g in !g.isPlace && g.mentions.contains { $0.agentRole != nil } && s.isLocative(g) }) {
            subject = agency
        }
        return TriggerRoles(subjectCandidates: subjectCandidates, subject: subject)
    }

    /// A noun takes the clause's subject only as the object of a verb ("Jepang melayangkan protes"),
    /// in a relative clause, or when it is predicated of it ("Chile is a fierce critic of Peru"); not
    /// when it points back at a relation already told ("kerjasama ini", "the pact"), when it is an
    /// agent noun ("pembelot", defector), or when it is the object of another trigger ("mengkritik
    /// pakta itu").
    func nounSubject(_ s: TriggerScope, _ roles: inout TriggerRoles) {
        let trig = s.trig, tokens = s.tokens, range = s.range, first = s.first
        let isNoun = s.form.isNoun
        // A noun takes the clause's subject only as the object of a verb ("melayangkan protes").
        // "kerjasama ini", "the pact": a noun pointing back at a relation already told brings no
        // new parties from its clause's subject.
        if isNoun, trig.range.upperBound < range.upperBound,
            isClass(trig.range.upperBound, .demonstrative)
                || (s.modifierFirst && trig.range.lowerBound > range.lowerBound && isClass(trig.range.lowerBound - 1, .demonstrative))
        {
            roles.subject = nil
        }
        // An agent noun ("pembelot", defector) names its actor by the genitive only.
        let agentNoun =
            rules.morphology == .affixing && isNoun
            && (trig.forms >= 0 && trig.head == trig.range.lowerBound
                ? formLists[Int(trig.forms)].shape.agentAffix
                : WordForms.Shape(word: first, root: root(of: trig, tokens), rules: rules).agentAffix)
        // "Turki menjadi pengecam ...", "Chile is a fierce critic of Peru": an agent noun predicated
        // of the subject makes the subject its actor.
        let predicated: Bool = {
            guard isNoun, let sub = roles.subject, trig.range.lowerBound - sub.range.upperBound <= 8,
                agentNoun || rules.agentNounEndings.contains(where: { tokens.lower(trig.range.upperBound - 1).hasSuffix($0) })
            else { return false }
            return (sub.range.upperBound..<trig.range.lowerBound).contains { isClass($0, .predicative) }
        }()
        roles.predicated = predicated
        if agentNoun && !predicated { roles.subject = nil }
        // "mengkritik pakta itu": a noun that is the object of another trigger is not the subject's act.
        // "menandatangani perjanjian di hadapan Raja Yordania": a noun after a preposition is no object.
        if isNoun, !(trig.range.lowerBound > range.lowerBound && isClass(trig.range.lowerBound - 1, .locative)),
            s.innerTriggers.contains(where: { $0.range.upperBound <= trig.range.lowerBound && trig.range.lowerBound - $0.range.upperBound <= 3 && $0.range != trig.range })
        {
            roles.subject = nil
        }
        if isNoun, let sub = roles.subject, !s.isRelativeSubject(sub) {
            let verbBetween =
                (sub.range.upperBound..<trig.range.lowerBound).contains { isVerb(tokens.lower($0)) }
                || s.modifierFirst || predicated
            if !verbBetween { roles.subject = nil }
        }
    }

    /// Noun genitive: the actor right after the noun ("sanksi PBB", "pembelot Korea Utara"), in a
    /// language whose modifiers follow the noun; not the role the trigger acts on ("pengusiran dubes
    /// Rusia": the diplomats are its object, not its agent).
    func nounGenitive(_ s: TriggerScope) -> ActorGroup? {
        // "pengusiran dubes Rusia": the role the trigger acts on is its object, not its agent.
        guard s.form.isNoun, !s.modifierFirst else { return nil }
        // "rudal Korea Utara ... melewati Jepang": in a phrase with a gap that ends on a preposition
        // or a verb, the genitive follows the noun inside it; the name after the phrase is where the
        // act goes ("rudal ... ke arah Jepang"). "pengerahan ... pasukan Korea Utara" ends on a noun.
        let directs = { (i: Int) in self.isClass(i, .locative) || self.isClass(i, .targetPreposition) || self.isVerb(s.tokens.lower(i)) }
        if lexicon.shapes[s.trig.patternIndex].hasGap, ((s.trig.range.lowerBound + 1)..<s.trig.range.upperBound).contains(where: directs) {
            let noun = s.trig.range.lowerBound
            guard let g = s.groups.first(where: { $0.range.lowerBound == noun + 1 && $0.range.upperBound < s.trig.range.upperBound }),
                !g.isPlace, !s.hasObjectRole(g)
            else { return nil }
            return g
        }
        guard let g = s.after.first, s.isInTrigger(g), !s.isPrepositional(g), !g.isPlace, !s.hasObjectRole(g) else { return nil }
        return g
    }

    /// "invasi berkelanjutan Rusia": the noun's genitive past one adjective.
    func genitivePastAdjective(_ s: TriggerScope) -> ActorGroup? {
        let tokens = s.tokens
        guard s.form.isNoun, !s.modifierFirst, let g = s.after.first, g.previousIndex == s.trig.range.upperBound,
            tokens[g.previousIndex].kind == .word, !tokens[g.previousIndex].isCapitalized, !isVerb(tokens.lower(g.previousIndex)),
            memos[g.previousIndex].classes.isEmpty, memos[g.previousIndex].triggers < 0, !words.contentLinks.contains(tokens, g.previousIndex),
            !s.isPrepositional(g), !g.isPlace, !g.isSpeaker
        else { return nil }
        return g
    }

    /// English nouns name their agent before them ("Russia's invasion", "the Russian attack")
    /// or after "by"; the clause's subject is not the agent ("NATO condemned the attack"), except
    /// after a light verb, where the noun is the subject's act ("Egypt issued an ultimatum to
    /// Ethiopia"), or for a symmetric noun, which takes the clause's subject as a party ("Japan and
    /// India agreed to deepen cooperation").
    func modifierFirstAgent(_ s: TriggerScope, _ roles: inout TriggerRoles) {
        let trig = s.trig, tokens = s.tokens, before = s.before
        guard s.form.isNoun, s.modifierFirst else { return }
        // "Egypt issued an ultimatum to Ethiopia": after a light verb the noun is the subject's act.
        var lightVerb = roles.predicated
        if !lightVerb, let subject = roles.subject {
            // "halted its talks with Serbia": a cut is a light verb for the act it stops.
            lightVerb =
                (max(s.clause.lowerBound, trig.range.lowerBound - 4)..<trig.range.lowerBound).contains { isClass($0, .lightVerb) || (trig.isCut && isClass($0, .cut)) }
                && !before.contains { g in g.range.lowerBound > subject.range.lowerBound }
        }
        // A symmetric noun takes the clause's subject as a party ("Japan and India agreed to deepen
        // cooperation"); a directed one names its agent by the genitive.
        guard !lightVerb, s.type.directed || roles.subject == nil else { return }
        roles.subject = nil
        if let g = before.last, trig.range.lowerBound - g.range.upperBound <= 2,
            (g.range.upperBound == trig.range.lowerBound || words.possessiveMarks.contains(tokens, g.range.upperBound)),
            !g.isPlace, !s.isPrepositional(g)
        {
            roles.genitive = g
        } else if let g = s.byAgent() {
            roles.genitive = g
            roles.agentAfterObject = true
        }
    }
}
