/// One relation stated in one sentence: who relates to whom, how, and the evidence.
///
/// Offsets are UTF-8 byte offsets into the article's text (after Unicode NFC normalisation).
public struct RelationMention: Sendable, Hashable, Codable {
    /// The article's id.
    public var article: String
    /// The article's date, `YYYY-MM-DD`, when known.
    public var date: String?
    /// The source actor (the target's partner for symmetric types).
    public var source: String
    /// The target actor.
    public var target: String
    /// The relation type's name.
    public var type: String
    /// How sure the reading is, 0...1: lower for hedged statements and indirect readings.
    public var confidence: Double
    /// The sentence that states the relation.
    public var sentence: String
    /// The sentence's 0-based index in the article.
    public var sentenceIndex: Int
    /// The trigger as written.
    public var trigger: String
    /// The source as written.
    public var sourceText: String
    /// The target as written.
    public var targetText: String
    /// The source's state or organisation (equal to `source` at country level).
    public var sourceActor: String
    /// The target's state or organisation.
    public var targetActor: String
    /// Sentence offsets in the article text.
    public var sentenceStart: Int
    /// End of the sentence.
    public var sentenceEnd: Int
    /// Trigger offsets in the article text.
    public var triggerStart: Int
    /// End of the trigger.
    public var triggerEnd: Int
    /// Source mention offsets in the article text.
    public var sourceStart: Int
    /// End of the source mention.
    public var sourceEnd: Int
    /// Target mention offsets in the article text.
    public var targetStart: Int
    /// End of the target mention.
    public var targetEnd: Int
    /// Whether the statement is negated or refused (kept only with `keepNegated`).
    public var negated: Bool
    /// Whether the statement is hedged (diduga, reportedly).
    public var hedged: Bool
    /// Whether the type is directed.
    public var directed: Bool
    /// The article's language.
    public var lang: String
    /// Where the date came from: metadata, text, or none.
    public var dateOrigin: String = "none"

    /// Creates a relation mention.
    public init(
        article: String,
        date: String?,
        source: String,
        target: String,
        type: String,
        confidence: Double,
        sentence: String,
        sentenceIndex: Int,
        trigger: String,
        sourceText: String,
        targetText: String,
        sourceActor: String,
        targetActor: String,
        sentenceStart: Int,
        sentenceEnd: Int,
        triggerStart: Int,
        triggerEnd: Int,
        sourceStart: Int,
        sourceEnd: Int,
        targetStart: Int,
        targetEnd: Int,
        negated: Bool,
        hedged: Bool,
        directed: Bool,
        lang: String
    ) {
        self.article = article
        self.date = date
        self.source = source
        self.target = target
        self.type = type
        self.confidence = confidence
        self.sentence = sentence
        self.sentenceIndex = sentenceIndex
        self.trigger = trigger
        self.sourceText = sourceText
        self.targetText = targetText
        self.sourceActor = sourceActor
        self.targetActor = targetActor
        self.sentenceStart = sentenceStart
        self.sentenceEnd = sentenceEnd
        self.triggerStart = triggerStart
        self.triggerEnd = triggerEnd
        self.sourceStart = sourceStart
        self.sourceEnd = sourceEnd
        self.targetStart = targetStart
        self.targetEnd = targetEnd
        self.negated = negated
        self.hedged = hedged
        self.directed = directed
        self.lang = lang
    }

    enum CodingKeys: String, CodingKey {
        case article, date, source, target, type, confidence, sentence, trigger, negated, hedged, directed, lang
        case dateOrigin = "date_origin"
        case sentenceIndex = "sentence_index"
        case sourceText = "source_text", targetText = "target_text"
        case sourceActor = "source_actor", targetActor = "target_actor"
        case sentenceStart = "sentence_start", sentenceEnd = "sentence_end"
        case triggerStart = "trigger_start", triggerEnd = "trigger_end"
        case sourceStart = "source_start", sourceEnd = "source_end"
        case targetStart = "target_start", targetEnd = "target_end"
    }
}

/// Whether actors are states and organisations, or people and agencies kept apart.
public enum ActorLevel: String, Sendable, Hashable, CaseIterable, Codable {
    /// People and agencies roll up to their state or organisation.
    case country
    /// People and agencies are their own nodes.
    case actor
}

/// How the extractor reads.
public struct ExtractionOptions: Sendable, Hashable {
    /// Country or actor level.
    public var level: ActorLevel
    /// Keep negated relations, marked `negated`, instead of dropping them.
    public var keepNegated: Bool

    /// Creates options.
    public init(level: ActorLevel = .country, keepNegated: Bool = false) {
        self.level = level
        self.keepNegated = keepNegated
    }
}
