/// The function-word classes of a word in one language, as bits: one table look-up per token
/// answers every "is this a preposition of place? a clause break? a hedge?" question the reader asks.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let targetPreposition = WordClass(rawValue: 1 << 0)
    static let partnerPreposition = WordClass(rawValue: 1 << 1)
    static let between = WordClass(rawValue: 1 << 2)
    static let coordinator = WordClass(rawValue: 1 << 3)
    static let passiveAgent = WordClass(rawValue: 1 << 4)
    static let locative = WordClass(rawValue: 1 << 5)
    static let placePreposition = WordClass(rawValue: 1 << 6)
    static let predicative = WordClass(rawValue: 1 << 7)
    static let demonstrative = WordClass(rawValue: 1 << 8)
    static let complementizer = WordClass(rawValue: 1 << 9)
    static let determiner = WordClass(rawValue: 1 << 10)
    static let reversal = WordClass(rawValue: 1 << 11)
    static let hedge = WordClass(rawValue: 1 << 12)
    static let clauseBreak = WordClass(rawValue: 1 << 13)
    static let lightVerb = WordClass(rawValue: 1 << 14)
    static let conditional = WordClass(rawValue: 1 << 15)
    static let cut = WordClass(rawValue: 1 << 16)
    static let recipient = WordClass(rawValue: 1 << 17)
    static let topic = WordClass(rawValue: 1 << 18)
    static let pronoun = WordClass(rawValue: 1 << 19)
    static let partitive = WordClass(rawValue: 1 << 20)
    static let continuation = WordClass(rawValue: 1 << 21)
    /// The first word of a negation phrase ("not", "refused" of "refused to").
    static let negationHead = WordClass(rawValue: 1 << 22)
    /// The first word of a future marker ("will", "plans" of "plans to").
    static let futureHead = WordClass(rawValue: 1 << 23)
    /// People who act for what follows "of" ("the leaders of").
    static let representative = WordClass(rawValue: 1 << 24)
    /// Words that open a clause of time or manner ("setelah", "after").
    static let subordinator = WordClass(rawValue: 1 << 25)
    /// Verbs that report speech or judgement ("mengatakan", "said").
    static let reporting = WordClass(rawValue: 1 << 26)
    /// Prepositions that set actors apart from the act ("selain", "besides").
    static let exclusion = WordClass(rawValue: 1 << 27)
    /// First-person pronouns ("kami", "we").
    static let firstPerson = WordClass(rawValue: 1 << 28)
    /// Number words that are also place names ("lima").
    static let numeral = WordClass(rawValue: 1 << 29)
    /// The first word of a reciprocal ("saling", "each" of "each other").
    static let reciprocalHead = WordClass(rawValue: 1 << 30)
    /// The first word of a speaker marker ("kata", "according" of "according to").
    static let speakerHead = WordClass(rawValue: 1 << 31)

    /// The classes of every word `rules` names, by word.
    static func table(_ rules: LanguageRules) -> [String: WordClass] {
        var table: [String: WordClass] = [:]
        func mark(_ words: Set<String>, _ c: WordClass) { for w in words { table[w, default: []].insert(c) } }
        mark(rules.targetPrepositions, .targetPreposition)
        mark(rules.partnerPrepositions, .partnerPreposition)
        mark(rules.between, .between)
        mark(rules.coordinators, .coordinator)
        mark(rules.passiveAgent, .passiveAgent)
        mark(rules.locativePrepositions, .locative)
        mark(rules.placePrepositions, .placePreposition)
        mark(rules.predicatives, .predicative)
        mark(rules.demonstratives, .demonstrative)
        mark(rules.complementizers, .complementizer)
        mark(rules.determiners, .determiner)
        mark(rules.reversals, .reversal)
        mark(rules.hedges, .hedge)
        mark(rules.clauseBreaks, .clauseBreak)
        mark(rules.lightVerbs, .lightVerb)
        mark(rules.conditionals, .conditional)
        mark(rules.cuts, .cut)
        mark(rules.recipientPrepositions, .recipient)
        mark(rules.topicPrepositions, .topic)
        mark(rules.pronouns, .pronoun)
        mark(rules.partitives, .partitive)
        mark(rules.continuations, .continuation)
        mark(rules.representatives, .representative)
        mark(rules.subordinators, .subordinator)
        mark(rules.reportingVerbs, .reporting)
        mark(rules.exclusions, .exclusion)
        mark(rules.firstPerson, .firstPerson)
        mark(rules.numerals, .numeral)
        func heads(_ phrases: [String]) -> Set<String> {
            Set(phrases.compactMap { $0.split(separator: " ").first.map { String($0).lowercased() } })
        }
        mark(heads(rules.negations), .negationHead)
        mark(heads(rules.futureMarkers), .futureHead)
        mark(heads(rules.reciprocals), .reciprocalHead)
        mark(heads(rules.speakerMarkers), .speakerHead)
        return table
    }
}
