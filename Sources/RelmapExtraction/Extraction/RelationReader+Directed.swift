/// Directed acts: a source that does something to a target ("Rusia mengusir diplomat Inggris",
/// "Japan condemned the launch", "sanctions by the EU on Iran").
extension RelationReader {
    /// "diplomat Rusia harus segera pergi": a demand whose words also start a longer trigger asking
    /// for the addressee's role (an expulsion) yields to it when the addressee has that role — the
    /// expulsion is what is meant, not a demand.
    func demandYieldsToLongerAct(_ s: TriggerScope) -> Bool {
        let trig = s.trig
        // "diplomat Rusia harus segera pergi": an expulsion read from the same words is what is meant, not a demand.
        guard s.pattern.objectRole == nil,
            s.innerTriggers.contains(where: {
                $0.range.lowerBound == trig.range.lowerBound && $0.range.count > trig.range.count
                    && lexicon.shapes[$0.patternIndex].hasObjectRole && lexicon.shapes[$0.patternIndex].addressee
            })
        else { return false }
        let addressed = s.groups.last { $0.range.upperBound <= trig.range.lowerBound && $0.range.lowerBound >= s.clause.lowerBound }
        if let role = addressed?.mentions.last.flatMap(roleName), s.innerTriggers.contains(where: { lexicon.patterns[$0.patternIndex].objectRole == role }) { return true }
        return false
    }

    /// "peacekeepers arrived in Kosovo": a trigger that asks for a subject of a role counts only
    /// with one, and another type's reading of the same words yields to it there (a visit).
    func subjectRoleFits(_ s: TriggerScope, _ roles: TriggerRoles) -> Bool {
        let roles = roles.subject?.mentions.compactMap { roleName($0) } ?? []
        if let role = s.pattern.subjectRole { return roles.contains(role) }
        guard !roles.isEmpty else { return true }
        return !s.innerTriggers.contains { other in
            other.range == s.trig.range && other.type != s.trig.type
                && lexicon.patterns[other.patternIndex].subjectRole.map(roles.contains) == true
        }
    }

    /// "Uganda forced Rwandan troops out of the country": a trigger that asks nothing of its object
    /// yields to another type's reading of the same words that asks for the role its target has
    /// (troops forced out are attacked, not expelled).
    func yieldsToObjectRole(_ s: TriggerScope, target: ActorGroup) -> Bool {
        guard s.pattern.objectRole == nil else { return false }
        return s.innerTriggers.contains { other in
            other.range.lowerBound == s.trig.range.lowerBound && other.type != s.trig.type
                && lexicon.patterns[other.patternIndex].objectRole.map { role in target.mentions.contains { roleName($0) == role } } == true
        }
    }

    /// "Russia, a key backer of Syria", "the Syrian regime and its backer Russia": a directed
    /// noun in apposition runs from the actor it names to its possessor; a noun of this kind
    /// ("backer", "pendukung") names its parties by apposition only. Nil for other triggers.
    func readDirectedApposition(_ s: TriggerScope, _ roles: TriggerRoles) -> [Found]? {
        guard s.pattern.apposition else { return nil }
        let before = s.before
        if let named = appositionParties(
            s.trig, s.tokens, s.range, clause: s.clause, before: before, after: s.after,
            nearest: before.last(where: { !$0.isPlace && !s.isLocative($0) }),
            clauseSubject: roles.subjectCandidates.first)
        {
            return pairs(named[1], named[0], s.trig, confidence: s.confidence(Confidence.symmetric), negated: s.form.negated, hedged: s.form.hedged)
        } else if s.type.directed {
            // "backer", "pendukung": a noun of this kind names its parties by apposition only.
            return []
        }
        return nil
    }

