import RelmapCorpus

/// What the extractor remembers while it reads one article: who was named, which bare surnames
/// stand for whom, and which group of actors a reference ("kedua negara") would mean.
struct ArticleContext {
    /// The article's date.
    var date: Day?
    /// Actors named so far, in the order first named: an article names few, so a list is cheaper
    /// to keep than a hashed set.
    var seen: [ActorID] = []
    /// Bare surnames licensed by a full name earlier in the article, with the actor and the person.
    private(set) var shorts: [String: (actor: ActorID, person: PersonID)] = [:]
    /// Names learnt from appositions ("Wakil Menteri Luar Negeri Korsel, Kim Hong Kyun").
    private(set) var learnt: [String: [([String], ActorID)]] = [:]
    /// Bit `h & 63` is set for the hash `h` (``Token/fnv(_:)``) of each key of ``shorts`` and of
    /// ``learnt``: most capitalised words are neither, and one bit test tells so without hashing
    /// the word for the dictionaries.
    private var shortKeys: UInt64 = 0, learntKeys: UInt64 = 0

    /// The context of an article dated `date`, before its first sentence.
    init(date: Day?) { self.date = date }

    /// Whether ``shorts`` may hold the word with hash `hash` (false: it does not).
    func mayHaveShort(hash: UInt64) -> Bool { shortKeys & (1 << (hash & 63)) != 0 }
    /// Whether ``learnt`` may hold the word with hash `hash` (false: it does not).
    func mayHaveLearnt(hash: UInt64) -> Bool { learntKeys & (1 << (hash & 63)) != 0 }

    /// Makes the bare surname `key` stand for `person` of `actor`.
    mutating func setShort(_ key: String, actor: ActorID, person: PersonID) {
        shorts[key] = (actor, person)
        shortKeys |= 1 << (Token.fnv(key) & 63)
    }
    /// The last actor named (for "rezim tersebut").
    var lastActor: ActorID?
    /// The state of the last person named, and the sentence that named them (for "she said").
    var lastPerson: (actor: ActorID, sentence: Int)?
    /// The last actor named by its government or forces ("Militer Niger", "Myanmar's military"), for "the junta".
    var lastRuler: ActorID?
    /// The subject of the last sentence that had one (for "It also warned ...").
    var lastSubject = ActorList()
    /// The last group of two or more actors (for "kedua negara").
    var lastGroup = ActorList()
    /// The sentence in which ``lastGroup`` was named.
    var lastGroupSentence = -10

    /// The state of the person named in the last sentences, for a personal pronoun in `sentence`.
    func recentPerson(_ sentence: Int) -> ActorList {
        guard let p = lastPerson, sentence - p.sentence <= 2 else { return ActorList() }
        return ActorList(p.actor)
    }

    /// Learns the name `tokens` (lower case) for `actor`; `person` names the person when the name
    /// has more than one word (a first or last name alone then stands for them).
    mutating func learn(name tokens: [String], actor: ActorID, person: () -> PersonID) {
        guard let first = tokens.first else { return }
        learnt[first, default: []].append((tokens, actor))
        learntKeys |= 1 << (Token.fnv(first) & 63)
        // The family name (Korean and Chinese order) and the last name (Western order).
        if let last = tokens.last, tokens.count > 1 {
            let who = person()
            setShort(first, actor: actor, person: who)
            setShort(last, actor: actor, person: who)
        }
    }
}
