/// Targets a sentence does not name: an object pronoun ("Jepang mengecamnya", "Japan condemned
/// it") and an act that answers another ("China akan membalas", "said it would retaliate").
extension RelationReader {
    /// The target of a hostile act whose clause names none, from the words on and after the
    /// trigger and the ``focus`` the sentences before left:
    /// - an object pronoun on the verb or right after it stands for the actor named earlier in the
    ///   sentence that is not the source, else for the last sentence's subject;
    /// - an answering act (``TriggerPattern/answers``) whose source opens the sentence aims at the
    ///   source of the last hostile act against it.
    func impliedTarget(_ trig: Trigger, _ tokens: [Token], _ range: Range<Int>, source: ActorGroup, answers: Bool,
                       before: ArraySlice<ActorGroup>) -> ActorGroup? {
        let last = trig.range.upperBound - 1
        let word = tokens[last].lower
        var pronoun: Range<Int>?
        if rules.objectClitics.contains(where: { word.count > $0.count + 3 && word.hasSuffix($0) }), isVerb(word) {
            pronoun = last..<(last + 1)
        } else if trig.range.upperBound < range.upperBound, rules.objectPronouns.contains(tokens[trig.range.upperBound].lower) {
            pronoun = trig.range.upperBound..<(trig.range.upperBound + 1)
        }
        guard pronoun != nil || answers else { return nil }
        let sourceActors = source.actors
        var actors: [String] = []
        if pronoun != nil {
            // Named earlier in the sentence: "Korea Utara menembakkan rudal, dan Jepang mengecamnya".
            if let earlier = before.last(where: { g in g.range.upperBound <= source.range.lowerBound && !g.isPlace && !g.isSpeaker
                && !g.actors.contains(where: sourceActors.contains) }) {
                return earlier
            }
            actors = focus.lastSubject.filter { !sourceActors.contains($0) }
        } else if !before.contains(where: { $0.range.upperBound <= source.range.lowerBound && !$0.isPlace }),
                  let hostile = focus.lastHostile, sourceActors.contains(hostile.target), !sourceActors.contains(hostile.source) {
            // Only a source that opens the sentence answers what was done to it before.
            actors = [hostile.source]
        }
        guard !actors.isEmpty else { return nil }
        let span = pronoun ?? trig.range
        let m = Mention(actors: actors, person: nil, agentRole: nil, isPlace: false, isReference: true,
                        tokenRange: span, start: tokens[span.lowerBound].start, end: tokens[span.upperBound - 1].end)
        return ActorGroup(mentions: [m], range: span)
    }
}
