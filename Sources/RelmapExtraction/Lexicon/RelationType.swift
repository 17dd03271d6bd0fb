import RelmapCorpus

/// One type of the codebook, with its triggers.
public struct RelationType: Sendable, Hashable {
    /// The type's name: alliance, protest ...
    public var name: String
    /// Whether source and target are distinct roles; symmetric types (alliance, meeting) are not.
    public var directed: Bool
    /// Cooperative or hostile.
    public var polarity: Polarity
    /// Intensity on -10..+10.
    public var intensity: Double
    /// The PLOVER event category, when there is one.
    public var plover: String?
    /// Whether the target must follow a target preposition (a defector flees *to* a state).
    public var targetPrepositionRequired: Bool
    /// Trigger patterns by language code.
    public var triggers: [String: [TriggerPattern]]
    /// Whether a trigger of this type takes another act as its content ("threatened to strike
    /// Pakistani military posts" is a threat, not an attack): an act right after it is not stated as done.
    public var embeds: Bool = false
    /// Types whose acts, announced for the future ("would impose sanctions", "akan menjatuhkan
    /// sanksi"), count as this type.
    public var futureOf: [String] = []
    /// Cooperative types whose reduction ("cut aid", "suspend talks") counts as this type.
    public var cutOf: [String] = []
    /// Whether a place where the act happens ("killed nine civilians in Kharkiv") is its target when
    /// the clause names no other.
    public var placeTarget: Bool = false
    /// Whether the partner of a cut relation names the target ("cut ties with Qatar", "memutuskan
    /// hubungan dengan Qatar"): for a type that stops cooperation, "with X" is whom it is aimed at.
    public var partnerTarget: Bool = false
    /// Whether an act this type names without its agent ("Kunjungan itu dikecam oleh China",
    /// "Japan condemned the launch") aims at the agent of the last such act the article told.
    public var refersBack: Bool = false
    /// Whether this type's act announced with a marker of decision ("akan", "will") is still this
    /// act, a decision made, unless a condition goes with it; under other markers of the future
    /// ("would", "plans to") the `future_of` type takes it.
    public var futureIsDecision: Bool = false

    /// Creates a type.
    public init(
        name: String, directed: Bool, polarity: Polarity, intensity: Double, plover: String? = nil,
        targetPrepositionRequired: Bool = false, triggers: [String: [TriggerPattern]] = [:]
    ) {
        self.name = name
        self.directed = directed
        self.polarity = polarity
        self.intensity = intensity
        self.plover = plover
        self.targetPrepositionRequired = targetPrepositionRequired
        self.triggers = triggers
    }
}

/// A trigger: words that state a relation of a type.
public struct TriggerPattern: Sendable, Hashable {
    /// One word of a trigger.
    public enum Word: Sendable, Hashable {
        /// Any form derived from this root.
        case root(String)
        /// This form, with clitics allowed.
        case exact(String)
        /// Up to eight words of anything.
        case gap
    }

    /// The words, in order.
    public var words: [Word]
    /// The pattern as written in the lexicon.
    public var text: String
    /// The agent role the trigger's object must have, when it matters ("diplomat" for summon).
    public var objectRole: String?
    /// The agent role the trigger's subject must have, when it decides what the act is
    /// ("peacekeepers arrived in Kosovo" is help, not a visit); another type's reading of the same
    /// words yields to it when the subject has that role.
    public var subjectRole: String?
    /// Whether the trigger is a visit or an arrival, so that the place reached is a party.
    public var visit: Bool
    /// Whether the actor right before the trigger is addressed by it and the sentence's reporting
    /// subject is the source ("Japan said that China must release the fishermen").
    public var addressee: Bool
    /// Whether stopping this act is a concession, no act at all, rather than a cut that the
    /// type's `cut_of` makes a sanction ("halt joint exercises" punishes nobody).
    public var cutIsNoAct: Bool
    /// Whether the trigger is a judgement a speaker passes on someone else's act ("illegal",
    /// "tidak dapat diterima"): the reporting subject (or the quoted speaker) is the source, the
    /// actor the judgement is about is the target ("Pakistan said Indian jets entered illegally").
    public var evaluates: Bool
    /// Whether the act is mutual though directed ("bentrokan", "clashes"): each party acts
    /// against the other, so its parties are found as for a symmetric type and it runs both ways.
    public var mutual: Bool
    /// Whether the trigger names a partner by apposition ("sekutunya, Korea Selatan", "Washington's
    /// allies Israel and the UAE", "Iran is a Syrian ally"): its possessor and the actor it names
    /// are the parties.
    public var apposition: Bool
    /// Whether the act answers another ("retaliate", "langkah balasan"): with no target named, it
    /// aims at whoever acted against its source, in the sentence or just before.
    public var answers: Bool
    /// Whether the act is a third party's between two others ("mediated between Armenia and
    /// Azerbaijan", "memediasi antara ..."): its subject relates to each of them, they not to each other.
    public var mediates: Bool

    /// Parses a pattern as written in a lexicon file.
    public init(
        _ text: String, objectRole: String? = nil, subjectRole: String? = nil, visit: Bool = false, addressee: Bool = false, cutIsNoAct: Bool = false,
        evaluates: Bool = false, mutual: Bool = false, apposition: Bool = false, answers: Bool = false,
        mediates: Bool = false
    ) {
        self.text = text
        self.mediates = mediates
        self.answers = answers
        self.apposition = apposition
        self.mutual = mutual
        self.evaluates = evaluates
        self.cutIsNoAct = cutIsNoAct
        self.objectRole = objectRole
        self.subjectRole = subjectRole
        self.visit = visit
        self.addressee = addressee
        words = text.split(separator: " ").map { part -> Word in
            if part == "..." { return .gap }
            if part.hasPrefix("=") { return .exact(part.dropFirst().lowercased()) }
            return .root(part.lowercased())
        }
    }
}
