import RelmapCorpus

/// A state or organisation of the lexicon, with every name the press uses for it.
public struct ActorEntry: Sendable, Hashable {
    /// The code used in graphs and output: `PRK`, `NATO`.
    public var id: String
    /// State or organisation.
    public var kind: ActorKind
    /// A readable English name for maps and tables.
    public var label: String
    /// Names, short forms, capitals, metonyms and demonyms, in any language.
    public var names: [String]
    /// Names that stand for this actor only once the article has named one of ``contextActors``
    /// ("Utara" for North Korea in news about the two Koreas).
    public var contextNames: [String]
    /// The actors that license ``contextNames``.
    public var contextActors: [String]

    /// Creates an actor entry.
    public init(
        id: String, kind: ActorKind = .state, label: String? = nil, names: [String] = [],
        contextNames: [String] = [], contextActors: [String] = []
    ) {
        self.id = id
        self.kind = kind
        self.label = label ?? id
        self.names = names
        self.contextNames = contextNames
        self.contextActors = contextActors
    }
}

/// A person who speaks for an actor during the terms of an office.
public struct PersonEntry: Sendable, Hashable {
    /// The full name.
    public var name: String
    /// Other spellings, matched anywhere.
    public var aliases: [String]
    /// Bare surnames, matched only after the full name appeared in the same article.
    public var short: [String]
    /// The state or organisation the person speaks for.
    public var actor: String
    /// The office (president, foreign minister ...).
    public var role: String
    /// The terms of office; an open term has no end.
    public var terms: [Term]

    /// One term of office, `YYYY-MM-DD` dates, the end exclusive and optional.
    public struct Term: Sendable, Hashable {
        /// First day in office.
        public var from: Day
        /// First day out of office, nil while in office.
        public var to: Day?

        /// Creates a term.
        public init(from: Day, to: Day? = nil) {
            self.from = from
            self.to = to
        }
    }

    /// Creates a person entry.
    public init(
        name: String, aliases: [String] = [], short: [String] = [], actor: String,
        role: String, terms: [Term]
    ) {
        self.name = name
        self.aliases = aliases
        self.short = short
        self.actor = actor
        self.role = role
        self.terms = terms
    }

    /// Whether the person held the office on `date`, or at any time in `year` when only a year is
    /// known. Without a date the person counts as in office.
    public func inOffice(on date: Day?, year: Int? = nil) -> Bool {
        if let year {
            guard let first = Day.first(ofYear: year), let last = Day.last(ofYear: year) else {
                // A year no day is written in: past every term's end (only open terms), or before all.
                return year > 9999 && terms.contains { $0.to == nil }
            }
            return terms.contains { $0.from <= last && ($0.to.map { $0 > first } ?? true) }
        }
        guard let date else { return true }
        return terms.contains { $0.from <= date && ($0.to.map { date < $0 } ?? true) }
    }
}

/// A place inside a state that stands for the state as the object of an action.
public struct PlaceEntry: Sendable, Hashable {
    /// The place's name.
    public var name: String
    /// The state it belongs to.
    public var actor: String

    /// Creates a place entry.
    public init(name: String, actor: String) {
        self.name = name
        self.actor = actor
    }
}

/// A role that combines with a state into an agency of it ("duta besar" + "Rusia").
public struct AgentRole: Sendable, Hashable {
    /// The role's name: military, diplomat, government ...
    public var role: String
    /// The words for it, in any language.
    public var words: [String]

    /// Creates an agent role.
    public init(role: String, words: [String]) {
        self.role = role
        self.words = words
    }
}