    /// The source and target of a directed act. A passive takes its subject as the target and its
    /// agent as the source (``passiveParties(_:subject:)``); an active trigger takes the noun's
    /// genitive or the subject as the source (none after a word that undoes the act: "pelonggaran
    /// sanksi") and ``findTarget(_:_:)`` after it, else the antecedent of a relative clause
    /// ("Ukraine, which Moscow invaded") or the subject of a complement clause ("demanded that Japan
    /// withdraw"). With no target yet, an act it refers back to, an object pronoun or an answered
    /// act names one (``referredAgent``, ``impliedTarget``); ``refineTarget`` has the last word.
    func readDirected(_ s: TriggerScope, _ roles: TriggerRoles) -> [Found] {
        let trig = s.trig, type = s.type
        // "UN peacekeepers were withdrawn from Gorazde": a trigger asking for its subject's role tells
        // where that subject goes, passive or not.
        let isPassive = s.form.isPassive && s.pattern.subjectRole == nil
        var source: ActorGroup?
        var target: ActorGroup?
        var confidence = Confidence.verb
        if isPassive {
            (source, target) = passiveParties(s, subject: roles.subject)
        } else if let undergone = undergoneAct(s, roles) {
            (source, target) = undergone
        } else {
            source = roles.genitive ?? (s.form.reversal ? nil : roles.subject)
            if roles.genitive == nil { confidence = s.form.isNoun ? Confidence.noun : Confidence.verb }
            target = findTarget(s, roles)
            if target == nil, !s.form.isNoun, let src = source {
                target = relativeAntecedent(s, source: src)
            }
            if let role = s.pattern.objectRole, target == nil {
                // "they plan to expel four diplomats": the role with no state named is the one the
                // last such act aimed at.
                guard let src = source, let g = unnamedObject(role, s, source: src) else { return [] }
                target = g
                confidence *= Confidence.complementFactor
            }
            if target == nil, let g = complementSubject(s) {
                target = g
                confidence *= Confidence.complementFactor
            }
        }
        if target == nil, type.refersBack, let src = source {
            target = referredAgent(trig, s.tokens, clause: s.clause, passive: isPassive, innerTriggers: s.innerTriggers, groups: s.groups, source: src)
        }
        if target == nil, !isPassive, type.hostile, let src = source {
            target = impliedTarget(trig, s.tokens, s.range, source: src, answers: s.pattern.answers, before: s.before)
        }
        if !isPassive, target != nil || type.embeds || type.placeTarget {
            target = refineTarget(target, trig, type, s.tokens, s.range, clause: s.clause, groups: s.groups, after: s.after)
        }
        guard let src = source, let t = target, !yieldsToObjectRole(s, target: t) else { return [] }
        return pairs(src, t, trig, confidence: s.confidence(confidence), negated: s.form.negated, hedged: s.form.hedged)
    }

    /// "Ukraina menghadapi serangan berat dari pasukan Rusia", "Kyiv faced heavy attacks from
    /// Russian forces": a noun act the subject undergoes (``LanguageRules/undergoVerbs``) runs from
    /// the actor after "dari" / "from" to the subject.
    func undergoneAct(_ s: TriggerScope, _ roles: TriggerRoles) -> (source: ActorGroup, target: ActorGroup)? {
        // The act is the undergo verb's object, so a noun ("faced heavy attacks from ...").
        guard roles.genitive == nil, !rules.undergoVerbs.isEmpty,
            let verb = (max(s.clause.lowerBound, s.trig.range.lowerBound - 4)..<s.trig.range.lowerBound).last(where: { words.undergoVerbs.contains(s.tokens, $0) }),
            let subject = roles.subjectCandidates.last(where: { $0.range.upperBound <= verb }),
            let from = s.after.first(where: { $0.previousIndex >= s.trig.range.upperBound && words.origins.contains(s.tokens, $0.previousIndex) }),
            !from.isPlace, agentReaches(from: s.trig.range.upperBound, to: from.previousIndex, s.tokens)
        else { return nil }
        return (from, subject)
    }

    /// A passive's parties ("diusir oleh Rusia", "was expelled by Russia"): the subject (or the
    /// last name before the trigger) is the target, the agent after "oleh" / "by" the source; else
    /// where the act comes from ("missiles were fired from Iran at Israel"), or whoever reports it
    /// ("Slovenia mengatakan 33 diplomat Rusia akan diusir").
    func passiveParties(_ s: TriggerScope, subject: ActorGroup?) -> (source: ActorGroup?, target: ActorGroup?) {
        let trig = s.trig, tokens = s.tokens, after = s.after
        var target =
            subject ?? s.before.last(where: { !$0.isPlace && !isClass($0.previousIndex, .locative) })
            // "Pertumpahan darah di Sudan dikecam oleh PBB": the state where the condemned event happened.
            ?? (s.type.refersBack
                ? s.before.last(where: { g in
                    isClass(g.previousIndex, .locative)
                        && (max(s.range.lowerBound, g.previousIndex - 3)..<g.previousIndex).contains { words.domesticEvents.contains(tokens, $0) }
                }) : nil)
        var source = after.first { isClass($0.previousIndex, .passiveAgent) }
        // "rudal ditembakkan dari Iran ke Israel", "missiles were fired from Iran at Israel": where the
        // act comes from does it, and the target follows its preposition.
        if source == nil, let from = after.first(where: { words.origins.contains(tokens, max(0, $0.previousIndex)) && !$0.isPlace }),
            from.range.lowerBound - trig.range.upperBound <= 4,
            let to = after.first(where: {
                $0.range.lowerBound > from.range.upperBound && isClass($0.previousIndex, .targetPreposition)
                    && $0.range.lowerBound - from.range.upperBound <= 3
            })
        {
            source = from
            if subject == nil || target?.actors == from.actors { target = to }
        }
        // "Slovenia mengatakan 33 diplomat Rusia akan diusir": with no agent, whoever reports the act does it.
        if source == nil, let t = target, let verb = (s.range.lowerBound..<t.range.lowerBound).last(where: { isClass($0, .reporting) }) {
            source = s.groups.last { g in g.range.upperBound <= verb && !g.isPlace && !s.isPrepositional(g) && !g.isSpeaker }
        }
        return (source, target)
    }

