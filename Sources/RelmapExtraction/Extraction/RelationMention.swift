import RelmapCorpus

/// One relation stated in one sentence: who relates to whom, how, and the evidence.
///
/// Spans are UTF-8 byte offsets into the article's text (after Unicode NFC normalisation).
/// Its wire format, one JSON object a line (keys `sentence_start`, `trigger_end` ... for the
/// spans), is written in one place: the command line's `RelationJSON`.
public struct RelationMention: Sendable, Hashable {
    /// The article's id.
    public var article: String
    /// The article's date, when known.
    public var date: Day?
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
    /// Where the sentence is in the article's text.
    public var sentenceSpan: TextSpan
    /// Where the trigger is.
    public var triggerSpan: TextSpan
    /// Where the source is named.
    public var sourceSpan: TextSpan
    /// Where the target is named.
    public var targetSpan: TextSpan
    /// Whether the statement is negated or refused (kept only with `keepNegated`).
    public var negated: Bool
    /// Whether the statement is hedged (diduga, reportedly).
    public var hedged: Bool
    /// Whether the type is directed.
    public var directed: Bool
    /// The article's language.
    public var lang: String
    /// Where the date came from: metadata, text, or none.
    public var dateOrigin: Article.DateOrigin = .none

    /// Creates a relation mention.
    public init(
        article: String,
        date: Day?,
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
        sentenceSpan: TextSpan,
        triggerSpan: TextSpan,
        sourceSpan: TextSpan,
        targetSpan: TextSpan,
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
        self.sentenceSpan = sentenceSpan
        self.triggerSpan = triggerSpan
        self.sourceSpan = sourceSpan
        self.targetSpan = targetSpan
        self.negated = negated
        self.hedged = hedged
        self.directed = directed
        self.lang = lang
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
