/// The trigger seam of the reader: which codebook patterns a sentence matches, and what the words
/// around each make of it (a cut is a sanction, a future act a threat, a threat's content no act).
extension RelationReader {
    func findTriggers(
        _ tokens: Tokens, _ memos: [WordMemo], _ range: Range<Int>, skip: [Bool],
        cache: borrowing ExtractionCache
    ) -> [Trigger] {
        var out: [Trigger] = []
        // Room for a sentence's triggers at once: grown one by one, the list was copied at each step.
        out.reserveCapacity(8)
        // Memos first: most words start no trigger, and their tokens need not be read.
        for i in range where memos[i].triggers >= 0 && tokens[i].kind == .word && !skip[i - range.lowerBound] {
            let k = memos[i].triggers
            // "condemned what it called illegal conduct": the reporter's words, not an act of theirs.
            if !rules.freeRelatives.isEmpty, i - 2 >= range.lowerBound, isClass(i, .reporting),
                rules.freeRelatives.contains(tokens.lower(i - 2)), isClass(i - 1, .pronoun)
            {
                continue
            }
            // "seized on the talks", "serangan jantung": a fixed phrase states no act.
            if !phrases.idioms.isEmpty, isInIdiom(i, tokens, range) { continue }
            // The word's triggers read in place: asking for each one retained its list; the patterns'
            // words are matched by their keys (``PatternKey``).
            cache.tables.triggerLists[Int(k)].withUnsafeBufferPointer { candidates in
                for c in candidates {
                    if let end = c.isOneWord ? i + 1 : matchRest(c.pattern, from: i + 1, tokens, memos, range, skip: skip, cache: cache) {
                        let head = lexicon.shapes[c.pattern].hasGap && isClass(i, .negationHead) ? end - 1 : i
                        out.append(Trigger(type: c.type, patternIndex: c.pattern, range: i..<end, forms: memos[head].forms, head: head))
                    }
                }
            }
        }
        guard out.count > 1 else { return out }
        // One trigger per type and start: the longest pattern (`out` is in start order already).
        var best: [Trigger] = []
        best.reserveCapacity(out.count)
        for t in out {
            if let b = best.firstIndex(where: { $0.type == t.type && $0.range.lowerBound == t.range.lowerBound }) {
                if best[b].range.count < t.range.count { best[b] = t }
            } else {
                best.append(t)
            }
        }
        // A phrase covers the words inside it: "kerja sama" once, not also "sama"; and a phrase
        // without gaps is the reading of every word in it ("warning shots" is a threat, not shots fired).
        let kept = best.filter { t in
            !best.contains { o in
                (o.type == t.type && o.range.count > t.range.count && o.range.contains(t.range.lowerBound)
                    && o.range.lowerBound != t.range.lowerBound && o.range.upperBound >= t.range.upperBound)
                    || (o.type != t.type && o.range.count > t.range.count && o.range.lowerBound <= t.range.lowerBound
                        && o.range.upperBound >= t.range.upperBound && !lexicon.shapes[o.patternIndex].hasGap
                        && !lexicon.shapes[o.patternIndex].addressee)
                    // "called for sanctions against", "suspend the talks": a gapped phrase of another type
                    // ending on the trigger is the reading.
                    || (o.type != t.type && lexicon.shapes[o.patternIndex].hasGap && o.range.lowerBound < t.range.lowerBound
                        && o.range.upperBound == t.range.upperBound && !lexicon.shapes[o.patternIndex].addressee)
                    // "menembakkan rudal balistik ke arah Jepang", "fired missiles over Japan": an act whose
                    // object opens a phrase of its softer kind (a launch toward, a warning shot) is that kind.
                    || (lexicon.facts[t.type].futureType == o.type && lexicon.shapes[o.patternIndex].hasGap
                        && o.range.lowerBound == t.range.upperBound)
                    // "fired warning shots at": a phrase of another type inside a gap is the reading.
                    || (o.type != t.type && o.range.count >= 2 && lexicon.shapes[t.patternIndex].hasGap
                        && !lexicon.shapes[o.patternIndex].hasGap
                        && o.range.lowerBound > t.range.lowerBound && o.range.upperBound < t.range.upperBound)
            }
        }
        return kept.sorted { ($0.range.lowerBound, $0.type) < ($1.range.lowerBound, $1.type) }
    }

    /// Whether token `i` is a word of one of the language's idioms written around it ("seized on",
    /// "serangan jantung"). Hashes are compared first; strings only where they all agree.
    private func isInIdiom(_ i: Int, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        guard idiomWords.contains(tokens, i) else { return false }
        let hash = tokens[i].hash
        for m in idiomHashes.indices {
            let count = idiomHashes[m].count
            for k in 0..<count where idiomHashes[m][k] == hash && i - k >= range.lowerBound && i - k + count <= range.upperBound {
                var same = true
                for j in 0..<count where tokens[i - k + j].hash != idiomHashes[m][j] { same = false; break }
                if same { for j in 0..<count where tokens.lower(i - k + j) != phrases.idioms[m][j] { same = false; break } }
                if same { return true }
            }
        }
        return false
    }

