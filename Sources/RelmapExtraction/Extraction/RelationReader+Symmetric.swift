/// Acts among parties rather than from a source to a target: a reciprocal act ("saling usir",
/// "accused each other") and the symmetric types (meet, cooperate, ally), whose parties are the
/// subject, the object, a partner phrase, a pair, or the noun's own actors.
extension RelationReader {
    /// "Turki dan Israel saling usir duta besar", "accused each other": a directed act marked as
    /// reciprocal runs both ways among the subject's members; nil when the trigger is no such act.
    func readReciprocal(_ s: TriggerScope, _ roles: TriggerRoles) -> [Found]? {
        let trig = s.trig, tokens = s.tokens, cl = s.clause
        guard s.type.directed, let subject = roles.subject, subject.actors.count >= 2, let reciprocal = s.form.reciprocal else { return nil }
        // "saling usir duta besar", "expelled each other's ambassadors": the object's role still decides what the act is.
        var object = trig.range.upperBound
        if reciprocal.lowerBound == object { object = reciprocal.upperBound }
        if object < cl.upperBound, words.possessiveMarks.contains(tokens, object) { object += 1 }
        if let role = s.pattern.objectRole, lexicon.agentRole(tokens, at: object, end: cl.upperBound) != role { return [] }
        var out: [Found] = []
        for a in subject.mentions {
            for b in subject.mentions where a.actors != b.actors {
                out += pairs(
                    ActorGroup(a, in: groupStore), ActorGroup(b, in: groupStore), trig,
                    confidence: s.confidence(Confidence.reciprocal), negated: s.form.negated, hedged: s.form.hedged)
            }
        }
        return out
    }

    /// The parties of a symmetric (or mutual) act, each pair once: the noun's genitive, the subject,
    /// whom the subject addresses at a meeting, a passive's agents, a list right before a noun, the
    /// actors an ally noun names in apposition ("sekutunya, Korea Selatan"), and the partner after the
    /// trigger ("bertemu dengan Putin", "met with Putin", "hubungan antara Rusia dan Korea Utara").
    func readSymmetric(_ s: TriggerScope, _ roles: TriggerRoles) -> [Found] {
        let trig = s.trig, tokens = s.tokens, cl = s.clause, before = s.before
        var subject = roles.subject
        let genitive = roles.genitive
        // "Chile and Brazil condemned Peru and reiterated their support for Bolivia": a possessive
        // pronoun before the noun stands for the clause's subject, each of whom relates to the partner.
        var ownedBySubject = false
        if s.modifierFirst, s.form.isNoun, genitive == nil, let first = roles.subjectCandidates.first,
            (max(cl.lowerBound, trig.range.lowerBound - 3)..<trig.range.lowerBound).contains(where: { words.possessivePronouns.contains(tokens, $0) })
        {
            subject = first
            ownedBySubject = true
        }
        var parties = symmetricParties(s, subject: subject, genitive: genitive, subjectCandidates: roles.subjectCandidates)
        if s.pattern.apposition,
            let named = appositionParties(
                trig, tokens, s.range, clause: cl, before: before, after: s.after,
                nearest: before.last(where: { !$0.isPlace && !s.isLocative($0) })
                    ?? s.groups.last(where: { $0.range.upperBound <= trig.range.lowerBound && !$0.isPlace && !$0.isSpeaker }),
                clauseSubject: roles.subjectCandidates.first)
        {
            // The possessor with each actor it names, not those actors with each other.
            var out: [Found] = []
            for m in named[1].mentions {
                out += pairs(
                    named[0], ActorGroup(m, in: groupStore), trig,
                    confidence: s.confidence(Confidence.symmetric), negated: s.form.negated, hedged: s.form.hedged)
            }
            return out
        }
        if let found = partyAfter(s, genitive: genitive) {
            // "mediated between Armenia and Azerbaijan": the mediator meets each side.
            if found.isPair, s.pattern.mediates, let mediator = genitive ?? subject {
                return pairs(mediator, found.group, trig, confidence: s.confidence(Confidence.symmetric), negated: s.form.negated, hedged: s.form.hedged)
            }
            if found.isPair && found.group.actors.count >= 2 { parties = [found.group] } else { parties.append(found.group) }
        }
        // "Purin berbicara dengan Erdogan dan Macron": with no subject, the partners of "dengan" / "with"
        // met the missing subject, not each other.
        if subject == nil, genitive == nil, parties.count == 1, parties[0].actors.count >= 2,
            isClass(parties[0].previousIndex, .partnerPreposition)
        {
            return []
        }
        // "Kuba menyukai Pyongyang sebagai sekutu": the object before a noun trigger is its partner.
        if parties.count == 1, let sub = subject, parties[0].range == sub.range, sub.actors.count < 2 {
            if let obj = before.last(where: { $0.range.lowerBound > sub.range.upperBound - 1 && s.isObject($0) && !$0.isPlace }),
                (obj.range.upperBound..<trig.range.lowerBound).contains(where: { isClass($0, .predicative) })
            {
                parties.append(obj)
            }
        }
        if ownedBySubject, parties.count == 2, let sub = subject, parties[0].range == sub.range {
            return pairs(sub, parties[1], trig, confidence: s.confidence(Confidence.symmetric), negated: s.form.negated, hedged: s.form.hedged)
        }
        return symmetricPairs(parties, s)
    }