    /// The target of an active directed trigger: the first group after it (and after the noun's
    /// genitive) in its phrase, up to a comma or a preposition of place or company, that is no
    /// location, partner or agent — unless the trigger asks for it: its own preposition ("spoke
    /// with"), a partner naming the target ("threatened to sever relations with Mali"), a visit's
    /// place ("took refuge in Peru"), the agent of the act condemned ("condemned the air strikes by
    /// the Syrian regime"), the role it asks for ("summoned officials from the Russian embassy") or
    /// an attack's place ("aksi militer di Ukraina"). Past another directed act ("condemned the
    /// attack on Ukraine"), only that act's own agent named right after it.
    func findTarget(_ s: TriggerScope, _ roles: TriggerRoles) -> ActorGroup? {
        let trig = s.trig, tokens = s.tokens, type = s.type, pattern = s.pattern, innerTriggers = s.innerTriggers
        let genitive = roles.genitive, agentAfterObject = roles.agentAfterObject
        let afterSource = s.after.filter { g in
            guard let gen = genitive else { return true }
            return g.range.lowerBound >= gen.range.upperBound || (agentAfterObject && g.range.upperBound <= gen.range.lowerBound)
        }
        var searchFrom = agentAfterObject ? trig.range.upperBound : genitive?.range.upperBound ?? trig.range.upperBound
        for g in afterSource where !g.modifiesAllyNoun {
            if g.range.lowerBound - trig.range.upperBound > 12 { return nil }
            // A comma or a preposition of place or company ends the trigger's phrase.
            let stretch = searchFrom..<max(searchFrom, g.previousIndex)
            let partnerNamesTarget = type.embeds || type.partnerTarget
            // "strikes by the Syrian regime and its backer Russia": a name joined to the agent is another agent.
            if genitive != nil, stretch.contains(where: { isClass($0, .coordinator) && tokens[$0].kind == .word }) { return nil }
            // "threatened to strike targets in Israel": where the act a threat announces happens is its target.
            let contentPlace =
                type.embeds && isClass(g.previousIndex, .locative)
                && stretch.contains(where: { words.contentLinks.contains(tokens, $0) })
            // "melarikan diri dari Rusia, termasuk ke Finlandia": a comma before "including" goes on.
            if stretch.contains(where: {
                (tokens.text($0) == "," && !($0 + 1 < g.range.lowerBound && rules.inclusions.contains(tokens.lower($0 + 1))))
                    || (isClass($0, .locative) && !contentPlace)
                    || (!partnerNamesTarget && isClass($0, .partnerPreposition))
            }) {
                return nil
            }
            searchFrom = max(searchFrom, g.range.upperBound)
            // "withdrew its peacekeepers from Somalia": the source's own agents are what it moves, not whom it acts on.
            if let own = roles.genitive ?? roles.subject, g.actors == own.actors, g.mentions.allSatisfy({ $0.agentRole != nil }) { continue }
            // "threatened to sever relations with Mali": a threat's content names its target with any preposition;
            // "peacekeepers arrived in South Sudan": a deployment's place is whom it helps.
            // "condemned the air strikes by the Syrian regime": the agent of the act condemned.
            // "demanded an immediate admission by Moscow": the agent of what a protest is about, act or not.
            let agentOfInner =
                type.hostile && isClass(g.previousIndex, .passiveAgent)
                && (innerTriggers.contains { inner in
                    inner.range.lowerBound >= trig.range.upperBound && lexicon.facts[inner.type].directed
                        && g.previousIndex >= inner.range.upperBound && agentReaches(from: inner.range.upperBound, to: g.previousIndex, tokens)
                } || (type.refersBack && !s.form.isPassive && agentReaches(from: trig.range.upperBound, to: g.previousIndex, tokens, throughRelative: true)))
            // "summoned officials from the Russian embassy": the role the trigger asks for, wherever it works.
            let roleAsked = s.hasObjectRole(g)
            // "aksi militer di Ukraina": an attack's place right after it is its target.
            let placeRightAfter = type.placeTarget && isClass(g.previousIndex, .locative) && g.previousIndex == trig.range.upperBound
            // "condemned the violence in Myanmar": the state where an event it answers for happens.
            let domesticEvent =
                type.refersBack && isClass(g.previousIndex, .locative) && stretch.count <= 4
                && stretch.contains(where: { words.domesticEvents.contains(tokens, $0) })
            let accepted =
                s.isInTrigger(g) || (partnerNamesTarget && isClass(g.previousIndex, .partnerPreposition))
                || (pattern.visit && isClass(g.previousIndex, .locative)) || agentOfInner || roleAsked || placeRightAfter || contentPlace
                || domesticEvent
            if !accepted,
                isClass(g.previousIndex, .locative) || isClass(g.previousIndex, .partnerPreposition)
                    || isClass(g.previousIndex, .passiveAgent)
            {
                continue
            }
            // Past another directed act ("condemned the attack on Ukraine", "memprotes pengiriman
            // pasukan Korea Utara"), the target is that act's own agent, named right after it.
            // "shipped containers of ammunition to Russia": an object naming the same act is no other act.
            if let inner = innerTriggers.first(where: {
                $0.range.lowerBound >= trig.range.upperBound && $0.range.upperBound <= g.range.lowerBound
                    && lexicon.facts[$0.type].directed
                    && !($0.type == trig.type && !innerIsVerb($0, s) && !lexicon.shapes[$0.patternIndex].evaluates)
            }) {
                if innerIsVerb(inner, s) { return nil }
                let genitiveOfInner =
                    g.range.lowerBound - inner.range.upperBound <= 2 && !s.isPrepositional(g) || agentOfInner
                    || (inner.range.count > 1 && g.range.lowerBound > inner.range.lowerBound && g.range.lowerBound < inner.range.upperBound)
                // "the ramming of a Vietnamese boat by a Chinese vessel": the act's object, its agent follows.
                if !genitiveOfInner, let last = innerTriggers.last(where: { $0.range.upperBound <= g.range.lowerBound && $0.range.lowerBound >= inner.range.lowerBound }),
                    g.previousIndex == last.range.upperBound, words.genitiveLinks.contains(tokens, g.previousIndex),
                    afterSource.contains(where: {
                        $0.range.lowerBound > g.range.upperBound && isClass($0.previousIndex, .passiveAgent)
                            && agentReaches(from: last.range.upperBound, to: $0.previousIndex, tokens)
                    })
                {
                    continue
                }
                if !genitiveOfInner { return nil }
            }
            // "took refuge in Peru": where a visit or an arrival ends is its target too.
            if type.targetPrepositionRequired && !isClass(g.previousIndex, .targetPreposition)
                && !(pattern.visit && isClass(g.previousIndex, .locative))
            {
                continue
            }
            if let role = pattern.objectRole, !g.mentions.contains(where: { roleName($0) == role }) { continue }
            return g
        }
        return nil
    }

