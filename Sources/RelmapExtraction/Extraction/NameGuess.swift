import RelmapCorpus

/// What the words around an unknown name tell of it: the state it belongs to ("Philippine
/// President X", "Presiden Filipina X", "X, the Philippine foreign minister"), the role an agent
/// phrase gives it, and whether a title or an organisation word makes it a person or an
/// organisation. Used to write lexicon stubs (`relmap actors --unknown --format yaml`).
public struct NameGuess: Sendable, Equatable {
    /// The state (or organisation) named next to it, by id.
    public var state: String?
    /// The agent role next to it ("president", "foreign ministry").
    public var role: String?
    /// Person or organisation, when a title or an organisation word says so.
    public var kind: ActorKind?

    /// Whether the context told anything.
    public var isEmpty: Bool { state == nil && role == nil && kind == nil }

    /// What the known names and agent phrases next to `run` tell of it, within `sentence`:
    /// up to three steps back from its first word (a known name, an agent phrase, a title), and
    /// after a comma up to five steps on (determiners skipped). `owner` gives, for each token of
    /// the sentence, the index in `mentions` of the known name that covers it, or -1.
    static func reading(
        _ run: Range<Int>, in sentence: Range<Int>, tokens: Tokens, mentions: [Mention], owner: [Int], rules: LanguageRules,
        lexicon: CompiledLexicon
    ) -> NameGuess {
        var guess = NameGuess()
        var words = run.map { tokens.lower($0) }
        func mention(at k: Int) -> Mention? {
            let m = owner[k - sentence.lowerBound]
            return m >= 0 ? mentions[m] : nil
        }
        /// Takes a known name next to the run; a person ("Reuters, Kim agreed") is someone else,
        /// and ends the reading on that side.
        func take(_ m: Mention) -> Bool {
            guard m.person == nil, !m.isReference else { return false }
            if guess.state == nil, let a = m.actors.first { guess.state = lexicon.code(a) }
            if guess.role == nil, let r = m.agentRole { guess.role = lexicon.roleName(r) }
            words += m.tokenRange.map { tokens.lower($0) }
            return true
        }
        func isTitle(_ i: Int) -> Bool { rules.personTitles.contains(tokens.lower(i)) || rules.organisationWords.contains(tokens.lower(i)) }
        // Back from the name.
        var boundary = run.lowerBound
        for _ in 0..<3 where guess.state == nil && boundary > sentence.lowerBound {
            let k = boundary - 1
            if let m = mention(at: k) {
                guard take(m) else { break }
                boundary = max(sentence.lowerBound, m.tokenRange.lowerBound)
            } else if let p = (max(sentence.lowerBound, boundary - 3)..<boundary).first(where: {
                lexicon.agentLength(tokens, at: $0, end: boundary) == boundary - $0
            }) {
                if guess.role == nil { guess.role = lexicon.agentRole(tokens, at: p, end: boundary) }
                words += (p..<boundary).map(tokens.lower)
                boundary = p
            } else if tokens[k].kind == .word, isTitle(k) {
                words.append(tokens.lower(k))
                boundary = k
            } else {
                break
            }
        }
        // After a comma: "X, the Philippine foreign minister", "X, Menteri Luar Negeri Filipina".
        if run.upperBound < sentence.upperBound, tokens.text(run.upperBound) == "," {
            var p = run.upperBound + 1
            var steps = 0
            while steps < 5, p < sentence.upperBound {
                steps += 1
                let t = tokens[p]
                if rules.determiners.contains(tokens.lower(p)) {
                    p += 1
                } else if let m = mention(at: p) {
                    guard take(m) else { break }
                    p = max(p + 1, m.tokenRange.upperBound)
                } else if case let n = lexicon.agentLength(tokens, at: p, end: sentence.upperBound), n > 0 {
                    if guess.role == nil { guess.role = lexicon.agentRole(tokens, at: p, end: sentence.upperBound) }
                    words += (p..<p + n).map(tokens.lower)
                    p += n
                } else if t.kind == .word, isTitle(p) {
                    words.append(tokens.lower(p))
                    p += 1
                } else {
                    break
                }
            }
        }
        if words.contains(where: rules.personTitles.contains) {
            guess.kind = .person
        } else if words.contains(where: rules.organisationWords.contains) {
            guess.kind = .organisation
        }
        return guess
    }
}

extension LanguageRules {
    /// Whether `word` (lower case), written capitalised, is a function word of the language rather
    /// than a name: a pronoun, preposition, determiner, conjunction and the like, by the lists of
    /// the language data (language.yaml), or one of its ``notNames``.
    func isFunctionWord(_ word: String) -> Bool {
        notNames.contains(word) || pronouns.contains(word) || firstPerson.contains(word) || personalPronouns.contains(word)
            || subjectReferences.contains(word) || determiners.contains(word) || demonstratives.contains(word)
            || relatives.contains(word) || complementizers.contains(word) || coordinators.contains(word)
            || targetPrepositions.contains(word) || partnerPrepositions.contains(word) || between.contains(word)
            || passiveAgent.contains(word) || locativePrepositions.contains(word) || placePrepositions.contains(word)
            || predicatives.contains(word) || conditionals.contains(word) || subordinators.contains(word)
            || exclusions.contains(word) || inclusions.contains(word) || clauseBreaks.contains(word)
            || possessivePronouns.contains(word) || objectPronouns.contains(word)
    }
}
