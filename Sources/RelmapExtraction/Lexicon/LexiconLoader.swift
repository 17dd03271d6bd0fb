import Foundation
import RelmapCorpus
import Yams

/// Reads lexicon files (YAML; JSON works too) into a ``Lexicon``.
///
/// A file is a mapping with any of the keys `actors`, `people`, `places`, `agents`, `types`,
/// `languages` and `detection`; the README documents the first six with an example, and
/// `detect.yaml` the last.
enum LexiconLoader {
    static func load(path: String, into lexicon: inout Lexicon) throws(LexiconError) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw LexiconError(path: path, line: nil, reason: "no such file")
        }
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)
        else {
            throw LexiconError(path: path, line: nil, reason: "not readable as UTF-8 text")
        }
        guard let root = try parse(text, path: path) else { return }
        guard let mapping = root.mapping else {
            throw LexiconError(path: path, line: root.line, reason: "expected a mapping with keys such as 'actors' or 'types'")
        }
        let reader = Reader(path: path)
        let peopleBefore = lexicon.people.count, placesBefore = lexicon.places.count
        for (key, value) in mapping {
            switch key.string ?? "" {
            case "actors": try reader.actors(value, into: &lexicon)
            case "people": lexicon.people += try reader.people(value)
            case "places": lexicon.places += try reader.places(value)
            case "agents": lexicon.agents += try reader.agents(value)
            case "types": try reader.types(value, into: &lexicon)
            case "languages": try reader.languages(value, into: &lexicon)
            case "detection": try reader.detection(value, into: &lexicon)
            case let other:
                throw LexiconError(
                    path: path, line: key.line,
                    reason: "unknown key '\(other)' (expected actors, people, places, agents, types, languages or detection)")
            }
        }
        // A person or place of this file names an actor some file defines (this one included).
        let unknown =
            lexicon.people[peopleBefore...].map { ("person '\($0.name)'", $0.actor) }
            + lexicon.places[placesBefore...].map { ("place '\($0.name)'", $0.actor) }
        if let (what, actor) = unknown.first(where: { lexicon.actor($0.1) == nil }) {
            throw LexiconError(
                path: path, line: nil,
                reason: "\(what) belongs to actor '\(actor)', which no actors entry defines (add it under 'actors' or use a known id such as USA)")
        }
    }

    /// The root node of the YAML `text` of the file at `path`, nil for an empty document.
    ///
    /// The plain YAML lexicon files are written in is read by ``LexiconYAML``; anything else, and
    /// every mistake, by Yams, which words the error.
    static func parse(_ text: String, path: String) throws(LexiconError) -> LexiconNode? {
        switch LexiconYAML.parse(text) {
        case .empty?: return nil
        case .node(let node)?: return node
        case nil: break
        }
        do {
            // Every value is read as text, so tags need no resolving: the default resolver runs a dozen
            // regular expressions on every key (it hashes keys to find duplicates), most of the load time.
            return try Yams.compose(yaml: text, .basic).map(LexiconNode.init)
        } catch {
            let problem = YAMLProblem(error)
            throw LexiconError(path: path, line: problem.line, reason: "not valid YAML: \(problem.reason)")
        }
    }

    /// Typed access to YAML nodes with errors that point at the line.
    struct Reader {
        let path: String

        func fail(_ node: LexiconNode?, _ reason: String) -> LexiconError {
            LexiconError(path: path, line: node?.line, reason: reason)
        }

        func sequence(_ node: LexiconNode, _ what: String) throws(LexiconError) -> [LexiconNode] {
            guard let s = node.sequence else { throw fail(node, "'\(what)' must be a list") }
            return Array(s)
        }

        func fields(_ node: LexiconNode, _ what: String) throws(LexiconError) -> [String: LexiconNode] {
            guard let m = node.mapping else { throw fail(node, "each entry of '\(what)' must be a mapping") }
            var out: [String: LexiconNode] = [:]
            out.reserveCapacity(m.count)
            for (k, v) in m { if let key = k.string { out[key] = v } }
            return out
        }

        func string(_ f: [String: LexiconNode], _ key: String, in node: LexiconNode, required: Bool = true) throws(LexiconError) -> String? {
            guard let v = f[key], v.scalar != nil, !(v.scalar?.string == "null" || v.scalar?.string == "~") else {
                if required { throw fail(node, "missing '\(key)'") }
                return nil
            }
            return v.scalar?.string
        }

        func strings(_ f: [String: LexiconNode], _ key: String) throws(LexiconError) -> [String] {
            guard let v = f[key] else { return [] }
            if let s = v.scalar?.string { return [s] }
            guard let seq = v.sequence else { throw fail(v, "'\(key)' must be a list of strings") }
            var out: [String] = []
            for item in seq {
                guard let s = item.scalar?.string else { throw fail(item, "'\(key)' must be a list of strings") }
                out.append(s)
            }
            return out
        }

        func actors(_ node: LexiconNode, into lexicon: inout Lexicon) throws(LexiconError) {
            for item in try sequence(node, "actors") {
                let f = try fields(item, "actors")
                try onlyKnownKeys(item, ["id", "kind", "label", "names", "context_names", "context_actors"], "an actor")
                guard let id = try string(f, "id", in: item) else { continue }
                var kind = ActorKind.state
                if let k = try string(f, "kind", in: item, required: false) {
                    guard let parsed = ActorKind(known: k) else {
                        throw fail(item, "unknown kind '\(k)' (state, organisation, person or agency)")
                    }
                    kind = parsed
                }
                let label = try string(f, "label", in: item, required: false)
                let entry = ActorEntry(
                    id: id, kind: kind, label: label, names: try strings(f, "names"),
                    contextNames: try strings(f, "context_names"),
                    contextActors: try strings(f, "context_actors"))
                lexicon.add(entry, kindGiven: f["kind"] != nil, labelGiven: label != nil)
            }
        }

        func people(_ node: LexiconNode) throws(LexiconError) -> [PersonEntry] {
            var out: [PersonEntry] = []
            for item in try sequence(node, "people") {
                let f = try fields(item, "people")
                try onlyKnownKeys(item, ["name", "aliases", "short", "actor", "role", "terms"], "a person")
                guard let name = try string(f, "name", in: item), let actor = try string(f, "actor", in: item) else { continue }
                var terms: [PersonEntry.Term] = []
                if let t = f["terms"] {
                    for term in try sequence(t, "terms") {
                        let parts = try sequence(term, "terms")
                        let dates = parts.compactMap { $0.scalar?.string }.filter { $0 != "null" }
                        guard let from = dates.first.flatMap(Day.init(startOf:)) else {
                            throw fail(term, "a term is [FROM] or [FROM, TO] with YYYY-MM-DD dates")
                        }
                        let to = dates.count > 1 ? Day(startOf: dates[1]) : nil
                        if dates.count > 1 && to == nil { throw fail(term, "'\(dates[1])' is not YYYY-MM-DD") }
                        terms.append(.init(from: from, to: to))
                    }
                }
                if terms.isEmpty, let always = Day(year: 1, month: 1, day: 1) { terms = [.init(from: always)] }
                out.append(
                    PersonEntry(
                        name: name, aliases: try strings(f, "aliases"), short: try strings(f, "short"),
                        actor: actor, role: try string(f, "role", in: item, required: false) ?? "official",
                        terms: terms))
            }
            return out
        }

        func places(_ node: LexiconNode) throws(LexiconError) -> [PlaceEntry] {
            var out: [PlaceEntry] = []
            for item in try sequence(node, "places") {
                let f = try fields(item, "places")
                try onlyKnownKeys(item, ["name", "actor"], "a place")
                if let name = try string(f, "name", in: item), let actor = try string(f, "actor", in: item) {
                    out.append(PlaceEntry(name: name, actor: actor))
                }
            }
            return out
        }

        func agents(_ node: LexiconNode) throws(LexiconError) -> [AgentRole] {
            var out: [AgentRole] = []
            for item in try sequence(node, "agents") {
                let f = try fields(item, "agents")
                try onlyKnownKeys(item, ["role", "words"], "an agent role")
                if let role = try string(f, "role", in: item) {
                    out.append(AgentRole(role: role, words: try strings(f, "words")))
                }
            }
            return out
        }

        /// The keys a type entry and a trigger entry may have.
        static let typeKeys = [
            "name", "directed", "polarity", "intensity", "plover", "target_preposition", "triggers", "embeds",
            "place_target", "partner_target", "refers_back", "future_is_decision", "future_of", "cut_of"
        ]
        static let triggerKeys = ["words", "object", "subject", "visit", "addressee", "cut", "evaluates", "mutual", "apposition", "answers", "mediates"]

        /// Fails on the first key of the mapping `node` that is not one of `known`, at that key's line.
        func onlyKnownKeys(_ node: LexiconNode, _ known: [String], _ what: String) throws(LexiconError) {
            guard let m = node.mapping else { return }
            for (key, _) in m where !known.contains(key.string ?? "") {
                throw fail(key, "unknown key '\(key.string ?? "")' in \(what) (expected \(known.joined(separator: ", ")))")
            }
        }

        /// A setting that is true or false, nil when the entry does not state it.
        func flag(_ f: [String: LexiconNode], _ key: String, in node: LexiconNode) throws(LexiconError) -> Bool? {
            guard let text = try string(f, key, in: node, required: false) else { return nil }
            guard text == "true" || text == "false" else { throw fail(f[key], "'\(key)' is true or false, not '\(text)'") }
            return text == "true"
        }

        /// `types`: each entry a new type, or additions to the type of its name already known: that
        /// type keeps every setting and trigger it has; the triggers listed are added to its own, and
        /// only the settings the entry states replace its own (`future_of` and `cut_of` are added to).
        func types(_ node: LexiconNode, into lexicon: inout Lexicon) throws(LexiconError) {
            for item in try sequence(node, "types") {
                let f = try fields(item, "types")
                try onlyKnownKeys(item, Self.typeKeys, "a type")
                guard let name = try string(f, "name", in: item) else { continue }
                let known = lexicon.type(named: name)
                var polarity = known?.polarity ?? .hostile
                if let polarityText = try string(f, "polarity", in: item, required: false) {
                    guard let p = Polarity(known: polarityText) else {
                        throw fail(item, "polarity must be cooperative or hostile, not '\(polarityText)'")
                    }
                    polarity = p
                }
                var intensity = known?.intensity ?? 0
                if let intensityText = try string(f, "intensity", in: item, required: false) {
                    guard let i = Double(intensityText), (-10...10).contains(i) else {
                        throw fail(item, "intensity must be a number from -10 to 10, not '\(intensityText)'")
                    }
                    intensity = i
                }
                var triggers: [String: [TriggerPattern]] = [:]
                if let t = f["triggers"] {
                    guard let m = t.mapping else { throw fail(t, "'triggers' maps a language code to a list") }
                    for (lang, list) in m {
                        guard let code = lang.string else { continue }
                        var patterns: [TriggerPattern] = []
                        for p in try sequence(list, "triggers.\(code)") {
                            if let s = p.scalar?.string {
                                patterns.append(TriggerPattern(s))
                            } else {
                                let pf = try fields(p, "triggers.\(code)")
                                try onlyKnownKeys(p, Self.triggerKeys, "a trigger")
                                guard let words = try string(pf, "words", in: p) else { continue }
                                patterns.append(
                                    TriggerPattern(
                                        words, objectRole: try string(pf, "object", in: p, required: false),
                                        subjectRole: try string(pf, "subject", in: p, required: false),
                                        visit: try flag(pf, "visit", in: p) ?? false,
                                        addressee: try flag(pf, "addressee", in: p) ?? false,
                                        cutIsNoAct: (try string(pf, "cut", in: p, required: false)) == "none",
                                        evaluates: try flag(pf, "evaluates", in: p) ?? false,
                                        mutual: try flag(pf, "mutual", in: p) ?? false,
                                        apposition: try flag(pf, "apposition", in: p) ?? false,
                                        answers: try flag(pf, "answers", in: p) ?? false,
                                        mediates: try flag(pf, "mediates", in: p) ?? false))
                            }
                        }
                        triggers[code] = patterns
                    }
                }
                // A known type's settings stay unless stated; `Lexicon.add` appends the triggers to its own.
                var type = known ?? RelationType(name: name, directed: true, polarity: polarity, intensity: intensity)
                type.polarity = polarity
                type.intensity = intensity
                type.triggers = triggers
                if let v = try flag(f, "directed", in: item) { type.directed = v }
                if f["plover"] != nil { type.plover = try string(f, "plover", in: item, required: false) }
                if let v = try string(f, "target_preposition", in: item, required: false) { type.targetPrepositionRequired = v == "required" }
                if let v = try flag(f, "embeds", in: item) { type.embeds = v }
                if let v = try flag(f, "place_target", in: item) { type.placeTarget = v }
                if let v = try flag(f, "partner_target", in: item) { type.partnerTarget = v }
                if let v = try flag(f, "refers_back", in: item) { type.refersBack = v }
                if let v = try flag(f, "future_is_decision", in: item) { type.futureIsDecision = v }
                for t in try strings(f, "future_of") where !type.futureOf.contains(t) { type.futureOf.append(t) }
                for t in try strings(f, "cut_of") where !type.cutOf.contains(t) { type.cutOf.append(t) }
                lexicon.add(type)
            }
        }

        func languages(_ node: LexiconNode, into lexicon: inout Lexicon) throws(LexiconError) {
            guard let m = node.mapping else { throw fail(node, "'languages' maps a language code to its words") }
            for (lang, value) in m {
                guard let code = lang.string else { continue }
                let f = try fields(value, "languages")
                var r = lexicon.languages[code] ?? LanguageRules()
                // Every key read below is known; any other is a mistake to name.
                var known = ["modifiers_before_nouns", "morphology", "reference"]
                func set(_ key: String, _ apply: (inout LanguageRules, [String]) -> Void) throws(LexiconError) {
                    known.append(key)
                    let words = try strings(f, key).map { $0.lowercased() }
                    if !words.isEmpty { apply(&r, words) }
                }
                try set("target_prepositions") { $0.targetPrepositions.formUnion($1) }
                try set("partner_prepositions") { $0.partnerPrepositions.formUnion($1) }
                try set("between") { $0.between.formUnion($1) }
                try set("coordinators") { $0.coordinators.formUnion($1) }
                try set("passive_agent") { $0.passiveAgent.formUnion($1) }
                try set("locative_prepositions") { $0.locativePrepositions.formUnion($1) }
                try set("place_prepositions") { $0.placePrepositions.formUnion($1) }
                try set("demonstratives") { $0.demonstratives.formUnion($1) }
                try set("complementizers") { $0.complementizers.formUnion($1) }
                try set("not_names") { $0.notNames.formUnion($1) }
                try set("name_parts") { $0.nameParts.formUnion($1) }
                try set("person_titles") { $0.personTitles.formUnion($1) }
                try set("organisation_words") { $0.organisationWords.formUnion($1) }
                try set("predicatives") { $0.predicatives.formUnion($1) }
                try set("determiners") { $0.determiners.formUnion($1) }
                try set("negations") { $0.negations += $1 }
                try set("not_negations") { $0.notNegations += $1 }
                try set("idioms") { $0.idioms += $1 }
                try set("relatives") { $0.relatives.formUnion($1) }
                try set("inclusions") { $0.inclusions.formUnion($1) }
                try set("personal_pronouns") { $0.personalPronouns.formUnion($1) }
                try set("reversals") { $0.reversals.formUnion($1) }
                try set("hedges") { $0.hedges.formUnion($1) }
                try set("speaker_markers") { $0.speakerMarkers += $1 }
                try set("clause_breaks") { $0.clauseBreaks.formUnion($1) }
                try set("verb_prefixes") { $0.verbPrefixes += $1 }
                try set("not_verbs") { $0.notVerbs.formUnion($1) }
                try set("abbreviations") { $0.abbreviations.formUnion($1) }
                try set("light_verbs") { $0.lightVerbs.formUnion($1) }
                try set("conditionals") { $0.conditionals.formUnion($1) }
                try set("future_markers") { $0.futureMarkers += $1 }
                try set("decision_markers") { $0.decisionMarkers.formUnion($1) }
                try set("cuts") { $0.cuts.formUnion($1) }
                try set("recipient_prepositions") { $0.recipientPrepositions.formUnion($1) }
                try set("topic_prepositions") { $0.topicPrepositions.formUnion($1) }
                try set("pronouns") { $0.pronouns.formUnion($1) }
                try set("partitives") { $0.partitives.formUnion($1) }
                try set("representatives") { $0.representatives.formUnion($1) }
                try set("continuations") { $0.continuations.formUnion($1) }
                try set("subordinators") { $0.subordinators.formUnion($1) }
                try set("first_person") { $0.firstPerson.formUnion($1) }
                try set("reporting_verbs") { $0.reportingVerbs.formUnion($1) }
                try set("reciprocals") { $0.reciprocals += $1 }
                try set("exclusions") { $0.exclusions.formUnion($1) }
                try set("numerals") { $0.numerals.formUnion($1) }
                try set("possessive_pronouns") { $0.possessivePronouns.formUnion($1) }
                try set("possessive_clitics") { $0.possessiveClitics += $1 }
                if let v = f["modifiers_before_nouns"] {
                    guard let b = v.bool else { throw fail(v, "'modifiers_before_nouns' is true or false") }
                    r.modifiersBeforeNouns = b
                }
                if let v = f["morphology"] {
                    guard let m = v.string.flatMap(LanguageRules.Morphology.init(rawValue:)) else {
                        throw fail(v, "'morphology' is affixing or inflecting")
                    }
                    r.morphology = m
                }
                try set("passive_auxiliaries") { $0.passiveAuxiliaries.formUnion($1) }
                try set("participle_endings") { $0.participleEndings += $1 }
                try set("irregular_participles") { $0.irregularParticiples.formUnion($1) }
                try set("noun_markers") { $0.nounMarkers.formUnion($1) }
                try set("noun_endings") { $0.nounEndings += $1 }
                try set("adjective_endings") { $0.adjectiveEndings += $1 }
                try set("adjectives") { $0.adjectives.formUnion($1) }
                try set("genitive_links") { $0.genitiveLinks.formUnion($1) }
                try set("free_relatives") { $0.freeRelatives.formUnion($1) }
                try set("undergo_verbs") { $0.undergoVerbs.formUnion($1) }
                try set("verb_roots") { $0.verbRoots.formUnion($1) }
                try set("namely") { $0.namely.formUnion($1) }
                try set("agent_noun_endings") { $0.agentNounEndings += $1 }
                try set("event_nouns") { $0.eventNouns.formUnion($1) }
                try set("domestic_events") { $0.domesticEvents.formUnion($1) }
                try set("object_relatives") { $0.objectRelatives.formUnion($1) }
                try set("object_clitics") { $0.objectClitics += $1 }
                try set("object_pronouns") { $0.objectPronouns.formUnion($1) }
                try set("possessive_marks") { $0.possessiveMarks.formUnion($1) }
                try set("content_links") { $0.contentLinks.formUnion($1) }
                try set("origins") { $0.origins.formUnion($1) }
                if let refNode = f["reference"] {
                    let rf = try fields(refNode, "reference")
                    r.pairReferences += try strings(rf, "pair").map { $0.lowercased() }
                    r.singleReferences += try strings(rf, "single").map { $0.lowercased() }
                    r.pluralReferences += try strings(rf, "plural").map { $0.lowercased() }
                    r.rulerReferences += try strings(rf, "ruler").map { $0.lowercased() }
                    r.subjectReferences += try strings(rf, "subject").map { $0.lowercased() }
                }
                try onlyKnownKeys(value, known, "a language")
                if let refNode = f["reference"] { try onlyKnownKeys(refNode, ["pair", "single", "ruler", "plural", "subject"], "a language's reference") }
                lexicon.languages[code] = r
            }
        }

        /// `detection`: a language code to its `words`, `prefixes`, `suffixes` and `not_affixed`
        /// lists, added to what is already known of that language.
        func detection(_ node: LexiconNode, into lexicon: inout Lexicon) throws(LexiconError) {
            guard let m = node.mapping else { throw fail(node, "'detection' maps a language code to its words and affixes") }
            for (lang, value) in m {
                guard let code = lang.string else { continue }
                let f = try fields(value, "detection")
                for key in f.keys.sorted() where !["words", "prefixes", "suffixes", "not_affixed"].contains(key) {
                    throw fail(value, "unknown key '\(key)' under detection.\(code) (expected words, prefixes, suffixes or not_affixed)")
                }
                var e = lexicon.detection[code] ?? DetectionEvidence()
                e.words.formUnion(try strings(f, "words").map { $0.lowercased() })
                for p in try strings(f, "prefixes").map({ $0.lowercased() }) where !e.prefixes.contains(p) { e.prefixes.append(p) }
                for s in try strings(f, "suffixes").map({ $0.lowercased() }) where !e.suffixes.contains(s) { e.suffixes.append(s) }
                e.notAffixed.formUnion(try strings(f, "not_affixed").map { $0.lowercased() })
                lexicon.detection[code] = e
            }
        }
    }
}
