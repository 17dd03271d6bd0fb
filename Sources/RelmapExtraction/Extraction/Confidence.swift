/// How sure the reader is of a relation, by how its roles were found. Every relation carries one
/// of these (lowered by a hedge): users filter on them (`--min-confidence`), so each names a reading
/// whose reliability differs from the others'.
enum Confidence {
    /// A verb with its subject and object or target preposition ("Japan condemned China").
    static let verb = 0.85
    /// A noun whose agent is not named by a genitive ("the sanctions on Iran" after a subject).
    static let noun = 0.75
    /// The parties of a symmetric act (meetings, alliances) or of a mutual one (clashes).
    static let symmetric = 0.8
    /// A reciprocal act among the subject's members ("saling usir", "accused each other").
    static let reciprocal = 0.8
    /// Someone addressed by a demand ("X said Y must ...").
    static let addressed = 0.75
    /// A judgement passed on someone's act ("... was illegal, X said").
    static let evaluated = 0.75
    /// A target read from the clause after a complementizer ("demanded that Japan withdraw"): a
    /// factor on the reading's confidence.
    static let complementFactor = 0.9
    /// An act repeated by gapping ("France three, and Italy two"): its verb is left out.
    static let gappedFactor = 0.85
    /// What a hedge ("reportedly", "diduga") leaves of a reading's confidence.
    static let hedgeFactor = 0.6
}
