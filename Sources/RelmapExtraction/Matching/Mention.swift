/// An actor named in a sentence: a state, an organisation, a person, an agency or a place, or a
/// phrase that refers back to actors ("kedua negara").
///
/// A plain value (numbers only): the reader copies mentions freely, with nothing to retain.
struct Mention: Sendable, Hashable {
    /// The states or organisations meant; more than one only for references to a group.
    var actors: ActorList
    /// The person, when a person is named.
    var person: PersonID?
    /// The agent role, when an agency is named ("military", "diplomat").
    var agentRole: RoleID?
    /// Whether the name is a place inside a state (Kursk), which is never a subject.
    var isPlace: Bool
    /// Whether the mention is a reference ("both countries") resolved to earlier actors.
    var isReference: Bool
    /// The token range within the article's tokens.
    var tokenRange: Range<Int>
    /// UTF-8 offsets of the mention in the article text.
    var start: Int
    /// UTF-8 offset just past the mention.
    var end: Int

    /// The mention as written: its tokens, one space where the text has any space between them.
    /// Made only for the mentions a relation keeps.
    func text(in tokens: Tokens) -> String {
        text(in: tokens, bytes: nil)
    }

    /// As ``text(in:)``; with `bytes` (the UTF-8 of the text the tokens are of), a mention written
    /// with single spaces only is taken from them in one piece.
    func text(in tokens: Tokens, bytes: UnsafeBufferPointer<UInt8>?) -> String {
        if let bytes, !tokenRange.isEmpty,
            tokenRange.dropFirst().allSatisfy({ j in
                let gap = tokens[j].start - tokens[j - 1].end
                return gap == 0 || (gap == 1 && bytes[tokens[j - 1].end] == UInt8(ascii: " "))
            })
        {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[tokenRange.lowerBound].start..<tokens[tokenRange.upperBound - 1].end]), as: UTF8.self)
        }
        var text = ""
        for j in tokenRange {
            if j > tokenRange.lowerBound, tokens[j].start > tokens[j - 1].end { text += " " }
            text += tokens.text(j)
        }
        return text
    }

    /// The actor-level identity: a person's name (by `personName`), an agency (`RUS:military`) or
    /// the state, for `actor` (one of ``actors``).
    func entity(for actor: ActorID, lexicon: CompiledLexicon, personName: (PersonID) -> String) -> String {
        if let person { return personName(person) }
        if let agentRole { return lexicon.code(actor) + ":" + lexicon.roleName(agentRole) }
        return lexicon.code(actor)
    }
}