    /// The parties a symmetric act names before and around its trigger: the noun's genitive, the
    /// subject, whom the subject addresses at a meeting ("mengatakan kepada para menteri luar negeri
    /// ASEAN dan China dalam pertemuan bersama"), a passive's agents ("The declaration was signed by
    /// Chile and Peru"), and after a light verb or as a list the names right before a noun ("Japan
    /// attended the NATO summit", "US and South Korean military drills").
    func symmetricParties(_ s: TriggerScope, subject: ActorGroup?, genitive: ActorGroup?, subjectCandidates: [ActorGroup]) -> [ActorGroup] {
        let trig = s.trig, tokens = s.tokens, before = s.before
        let isNoun = s.form.isNoun
        var parties: [ActorGroup] = []
        // "membentuk pakta pertahanan Aukus", "formed the AUKUS pact": an organisation after a pact
        // formed by a list names the pact, it is no party beside its members.
        let namesThePact =
            genitive.map { g in g.actors.allSatisfy(lexicon.organisations.contains) } == true
            && (subject?.actors.count ?? 0) >= 2
        if let genitive, !namesThePact { parties.append(genitive) }
        if let sub = subject { parties.append(sub) }
        // "mengatakan kepada para menteri luar negeri ASEAN dan China dalam pertemuan bersama": whom
        // the subject addresses at a meeting named after it met the subject.
        if isNoun, subject != nil, let told = before.last(where: { isClass($0.previousIndex, .recipient) && !$0.isPlace }),
            told.range.lowerBound > (subject?.range.upperBound ?? 0), trig.range.lowerBound - told.range.upperBound <= 3
        {
            parties.append(told)
        }
        // "The declaration was signed by Chile and Peru": a passive's agents are parties.
        if s.form.isPassive, let agent = s.after.first(where: { isClass($0.previousIndex, .passiveAgent) }),
            agent.range.lowerBound - trig.range.upperBound <= 4, !agent.isPlace
        {
            parties.append(agent)
        }
        // "Japan attended the NATO summit": after a light verb, the name right before a symmetric
        // noun and the clause's subject are its parties; "US and South Korean military drills":
        // a list right before it is its parties.
        if genitive == nil, isNoun, s.modifierFirst, let g = before.last,
            g.range.upperBound == trig.range.lowerBound
                || (trig.range.lowerBound - g.range.upperBound == 1 && words.possessiveMarks.contains(tokens, g.range.upperBound)),
            !g.isPlace, !s.isPrepositional(g)
        {
            if g.actors.count >= 2 {
                parties = [g]
            } else if let sub = subjectCandidates.last(where: { $0.range.upperBound < g.range.lowerBound }),
                (sub.range.upperBound..<g.range.lowerBound).contains(where: { isClass($0, .lightVerb) })
            {
                // "Australia, Britain and the US formed the AUKUS pact": the organisation names the pact.
                parties = sub.actors.count >= 2 && g.actors.allSatisfy(lexicon.organisations.contains) ? [sub] : [sub, g]
            }
        }
        return parties
    }

