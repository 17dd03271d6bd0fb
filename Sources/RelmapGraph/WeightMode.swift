/// What an edge's weight counts.
public enum WeightMode: String, Sendable, CaseIterable, Codable {
    /// Distinct articles stating the relation (the default: a story repeated in one article counts once).
    case articles
    /// Sentences stating it.
    case mentions
    /// The sum of the magnitude of the codebook's intensity over mentions (the sign is the edge's polarity).
    case intensity
    /// The sum of the mentions' confidence.
    case confidence
}
