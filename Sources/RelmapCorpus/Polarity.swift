/// Whether a relation is friendly or hostile: the codebook's `cooperative` and `hostile`.
///
/// An open set of names, so that a graph file with another polarity (`neutral`) still reads and
/// writes back as it was: ``init(rawValue:)`` takes any name, ``init(known:)`` only the codebook's.
/// Lives in RelmapCorpus, the module every other depends on, so that extraction (the codebook) and
/// the graph (edges, filters) share it without the graph depending on extraction.
public struct Polarity: OpenNames, Codable {
    /// Alliance, meeting, support.
    public static let cooperative = Polarity(rawValue: "cooperative")
    /// Protest, attack, sanction, threat, defection.
    public static let hostile = Polarity(rawValue: "hostile")
    /// The polarities of the codebook.
    public static let allCases: [Polarity] = [.cooperative, .hostile]

    /// The polarity's name, as written in files.
    public let rawValue: String

    /// The polarity named `rawValue`, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }
}
