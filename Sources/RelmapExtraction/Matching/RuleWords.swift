/// The word lists of a language's rules that the readers test tokens against in their inner loops,
/// as ``WordSet``s: a token's hash turns most words away with one bit test, where asking the rules'
/// `Set<String>` hashed the token's text again for every question.
struct RuleWords: Sendable {
    /// "of", "dari": ``LanguageRules/genitiveLinks``.
    let genitiveLinks: WordSet
    /// "'s": ``LanguageRules/possessiveMarks``.
    let possessiveMarks: WordSet
    /// "its", "their": ``LanguageRules/possessivePronouns``.
    let possessivePronouns: WordSet
    /// "to", "untuk": ``LanguageRules/contentLinks``.
    let contentLinks: WordSet
    /// "which", "yang": ``LanguageRules/relatives``.
    let relatives: WordSet
    /// ``LanguageRules/adjectives``.
    let adjectives: WordSet
    /// ``LanguageRules/eventNouns``.
    let eventNouns: WordSet
    /// ``LanguageRules/domesticEvents``.
    let domesticEvents: WordSet
    /// The verbs of undergoing ("faced", "mengalami"): ``LanguageRules/undergoVerbs``.
    let undergoVerbs: WordSet
    /// The words before an act's origin ("from", "dari"): ``LanguageRules/origins``.
    let origins: WordSet
    /// The auxiliaries of a passive ("was", "were"): ``LanguageRules/passiveAuxiliaries``.
    let passiveAuxiliaries: WordSet
    /// The words that make the word after them a noun ("the", "a"): ``LanguageRules/nounMarkers``.
    let nounMarkers: WordSet

    /// The word sets of `rules`.
    init(_ rules: LanguageRules) {
        genitiveLinks = WordSet(rules.genitiveLinks)
        possessiveMarks = WordSet(rules.possessiveMarks)
        possessivePronouns = WordSet(rules.possessivePronouns)
        contentLinks = WordSet(rules.contentLinks)
        relatives = WordSet(rules.relatives)
        adjectives = WordSet(rules.adjectives)
        eventNouns = WordSet(rules.eventNouns)
        domesticEvents = WordSet(rules.domesticEvents)
        undergoVerbs = WordSet(rules.undergoVerbs)
        origins = WordSet(rules.origins)
        passiveAuxiliaries = WordSet(rules.passiveAuxiliaries)
        nounMarkers = WordSet(rules.nounMarkers)
    }
}
