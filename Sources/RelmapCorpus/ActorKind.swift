/// What an actor is: a state, an international organisation, or (at `--level actor`) a person or
/// an agency of a state.
///
/// An open set of names, so that a graph file with another kind (`alliance-bloc`) still reads and
/// writes back as it was: ``init(rawValue:)`` takes any name, ``init(known:)`` only relmap's own.
/// Lives in RelmapCorpus, the module every other depends on, so that the lexicon and the graph
/// share it without the graph depending on extraction.
public struct ActorKind: OpenNames, Codable {
    /// A sovereign state, by its ISO 3166-1 alpha-3 code.
    public static let state = ActorKind(rawValue: "state")
    /// An international organisation (NATO, UN, EU, ASEAN ...).
    public static let organisation = ActorKind(rawValue: "organisation")
    /// A person who speaks for a state or an organisation.
    public static let person = ActorKind(rawValue: "person")
    /// A part of a state: its military, diplomats, intelligence, ministries.
    public static let agency = ActorKind(rawValue: "agency")
    /// The kinds relmap itself gives actors.
    public static let allCases: [ActorKind] = [.state, .organisation, .person, .agency]

    /// The kind's name, as written in files.
    public let rawValue: String

    /// The kind named `rawValue`, known or not.
    public init(rawValue: String) { self.rawValue = rawValue }
}
