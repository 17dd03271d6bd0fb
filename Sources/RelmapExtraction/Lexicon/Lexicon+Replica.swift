/// Deep copies, so that each worker thread reads a lexicon of its own.
///
/// Swift values share their buffers until written; threads that read the same buffers update the
/// same reference counts, and the cores then fight over those cache lines. A replica has fresh
/// buffers throughout, which lets extraction scale with the cores.
extension Lexicon {
    /// A copy of this lexicon that shares no storage with it.
    public func replica() -> Lexicon {
        var copy = Lexicon()
        for a in actors {
            copy.add(ActorEntry(id: fresh(a.id), kind: a.kind, label: fresh(a.label), names: a.names.map(fresh),
                                contextNames: a.contextNames.map(fresh), contextActors: a.contextActors.map(fresh)))
        }
        copy.people = people.map {
            PersonEntry(name: fresh($0.name), aliases: $0.aliases.map(fresh), short: $0.short.map(fresh), actor: fresh($0.actor),
                        role: fresh($0.role), terms: $0.terms.map { .init(from: fresh($0.from), to: $0.to.map(fresh)) })
        }
        copy.places = places.map { PlaceEntry(name: fresh($0.name), actor: fresh($0.actor)) }
        copy.agents = agents.map { AgentRole(role: fresh($0.role), words: $0.words.map(fresh)) }
        for t in types {
            var triggers: [String: [TriggerPattern]] = [:]
            for (lang, patterns) in t.triggers {
                triggers[fresh(lang)] = patterns.map { TriggerPattern(fresh($0.text), objectRole: $0.objectRole.map(fresh), visit: $0.visit,
                                                                     addressee: $0.addressee) }
            }
            var type = RelationType(name: fresh(t.name), directed: t.directed, polarity: t.polarity, intensity: t.intensity,
                                    plover: t.plover.map(fresh), targetPrepositionRequired: t.targetPrepositionRequired, triggers: triggers)
            type.embeds = t.embeds
            type.placeTarget = t.placeTarget
            type.futureOf = t.futureOf.map(fresh)
            type.cutOf = t.cutOf.map(fresh)
            copy.add(type)
        }
        for (lang, r) in languages { copy.languages[fresh(lang)] = r.replica() }
        return copy
    }
}

extension LanguageRules {
    /// A copy that shares no storage with this one.
    func replica() -> LanguageRules {
        func set(_ s: Set<String>) -> Set<String> { Set(s.map(fresh)) }
        var c = LanguageRules()
        c.targetPrepositions = set(targetPrepositions)
        c.partnerPrepositions = set(partnerPrepositions)
        c.between = set(between)
        c.coordinators = set(coordinators)
        c.passiveAgent = set(passiveAgent)
        c.placePrepositions = set(placePrepositions)
        c.locativePrepositions = set(locativePrepositions)
        c.predicatives = set(predicatives)
        c.demonstratives = set(demonstratives)
        c.complementizers = set(complementizers)
        c.determiners = set(determiners)
        c.negations = negations.map(fresh)
        c.notNegations = notNegations.map(fresh)
        c.reversals = set(reversals)
        c.hedges = set(hedges)
        c.speakerMarkers = speakerMarkers.map(fresh)
        c.clauseBreaks = set(clauseBreaks)
        c.verbPrefixes = verbPrefixes.map(fresh)
        c.notVerbs = set(notVerbs)
        c.pairReferences = pairReferences.map(fresh)
        c.singleReferences = singleReferences.map(fresh)
        c.pluralReferences = pluralReferences.map(fresh)
        c.abbreviations = set(abbreviations)
        c.notNames = set(notNames)
        c.lightVerbs = set(lightVerbs)
        c.conditionals = set(conditionals)
        c.futureMarkers = futureMarkers.map(fresh)
        c.cuts = set(cuts)
        c.recipientPrepositions = set(recipientPrepositions)
        c.topicPrepositions = set(topicPrepositions)
        c.pronouns = set(pronouns)
        c.partitives = set(partitives)
        c.continuations = set(continuations)
        return c
    }
}

/// A string with storage of its own (short strings are stored inline and share nothing anyway).
private func fresh(_ s: String) -> String {
    String(decoding: Array(s.utf8), as: UTF8.self)
}
