/// What the extractor remembers while it reads one article: who was named, which bare surnames
/// stand for whom, and which group of actors a reference ("kedua negara") would mean.
struct ArticleContext {
    /// The article's date.
    var date: String?
    /// Actors named so far, in the order first named: an article names few, so a list is cheaper
    /// to keep than a hashed set.
    var seen: [String] = []
    /// Bare surnames licensed by a full name earlier in the article, with the actor and the person.
    var shorts: [String: (actor: String, person: String)] = [:]
    /// Names learnt from appositions ("Wakil Menteri Luar Negeri Korsel, Kim Hong Kyun").
    var learnt: [String: [([String], String)]] = [:]
    /// The last actor named (for "rezim tersebut").
    var lastActor: String?
    /// The state of the last person named, and the sentence that named them (for "she said").
    var lastPerson: (actor: String, sentence: Int)?
    /// The last actor named by its government or forces ("Militer Niger", "Myanmar's military"), for "the junta".
    var lastRuler: String?
    /// The subject of the last sentence that had one (for "It also warned ...").
    var lastSubject: [String] = []
    /// The last group of two or more actors (for "kedua negara").
    var lastGroup: [String] = []
    /// The sentence in which ``lastGroup`` was named.
    var lastGroupSentence = -10

    /// The state of the person named in the last sentences, for a personal pronoun in `sentence`.
    func recentPerson(_ sentence: Int) -> [String] {
        guard let p = lastPerson, sentence - p.sentence <= 2 else { return [] }
        return [p.actor]
    }

    mutating func learn(name tokens: [String], actor: String) {
        guard let first = tokens.first else { return }
        learnt[first, default: []].append((tokens, actor))
        // The family name (Korean and Chinese order) and the last name (Western order).
        if let last = tokens.last, tokens.count > 1 {
            shorts[first] = (actor, tokens.joined(separator: " "))
            shorts[last] = (actor, tokens.joined(separator: " "))
        }
    }
}