    /// Whether a directed act after the trigger is a verb, which starts a clause of its own
    /// ("mengecam latihan itu dan mengancam Korea Selatan"), rather than a noun whose agent may be
    /// the target ("memprotes pengiriman pasukan Korea Utara"). A judgement ("unlawful ... conduct
    /// by X") is an adjective, not a verb.
    func innerIsVerb(_ inner: Trigger, _ s: TriggerScope) -> Bool {
        let tokens = s.tokens, range = s.range
        let innerFirst = tokens.lower(inner.range.lowerBound)
        return lexicon.patterns[inner.patternIndex].evaluates
            ? false
            : s.modifierFirst
                ? !(inner.range.lowerBound > range.lowerBound && words.nounMarkers.contains(tokens, inner.range.lowerBound - 1))
                    && !markedPastAdjectives(inner.range.lowerBound, tokens, range)
                : isVerb(innerFirst)
    }

    /// "Ukraine, which Moscow invaded": the name a relative clause hangs on is its verb's object.
    func relativeAntecedent(_ s: TriggerScope, source: ActorGroup) -> ActorGroup? {
        let tokens = s.tokens
        guard source.range.lowerBound - 1 > s.range.lowerBound,
            rules.objectRelatives.contains(tokens.lower(source.range.lowerBound - 1)),
            let antecedent = s.groups.last(where: { $0.range.upperBound < source.range.lowerBound }), !antecedent.isPlace || s.type.placeTarget,
            (antecedent.range.upperBound..<(source.range.lowerBound - 1)).allSatisfy({ tokens.text($0) == "," })
        else { return nil }
        return antecedent
    }

    /// "demanded that Japan withdraw", "mendesak agar Rusia menarik": with no target in the
    /// clause, the subject of the complement clause right after the trigger is addressed.
    func complementSubject(_ s: TriggerScope) -> ActorGroup? {
        let cl = s.clause, trig = s.trig
        guard !s.type.targetPrepositionRequired, cl.upperBound < s.range.upperBound,
            cl.upperBound - trig.range.upperBound <= 2, isClass(cl.upperBound, .complementizer),
            let g = s.groups.first(where: { $0.range.lowerBound > cl.upperBound && $0.range.lowerBound - cl.upperBound <= 3 && !$0.isPlace }),
            !s.isPrepositional(g)
        else { return nil }
        return g
    }
}
