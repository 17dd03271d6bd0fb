import Foundation

/// Everything relmap knows about actors and relations: states and organisations with their names,
/// people with their terms of office, agents, places, the codebook of relation types with their
/// triggers, each language's function words, and the evidence that tells the languages apart.
///
/// The bundled lexicon lives in YAML files (`Resources/lexicon`); ``merging(_:)`` adds a user's
/// files on top (`--lexicon FILE`), so that names, people and whole relation types can be added.
public struct Lexicon: Sendable {
    /// Actors by id, in the order first defined.
    public private(set) var actors: [ActorEntry] = []
    private var actorIndex: [String: Int] = [:]
    /// People with their terms of office.
    public var people: [PersonEntry] = []
    /// Places that stand for their state.
    public var places: [PlaceEntry] = []
    /// Agent roles.
    public var agents: [AgentRole] = []
    /// The codebook, in order.
    public private(set) var types: [RelationType] = []
    /// Function words by language code.
    public var languages: [String: LanguageRules] = [:]
    /// What tells each language from the others, by language code (``LanguageDetector``).
    public var detection: [String: DetectionEvidence] = [:]

    /// An empty lexicon.
    public init() {}

    /// The actor with `id`, if any.
    public func actor(_ id: String) -> ActorEntry? {
        actorIndex[id].map { actors[$0] }
    }

    /// The codebook entry for a type name.
    public func type(named name: String) -> RelationType? {
        types.first { $0.name == name }
    }

    /// Adds an actor, or merges its names into the actor with the same id.
    public mutating func add(_ entry: ActorEntry, kindGiven: Bool = true, labelGiven: Bool = true) {
        if let i = actorIndex[entry.id] {
            var existing = actors[i]
            if kindGiven { existing.kind = entry.kind }
            if labelGiven { existing.label = entry.label }
            for name in entry.names where !existing.names.contains(name) { existing.names.append(name) }
            existing.contextNames += entry.contextNames.filter { !existing.contextNames.contains($0) }
            existing.contextActors += entry.contextActors.filter { !existing.contextActors.contains($0) }
            actors[i] = existing
        } else {
            actorIndex[entry.id] = actors.count
            actors.append(entry)
        }
    }

    /// Adds a relation type, or replaces the settings and extends the triggers of the one with its name.
    public mutating func add(_ type: RelationType) {
        if let i = types.firstIndex(where: { $0.name == type.name }) {
            var merged = type
            for (lang, patterns) in types[i].triggers {
                merged.triggers[lang] = patterns + (type.triggers[lang] ?? []).filter { !patterns.contains($0) }
            }
            types[i] = merged
        } else {
            types.append(type)
        }
    }

    /// The names of the bundled lexicon files, in the order they are read.
    public static let bundledFiles = [
        "countries", "aliases", "demonyms", "people", "places", "agents", "codebook", "language", "detect"
    ]

    /// The lexicon that ships with relmap.
    public static func bundled() throws(LexiconError) -> Lexicon {
        var lexicon = Lexicon()
        for name in bundledFiles {
            guard let url = Bundle.module.url(forResource: name, withExtension: "yaml", subdirectory: "lexicon") else {
                throw LexiconError(
                    path: "lexicon/\(name).yaml", line: nil,
                    reason: "bundled file missing from the build; rebuild relmap")
            }
            try LexiconLoader.load(path: url.path, into: &lexicon)
        }
        return lexicon
    }

    /// This lexicon with the user's files read on top, in order.
    public func merging(_ paths: [String]) throws(LexiconError) -> Lexicon {
        var lexicon = self
        for path in paths { try LexiconLoader.load(path: path, into: &lexicon) }
        return lexicon
    }
}
