/// Gapping: a list that repeats an act with its verb left out ("Germany expelled four diplomats,
/// France three and Italy two"; "Jerman mengusir empat diplomat Rusia. Prancis tiga, dan Italia
/// dua."): each actor followed by a count did what the act before did, to the same target.
extension RelationReader {
    /// The acts a gapped list repeats: after a directed act in the sentence, or, in a sentence that
    /// is nothing but such a list, after the last directed act of the sentence before.
    func gappedActs(_ tokens: Tokens, _ range: Range<Int>, groups: [ActorGroup], found: [Found], triggers: [Trigger]) -> [Found] {
        let counted = groups.filter { countFollows($0, tokens, range) && !$0.isPlace }
        guard !counted.isEmpty else { return [] }
        var out: [Found] = []
        if let act = found.last(where: { lexicon.facts[$0.type].directed && !$0.negated }) {
            // In the sentence: the counted actors past the act's own parties, each after a comma or a conjunction.
            let end = max(act.source.tokenRange.upperBound, act.target.tokenRange.upperBound, act.triggerRange.upperBound)
            for g in counted where g.range.lowerBound > end && opensListItem(g, tokens, range) {
                out += repeated(act, by: g)
            }
            return out
        }
        // A sentence that only lists: names, counts, commas and conjunctions.
        guard triggers.isEmpty, let act = focus.lastDirected,
            range.allSatisfy({ i in
                groups.contains { $0.range.contains(i) } || isCount(i, tokens) || tokens[i].kind == .punctuation
                    || isClass(i, .coordinator) || isClass(i, .determiner) || tokens[i].isCapitalized
            }),
            counted.count == groups.count
        else { return [] }
        for g in counted { out += repeated(act, by: g) }
        return out
    }

    /// Whether a count ("three", "tiga", "13") follows the group right after it.
    func countFollows(_ g: ActorGroup, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        g.range.upperBound < range.upperBound && isCount(g.range.upperBound, tokens)
            && (g.range.upperBound + 1 == range.upperBound || tokens[g.range.upperBound + 1].kind == .punctuation
                || isClass(g.range.upperBound + 1, .coordinator))
    }

    func isCount(_ i: Int, _ tokens: Tokens) -> Bool {
        tokens[i].kind == .number || isClass(i, .numeral)
    }

    /// Whether a comma or a conjunction comes right before the group (past determiners).
    func opensListItem(_ g: ActorGroup, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        var p = g.range.lowerBound - 1
        while p >= range.lowerBound, isClass(p, .determiner) { p -= 1 }
        return p >= range.lowerBound && (tokens.text(p) == "," || isClass(p, .coordinator))
    }

    /// `act` done by each actor of `g` to the same target, a little less sure than the act itself.
    func repeated(_ act: Found, by g: ActorGroup) -> [Found] {
        g.mentions.flatMap { m in
            m.actors.filter { !act.target.actors.contains($0) }.map { a in
                var src = m
                src.actors = ActorList(a)
                return Found(
                    type: act.type, source: src, target: act.target, triggerRange: act.triggerRange,
                    confidence: act.confidence * Confidence.gappedFactor, negated: false, hedged: act.hedged)
            }
        }
    }
}
