/// The refinement seam: a directed trigger's first reading of its target, refined by the words
/// around it (a complaint *to* someone *over* something, a threat's condition, an attack's place).
extension RelationReader {
    /// Where the first reading of a directed trigger's target is refined:
    /// - a hostile act addressed *to* someone *over* something aims at the latter ("complained to
    ///   the UN about Azerbaijani shelling");
    /// - a threat without a target addresses the subject of its condition ("... unless Britain released the tanker");
    /// - an attack without a target aims at the place where it happens ("killed nine civilians in Kharkiv").
    func refineTarget(
        _ first: ActorGroup?, _ trig: Trigger, _ type: TypeFacts, _ tokens: Tokens, _ range: Range<Int>,
        clause cl: Range<Int>, groups: [ActorGroup], after: ArraySlice<ActorGroup>
    ) -> ActorGroup? {
        if let t = first {
            guard type.hostile, !type.embeds, isClass(t.previousIndex, .recipient) else { return t }
            let topic = groups.first { g in
                g.range.lowerBound >= t.range.upperBound && g.range.lowerBound - t.range.upperBound <= 8 && !g.isSpeaker
                    && (t.range.upperBound..<g.range.lowerBound).contains { isClass($0, .topic) }
                    && !(t.range.upperBound..<g.range.lowerBound).contains { tokens.text($0) == "," || isClass($0, .clauseBreak) }
            }
            return topic ?? t
        }
        if type.embeds {
            var i = trig.range.upperBound
            while i < min(range.upperBound, trig.range.upperBound + 16) {
                // The condition's subject: the actor right after "if" / "unless" ("unless Britain
                // released", "if Japan went ahead"), not an object further on.
                if isClass(i, .conditional),
                    let g = groups.first(where: {
                        $0.range.lowerBound > i && !$0.isPlace && !$0.isSpeaker
                            && ((i + 1)..<$0.range.lowerBound).allSatisfy { isClass($0, .determiner) }
                    })
                {
                    return g
                }
                i += 1
            }
        }
        if type.placeTarget {
            // The place may follow in a clause of its own ("... as the drones struck
            // Odesa"), but not past a comma.
            // A state named right there is the place too ("melancarkan aksi militer di Ukraina").
            return groups.first { g in
                g.range.lowerBound >= trig.range.upperBound && !g.isSpeaker
                    && (g.isPlace
                        || (g.mentions.allSatisfy { $0.agentRole == nil }
                            && (g.range.lowerBound - trig.range.upperBound <= 4
                                // "serangan terhadap posisi pemberontak di berbagai provinsi di Yaman": the state
                                // closing a chain of places.
                                || (trig.range.upperBound..<g.previousIndex).contains { isClass($0, .locative) })))
                    && g.range.lowerBound - trig.range.upperBound <= 16 && isClass(g.previousIndex, .locative)
                    && !(trig.range.upperBound..<g.range.lowerBound).contains { [",", ";"].contains(tokens.text($0)) }
            }
        }
        return nil
    }
}