    /// The partner a symmetric act names after its trigger, up to a comma: a pair ("hubungan militer
    /// antara Rusia dan Korea Utara", then `isPair`), a partner phrase ("spoke with Turkey"), the object
    /// ("bertemu Putin"), a visit's place ("visited Beijing"), or an object named through an
    /// apposition ("bertemu sekutu dekatnya Presiden Rusia").
    func partyAfter(_ s: TriggerScope, genitive: ActorGroup?) -> (group: ActorGroup, isPair: Bool)? {
        let trig = s.trig, tokens = s.tokens, pattern = s.pattern
        for g in s.after where g.range != genitive?.range && !g.modifiesAllyNoun {
            if g.range.lowerBound - trig.range.upperBound > 12 { return nil }
            let lead = min(max(trig.range.upperBound, g.range.lowerBound - 3), g.range.lowerBound)..<g.range.lowerBound
            let interrupted = (min(trig.range.upperBound, g.range.lowerBound)..<g.range.lowerBound).contains {
                tokens.text($0) == "," && !(g.previousIndex == $0)
            }
            if interrupted { return nil }
            // "hubungan militer antara Rusia dan Korea Utara": the pair is the relation's parties.
            if isClass(g.previousIndex, .between) || lead.contains(where: { isClass($0, .between) }) {
                return (g, true)
            }
            // "spoke with Turkey": the trigger's own last word may be the partner preposition.
            if lead.contains(where: { isClass($0, .partnerPreposition) }) || isClass(g.previousIndex, .partnerPreposition)
                || (s.isInTrigger(g) && (!s.isPrepositional(g) || g.previousIndex == trig.range.upperBound - 1))
                || (pattern.visit && isClass(g.previousIndex, .locative) && g.range.lowerBound - trig.range.upperBound <= 2)
                || (pattern.visit && isClass(g.previousIndex, .targetPreposition))
            {
                return (g, false)
            }
            // "bertemu sekutu dekatnya Presiden Rusia": the object named through an apposition.
            if s.innerTriggers.contains(where: {
                lexicon.shapes[$0.patternIndex].apposition
                    && $0.range.lowerBound >= trig.range.upperBound
                    && ($0.range.lowerBound - trig.range.upperBound <= 1
                        // "stand by our NATO ally Turkey": a possessive and a name modifying the noun between.
                        || (trig.range.upperBound..<$0.range.lowerBound).allSatisfy { i in
                            words.possessivePronouns.contains(tokens, i) || inMention[i - s.range.lowerBound]
                        })
                    && g.range.lowerBound >= $0.range.upperBound && g.range.lowerBound - $0.range.upperBound <= 3
            }) {
                return (g, false)
            }
        }
        return nil
    }

    /// Every two actors among the parties, each pair once (both ways for a clash, which is fought
    /// by both sides: "clashes between Armenia and Azerbaijan"); nothing past six actors.
    func symmetricPairs(_ parties: [ActorGroup], _ s: TriggerScope) -> [Found] {
        let trig = s.trig
        var members: [Mention] = []
        for p in parties { for m in p.mentions where !members.contains(where: { $0.actors == m.actors }) { members.append(m) } }
        var out: [Found] = []
        let flat = members.flatMap { m in m.actors.map { (a: $0, m: m) } }
        guard flat.count <= 6 else { return [] }
        // Each pair once, whichever way round: the pairs met so far, in order (a few at most).
        var seen: [(ActorID, ActorID)] = []
        var seenCodes: [(String, String)] = []
        // The pairs' keys are the two codes joined by "|"; codes without one make the same key only as the same pair.
        let plain = !lexicon.codesHavePipe || !flat.contains { lexicon.code($0.a).utf8.contains(UInt8(ascii: "|")) }
        func isNew(_ a: ActorID, _ b: ActorID) -> Bool {
            if plain {
                if seen.contains(where: { ($0.0 == a && $0.1 == b) || ($0.0 == b && $0.1 == a) }) { return false }
                seen.append((a, b))
                return true
            }
            let ca = lexicon.code(a), cb = lexicon.code(b)
            let pair = ca < cb ? (ca, cb) : (cb, ca)
            if seenCodes.contains(where: { ($0.0 == pair.0 && $0.1 == pair.1) || $0.0 + "|" + $0.1 == pair.0 + "|" + pair.1 }) { return false }
            seenCodes.append(pair)
            return true
        }
        for x in 0..<flat.count {
            for y in (x + 1)..<max(x + 1, flat.count) where flat[x].a != flat[y].a {
                if isNew(flat[x].a, flat[y].a) {
                    var src = flat[x].m, dst = flat[y].m
                    // A mention of one actor is already that actor's: no new list.
                    if src.actors.count != 1 { src.actors = ActorList(flat[x].a) }
                    if dst.actors.count != 1 { dst.actors = ActorList(flat[y].a) }
                    out.append(
                        Found(
                            type: trig.type, source: src, target: dst, triggerRange: trig.range,
                            confidence: s.confidence(Confidence.symmetric), negated: s.form.negated, hedged: s.form.hedged))
                    // A clash is fought by both sides.
                    if s.type.directed {
                        out.append(
                            Found(
                                type: trig.type, source: dst, target: src, triggerRange: trig.range,
                                confidence: s.confidence(Confidence.symmetric), negated: s.form.negated, hedged: s.form.hedged))
                    }
                }
            }
        }
        return out
    }
}