    /// What the words around each trigger make of it: a cut of a cooperative act is a sanction
    /// ("cut aid"), a hostile act announced for the future is a threat ("would impose
    /// sanctions"), and an act that is the content of a threat is not stated as done ("threatened
    /// to strike Pakistani military posts").
    func frame(_ found: [Trigger], _ tokens: Tokens, _ range: Range<Int>) -> [Trigger] {
        var triggers = found
        var dropped = Set<Int>()
        for i in triggers.indices {
            let t = triggers[i]
            let cut = lexicon.facts[t.type].cutType
            var future = lexicon.facts[t.type].futureType
            guard cut != nil || future != nil else { continue }
            let cl = clause(around: t.range, range)
            if let cut, (max(cl.lowerBound, t.range.lowerBound - 3)..<t.range.lowerBound).contains(where: { isClass($0, .cut) }) {
                if lexicon.shapes[t.patternIndex].cutIsNoAct { dropped.insert(i); continue }
                triggers[i].type = cut
                triggers[i].isCut = true
                // "akan menghentikan bantuan jika ...": a cut announced under a condition is a threat;
                // without one it stays a cut ("announced it would prohibit all aid").
                future = lexicon.facts[cut].futureType
                guard future != nil, range.contains(where: { isClass($0, .conditional) }) else { continue }
            } else if let cut, let k = (t.range.upperBound..<min(cl.upperBound, t.range.upperBound + 5)).first(where: { isClass($0, .cut) }),
                isPassiveForm(k, tokens, range)
            {
                // "kerja sama militer dengan Australia dihentikan": a cut written as a passive after the act.
                if lexicon.shapes[t.patternIndex].cutIsNoAct { dropped.insert(i) } else { triggers[i].type = cut; triggers[i].isCut = true }
                continue
            }
            // "akan tetap mempertahankan sanksi", "will keep the sanctions": a continuing act is no threat.
            // "akan membahas agresi Israel": the future is the verb's between them, not the act's.
            if let future, let marker = containsPhrase(phrases.futureMarkers, in: max(cl.lowerBound, t.range.lowerBound - 5)..<t.range.lowerBound, tokens, head: .futureHead),
                !(marker.upperBound..<t.range.lowerBound).contains(where: {
                    isClass($0, .continuation)
                        || (isVerb(tokens.lower($0)) && !isClass($0, .lightVerb) && !isClass($0, .cut) && memos[$0].triggers < 0)
                })
            {
                // "Portugal akan mengusir sepuluh diplomat": a decision, unless a condition goes with it.
                if lexicon.facts[triggers[i].type].futureIsDecision, marker.count == 1, rules.decisionMarkers.contains(tokens.lower(marker.lowerBound)),
                    !range.contains(where: { isClass($0, .conditional) })
                {
                    continue
                }
                triggers[i].type = future
            }
        }
        // An act right after an embedding trigger and "to" / "akan" is that trigger's content.
        var embedded = dropped
        for (i, e) in triggers.enumerated() where lexicon.facts[e.type].embeds {
            for (j, t) in triggers.enumerated()
            where j != i && t.range.lowerBound >= e.range.upperBound
                && t.range.lowerBound - e.range.upperBound <= 6
            {
                let between = e.range.upperBound..<t.range.lowerBound
                if between.contains(where: { words.contentLinks.contains(tokens, $0) }),
                    !between.contains(where: { isClass($0, .clauseBreak) && !words.contentLinks.contains(tokens, $0) })
                {
                    embedded.insert(j)
                }
            }
        }
        guard !embedded.isEmpty else { return triggers }
        return triggers.enumerated().filter { !embedded.contains($0.offset) }.map(\.element)
    }

    /// Whether the word at `i` is a passive verb form: "dihentikan" (a di- prefix on a longer word)
    /// where verbs take prefixes, "was suspended" (after a passive auxiliary) where they inflect.
    func isPassiveForm(_ i: Int, _ tokens: Tokens, _ range: Range<Int>) -> Bool {
        switch rules.morphology {
        case .affixing:
            return tokens.lower(i).hasPrefix("di") && tokens.lower(i).count > 5
        case .inflecting:
            return (max(range.lowerBound, i - 2)..<i).contains { words.passiveAuxiliaries.contains(tokens, $0) }
        }
    }

    /// Where the words of pattern `p` after its first end, matched from `start`, or nil.
    func matchRest(
        _ p: Int, from start: Int, _ tokens: Tokens, _ memos: [WordMemo], _ range: Range<Int>,
        skip: [Bool], cache: borrowing ExtractionCache
    ) -> Int? {
        let count = lexicon.patternKeys[p].count
        var i = start
        var w = 1
        while w < count {
            if lexicon.patternKeys[p][w].kind == .gap {
                guard w + 1 < count else { return i }
                var j = i
                var hit: Int?
                while j < range.upperBound && j <= i + 8 {
                    if tokens[j].kind == .word && lexicon.matches(pattern: p, word: w + 1, tokens, j, memos[j], cache: cache) { hit = j; break }
                    if tokens[j].kind == .punctuation && !Self.gapMarks.contains(tokens, j) { break }
                    j += 1
                }
                guard let h = hit else { return nil }
                i = h + 1
                w += 2
                continue
            }
            // "vowed \"unwavering support\" for Kyiv": quote marks inside a phrase do not break it.
            while i < range.upperBound, tokens[i].kind == .punctuation, MentionFinder.quoteMarks.contains(tokens, i) { i += 1 }
            guard i < range.upperBound, tokens[i].kind == .word,
                lexicon.matches(pattern: p, word: w, tokens, i, memos[i], cache: cache)
            else { return nil }
            i += 1
            w += 1
        }
        return i
    }
}
