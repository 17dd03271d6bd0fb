/// The function words of one language that the extractor reads relations by.
public struct LanguageRules: Sendable, Hashable {
    /// Words that introduce a directed relation's target (ke, terhadap, to, against).
    public var targetPrepositions: Set<String> = []
    /// Words that introduce the partner of a symmetric relation (dengan, with).
    public var partnerPrepositions: Set<String> = []
    /// Words that introduce a pair (antara, between).
    public var between: Set<String> = []
    /// Words and marks that join coordinated actors (dan, and, ",").
    public var coordinators: Set<String> = []
    /// The agent marker of a passive (oleh, by).
    public var passiveAgent: Set<String> = []
    /// Prepositions of place; an actor after them is a location, not a party (di, in, from).
    public var locativePrepositions: Set<String> = []
    /// The prepositions of place proper (di, in, at): an actor after them is where something is.
    public var placePrepositions: Set<String> = []
    /// Words that link an object to what it is called ("sebagai", "as"): "menyukai Pyongyang sebagai sekutu".
    public var predicatives: Set<String> = []
    /// Demonstratives that make a noun point back at something already told (ini, tersebut, this).
    public var demonstratives: Set<String> = []
    /// Words that open a complement clause (bahwa, agar, that).
    public var complementizers: Set<String> = []
    /// Capitalised words that are never names: months (long and short), weekdays, polite
    /// pronouns, sentence adverbs, titles (read by ``NameCensus`` only).
    public var notNames: Set<String> = []
    /// Words of longer names around a known one ("South", "Sea", "Selat"): a name of these words
    /// only is no name to add (``NameCensus`` only).
    public var nameParts: Set<String> = []
    /// Titles that make the unknown name next to them a person ("President", "Menteri").
    public var personTitles: Set<String> = []
    /// Words that make the unknown name they are in or next to an organisation ("Agency", "Partai").
    public var organisationWords: Set<String> = []
    /// Words skipped between a trigger or preposition and an actor (para, the, ribuan).
    public var determiners: Set<String> = []
    /// Words and phrases that negate or refuse what follows.
    public var negations: [String] = []
    /// Phrases that look like negations but are not ("tidak hanya", "not only").
    public var notNegations: [String] = []
    /// Fixed phrases in which a trigger word states no act ("seized on the talks", "strike a
    /// balance", "serangan jantung").
    public var idioms: [String] = []
    /// Relative pronouns that open a clause about the noun before them ("yang", "which", "that").
    public var relatives: Set<String> = []
    /// Words that append to a phrase after a comma ("termasuk", "including"): the comma ends nothing.
    public var inclusions: Set<String> = []
    /// Subject pronouns that stand for a person ("she", "beliau"): they continue the person named
    /// last, when one was named in the last sentences, rather than the last subject.
    public var personalPronouns: Set<String> = []
    /// Words that undo a relation rather than state it (easing sanctions).
    public var reversals: Set<String> = []
    /// Words that make a statement uncertain.
    public var hedges: Set<String> = []
    /// Words after which the actor named is the source of a statement, not a party to it.
    public var speakerMarkers: [String] = []
    /// Words and marks that end a clause.
    public var clauseBreaks: Set<String> = []
    /// Prefixes that mark a verb (Indonesian me-, ber-, di-).
    public var verbPrefixes: [String] = []
    /// Words that look like verbs by their prefix but are not.
    public var notVerbs: Set<String> = []
    /// Phrases that refer to the two actors just named (kedua negara, both countries).
    public var pairReferences: [String] = []
    /// Phrases that refer to the one actor just named (rezim tersebut, the regime).
    public var singleReferences: [String] = []
    /// Phrases that refer to the state whose government or forces were last named ("the junta",
    /// "junta tersebut"), else to the one actor just named.
    public var rulerReferences: [String] = []
    /// Phrases that refer to the group just named (mereka, they).
    public var pluralReferences: [String] = []
    /// Pronouns that, opening a clause, continue the subject of the sentence before (he, it, ia,
    /// beliau); "they" / "mereka" do so when the sentence names no group before them.
    public var subjectReferences: [String] = []
    /// First-person pronouns (kami, we): inside a quotation, the state its speaker speaks for.
    public var firstPerson: Set<String> = []
    /// Verbs that report what someone said or judged (mengatakan, menyebut, said, called): their
    /// subject passes the judgement an evaluative trigger states.
    public var reportingVerbs: Set<String> = []
    /// Prepositions that set actors apart from the act ("Selain Inggris, sejumlah negara ...").
    public var exclusions: Set<String> = []
    /// Number words that are also place names ("Lima" is five before a noun, not Peru's capital).
    public var numerals: Set<String> = []
    /// Whether modifiers come before their noun ("Russian troops", "Russia's invasion", "illegal
    /// fishing"), as in English, or after it ("pasukan Rusia", "invasi Rusia"), as in Indonesian:
    /// where a noun names its agent, and whether an adjective that follows a word is that word's.
    public var modifiersBeforeNouns = false
    /// How a verb shows its form: by prefixes (Indonesian: di- passive, pe-/ke- nouns, me-/ber-
    /// verbs) or by auxiliaries and endings (English: "was attacked", "-tion" nouns).
    public var morphology: Morphology = .affixing
    /// Auxiliaries that make a participle after them passive ("was", "been").
    public var passiveAuxiliaries: Set<String> = []
    /// Endings of regular participles ("-ed", "-en").
    public var participleEndings: [String] = []
    /// Participles with another ending ("met", "fought").
    public var irregularParticiples: Set<String> = []
    /// Words after which a trigger is a noun ("the", "its", "a").
    public var nounMarkers: Set<String> = []
    /// Endings that make a trigger a noun ("-tion", "-ment").
    public var nounEndings: [String] = []
    /// Endings of adjectives that may stand between a noun marker and its noun ("the continued
    /// indiscriminate air strikes", "an unprecedented attack").
    public var adjectiveEndings: [String] = []
    /// Adjectives without such an ending ("heavy", "indiscriminate").
    public var adjectives: Set<String> = []
    /// Object pronouns written on the verb ("mengecamnya": condemned it) or right after it
    /// ("condemned it"): with no other target, they stand for the actor in focus.
    public var objectClitics: [String] = []
    /// Object pronouns as words of their own after the verb ("it", "them").
    public var objectPronouns: Set<String> = []
    /// Words that open a free relative clause before a reporting verb ("condemned what it called
    /// illegal conduct by China"): the words the reporter uses are not an act of the reporter's own.
    public var freeRelatives: Set<String> = []
    /// Verbs whose subject undergoes the act named after them ("menghadapi serangan dari Rusia",
    /// "faced attacks from Russia"): the subject is that act's target.
    public var undergoVerbs: Set<String> = []
    /// Roots that are verbs when written bare, never nouns ("kabur ke Korea Selatan", "tiba di
    /// Beijing", "Jepang kecam Korut"), where a bare root is otherwise read as a noun.
    public var verbRoots: Set<String> = []
    /// Words that spell out what a reference before them means ("dua negara, yaitu A dan B",
    /// "both neighbours, namely A and B").
    public var namely: Set<String> = []
    /// Endings of nouns that name an actor ("critic", "opponent", "supporter"): predicated of a
    /// subject ("Chile is a fierce critic of Peru") they make it the actor.
    public var agentNounEndings: [String] = []
    /// Nouns that name an act without its agent ("the launch", "keputusan itu"): as the object of a
    /// protest or threat with no one named, they stand for the last hostile act's agent.
    public var eventNouns: Set<String> = []
    /// Nouns of events a state answers for where they happen ("the violence in Myanmar", "kudeta di
    /// Niger"): condemned, the place's state is the target.
    public var domesticEvents: Set<String> = []
    /// Relative pronouns that open a clause whose object is the name before them ("Ukraine, which
    /// Moscow invaded").
    public var objectRelatives: Set<String> = []
    /// Words that link a noun to its possessor after it ("an ally of Syria", "a backer of Kyiv").
    public var genitiveLinks: Set<String> = []
    /// Possessive clitics written as their own token ("'s").
    public var possessiveMarks: Set<String> = []
    /// Words that link an embedding trigger to the act that is its content ("to", "akan", "untuk").
    public var contentLinks: Set<String> = []
    /// Prepositions of where an act comes from ("dari", "from"): with no agent, the source of a passive.
    public var origins: Set<String> = []

