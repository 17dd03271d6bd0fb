/// An actor named in a sentence: a state, an organisation, a person, an agency or a place, or a
/// phrase that refers back to actors ("kedua negara").
public struct Mention: Sendable, Hashable {
    /// The states or organisations meant; more than one only for references to a group.
    public var actors: [String]
    /// The person, when a person is named.
    public var person: String?
    /// The agent role, when an agency is named ("military", "diplomat").
    public var agentRole: String?
    /// Whether the name is a place inside a state (Kursk), which is never a subject.
    public var isPlace: Bool
    /// Whether the mention is a reference ("both countries") resolved to earlier actors.
    public var isReference: Bool
    /// The token range within the article's tokens.
    public var tokenRange: Range<Int>
    /// UTF-8 offsets of the mention in the article text.
    public var start: Int
    /// UTF-8 offset just past the mention.
    public var end: Int

    /// The mention as written: its tokens, one space where the text has any space between them.
    /// Made only for the mentions a relation keeps.
    public func text(in tokens: [Token]) -> String {
        text(in: tokens, bytes: nil)
    }

    /// As ``text(in:)``; with `bytes` (the UTF-8 of the text the tokens are of), a mention written
    /// with single spaces only is taken from them in one piece.
    func text(in tokens: [Token], bytes: [UInt8]?) -> String {
        if let bytes, !tokenRange.isEmpty,
            tokenRange.dropFirst().allSatisfy({ j in
                let gap = tokens[j].start - tokens[j - 1].end
                return gap == 0 || (gap == 1 && bytes[tokens[j - 1].end] == UInt8(ascii: " "))
            })
        {
            return String(decoding: bytes[tokens[tokenRange.lowerBound].start..<tokens[tokenRange.upperBound - 1].end], as: UTF8.self)
        }
        var text = ""
        for j in tokenRange {
            if j > tokenRange.lowerBound, tokens[j].start > tokens[j - 1].end { text += " " }
            text += tokens[j].text
        }
        return text
    }

    /// The actor-level identity: a person's name, an agency (`RUS:military`) or the state.
    public func entity(for actor: String) -> String {
        if let person { return person }
        if let agentRole { return actor + ":" + agentRole }
        return actor
    }
}