    /// How a language marks the form of a verb.
    public enum Morphology: String, Sendable, Hashable {
        /// Prefixes and suffixes on the word (Indonesian).
        case affixing
        /// Auxiliaries and endings (English).
        case inflecting
    }
    /// Words that make a directed act go both ways among its subject's members ("saling usir",
    /// "accused each other").
    public var reciprocals: [String] = []
    /// Possessive pronouns before a noun ("its ally", "their mutual ally"): the possessor is the subject.
    public var possessivePronouns: Set<String> = []
    /// Possessive clitics after a noun ("sekutunya", "sekutu dekatnya"): the possessor is the subject.
    public var possessiveClitics: [String] = []
    /// Abbreviations whose full stop does not end a sentence.
    public var abbreviations: Set<String> = []

    /// Verbs whose object noun names the subject's own act ("issued an ultimatum", "lodged a
    /// protest"), where a noun trigger otherwise names its agent only by a genitive.
    public var lightVerbs: Set<String> = []
    /// Words that open a condition ("unless Britain released the tanker"): its subject is whom a threat addresses.
    public var conditionals: Set<String> = []
    /// Words and phrases that announce an act for the future (will, would, akan).
    public var futureMarkers: [String] = []
    /// Future markers that announce a decision ("akan", "will"), not an intent or a condition.
    public var decisionMarkers: Set<String> = []
    /// Words that reduce or stop what follows ("cut aid", "suspend talks").
    public var cuts: Set<String> = []
    /// Prepositions of whom an act is addressed to rather than aimed at ("complained to the UN about ...").
    public var recipientPrepositions: Set<String> = []
    /// Prepositions of what an act is about ("over the raids", "about the tests").
    public var topicPrepositions: Set<String> = []
    /// Pronouns that stand for the actor just named ("that it must", "bahwa ia harus").
    public var pronouns: Set<String> = []

    /// Nouns of quantity or membership before "of" ("a group of", "thousands of", "sebagian dari").
    public var partitives: Set<String> = []
    /// Nouns of people who act for what follows "of" ("the leaders of Japan and India", "the
    /// foreign ministers of ..."): the group after "of" is the subject, not a prepositional phrase.
    public var representatives: Set<String> = []

    /// Words that continue an act already under way ("keep", "tetap"): announced for the future, it
    /// is still that act, not a threat of it.
    public var continuations: Set<String> = []
    /// Clause breaks after which a clause with no subject of its own continues the sentence's
    /// subject: clauses of time ("said so after meeting Putin") and contrast ("visited Peru but
    /// criticised Bolivia", "namun tetap dikecam").
    public var subordinators: Set<String> = []

    /// Creates empty rules.
    public init() {}
}
