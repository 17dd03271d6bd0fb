/// Finds the actors named in a sentence: longest lexicon names first, then agents joined to their
/// state, people checked against their terms of office, references resolved to earlier actors,
/// and names learnt from appositions.
final class MentionFinder {
    let lexicon: CompiledLexicon
    let rules: LanguageRules
    /// Their word lists the inner loops test tokens against.
    let words: RuleWords
    /// The mentions the groups it makes of a sentence's names read.
    let groupStore = MentionStore()

    /// The one-word speaker markers ("kata", "said").
    let speakerWords: Set<String>
    /// The speaker of a quotation that this sentence is in and that closes in a later sentence,
    /// found there by the extractor (``Extractor``) before this sentence is read.
    var quotationSpeaker: Mention?
    /// The people the article being read introduced in appositions ("Wakil Menteri Luar Negeri
    /// Korsel, Kim Hong Kyun"), their names as learnt: a ``PersonID`` with a negative `raw` is
    /// `learntPeople[-raw - 1]`. Emptied when an article starts (``startArticle()``).
    private(set) var learntPeople: [String] = []

    /// Forgets the people the last article introduced.
    func startArticle() {
        learntPeople.removeAll(keepingCapacity: true)
    }

    /// The name of person `id`: a person of the lexicon, or one the article introduced.
    func personName(_ id: PersonID) -> String {
        id.raw >= 0 ? lexicon.source.people[Int(id.raw)].name : learntPeople[Int(-id.raw - 1)]
    }

    /// Keeps `name` as a person the article introduced, and gives its id.
    private func introduce(_ name: String) -> PersonID {
        learntPeople.append(name)
        return PersonID(raw: -Int32(learntPeople.count))
    }

    init(lexicon: CompiledLexicon, rules: LanguageRules) {
        self.lexicon = lexicon
        self.rules = rules
        words = RuleWords(rules)
        speakerWords = Set(rules.speakerMarkers.filter { !$0.contains(" ") })
    }

    private struct Raw {
        var range: Range<Int>
        var target: CompiledLexicon.NameTarget
    }

    /// The names found in the sentence being read, kept from sentence to sentence so that their
    /// storage is allocated once per worker, not once per sentence.
    private var raws: [Raw] = []

    /// Whether token `i` opens a clause: the sentence's first word (after quotes and a conjunction
    /// such as "But", "Namun"), or a word right after a comma, a clause break or a complementizer.
    private func opensClause(_ i: Int, _ tokens: Tokens, _ memos: [WordMemo], _ range: Range<Int>) -> Bool {
        var p = i - 1
        while p >= range.lowerBound, tokens[p].kind == .punctuation, tokens.text(p) != "," {
            // "said: “We ...": a quotation opens a clause of its own.
            if Self.quoteMarks.contains(tokens, p) || tokens.text(p) == ":" { return true }
            p -= 1
        }
        if p < range.lowerBound { return true }
        if tokens.text(p) == "," || memos[p].classes.contains(.clauseBreak) || memos[p].classes.contains(.complementizer) { return true }
        // "But it ...", "Namun, ia ...": a conjunction that opens the sentence.
        if memos[p].classes.contains(.coordinator) {
            var q = p - 1
            while q >= range.lowerBound, tokens[q].kind == .punctuation { q -= 1 }
            return q < range.lowerBound
        }
        return false
    }

    /// Whether the name `entries[e]` matches at `i` (the entry read in place: passing it copied its
    /// lists). Token `i`'s memo found the entry by the name's first word, so that word's lower case
    /// is token `i`'s already: only its case is tested, from the entry's own fields.
    @inline(__always)
    private func matches(_ entries: UnsafeBufferPointer<CompiledLexicon.NameEntry>, _ e: Int, _ tokens: Tokens, _ i: Int, _ end: Int) -> Bool {
        let k = entries[e].count
        guard i + k <= end, k == 1 || tokens[i + 1].hash == entries[e].secondHash else { return false }
        if let exact = entries[e].firstExact {
            if tokens.text(i) != exact { return false }
        } else if entries[e].firstCapitalised && !tokens[i].isCapitalized {
            return false
        }
        for j in 1..<max(1, k) {
            // Hashes first: a token of another word is told apart without comparing strings (the
            // hash is of the token's lower case, which equal texts share).
            if tokens[i + j].hash != entries[e].hashes[j] { return false }
            if let exact = entries[e].exact[j] {
                if tokens.text(i + j) != exact { return false }
            } else {
                if tokens.lower(i + j) != entries[e].tokens[j] { return false }
                if entries[e].capitalised[j] && !tokens[i + j].isCapitalized { return false }
            }
        }
        return true
    }

    func find(
        _ tokens: Tokens, _ memos: [WordMemo], in range: Range<Int>, year: Int?, sentence: Int,
        context: inout ArticleContext
    ) -> [Mention] {
        raws.removeAll(keepingCapacity: true)
        var i = range.lowerBound
        while i < range.upperBound {
            // Length first: comparing every mark with "G7" called the string comparison.
            guard tokens[i].kind == .word || (tokens[i].length == 2 && tokens.text(i) == "G7") else { i += 1; continue }
            let capitalised = tokens[i].isCapitalized
            var found: Raw?
            let list = Int(memos[i].names)
            if list >= 0 {
                // The entries read in place: asking the lexicon for each one retained its lists.
                let run = lexicon.nameRuns[list]
                lexicon.nameEntries.withUnsafeBufferPointer { entries in
                    for e in run where matches(entries, e, tokens, i, range.upperBound) {
                        found = Raw(range: i..<(i + entries[e].count), target: entries[e].target)
                        break
                    }
                }
            }
            if capitalised, context.mayHaveLearnt(hash: tokens[i].hash), let learnt = context.learnt[tokens.lower(i)] {
                for (name, actor) in learnt.sorted(by: { $0.0.count > $1.0.count }) {
                    let k = name.count
                    guard i + k <= range.upperBound, (0..<k).allSatisfy({ tokens.lower(i + $0) == name[$0] }) else { continue }
                    if found == nil || found!.range.count < k { found = Raw(range: i..<(i + k), target: .actor(actor)) }
                    break
                }
            }
            if found == nil, capitalised, context.mayHaveShort(hash: tokens[i].hash), context.shorts[tokens.lower(i)] != nil {
                found = Raw(range: i..<(i + 1), target: .short(-1))
            }
            // "Vietnamese-led forces", "Saudi-led coalition": the leading actor.
            if found == nil, capitalised, let head = Self.ledHead(tokens.lower(i)), let k = lexicon.nameIndex[head], case let entries = lexicon.nameEntries[lexicon.nameRuns[Int(k)]],
                let e = entries.first(where: { $0.tokens.count == 1 }), case .actor = e.target
            {
                found = Raw(range: i..<(i + 1), target: e.target)
            }
            // "Lima anak tewas": a number word before a noun, not the place it also names.
            if let f = found, f.range.count == 1, memos[i].classes.contains(.numeral), i + 1 < range.upperBound,
                tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized
            {
                found = nil
            }
            if let f = found {
                raws.append(f)
                i = f.range.upperBound
            } else {
                i += 1
            }
        }

        guard !raws.isEmpty else { return [] }
        var mentions: [Mention] = []
        mentions.reserveCapacity(raws.count)
        var pendingAgent: (role: RoleID, range: Range<Int>)?
        func make(
            _ actors: ActorList, _ r: Range<Int>, person: PersonID? = nil, agent: RoleID? = nil,
            place: Bool = false, reference: Bool = false
        ) -> Mention {
            let start = tokens[r.lowerBound].start, end = tokens[r.upperBound - 1].end
            return Mention(
                actors: actors, person: person, agentRole: agent, isPlace: place, isReference: reference,
                tokenRange: r, start: start, end: end)
        }
        for raw in raws {
            var m: Mention?
            switch raw.target {
            case .actor(let id):
                m = make(ActorList(id), raw.range)
            case .person(let index):
                let people = lexicon.source.people
                let group = index < lexicon.namesakes.count ? lexicon.namesakes[index] : [index]
                // The right term of office: a sentence naming a year is read in that year.
                if let h = group.first(where: { people[$0].inOffice(on: context.date, year: year) }) {
                    let who = PersonID(raw: Int32(h)), actor = lexicon.personActors[h]
                    m = make(ActorList(actor), raw.range, person: who)
                    for s in people[h].short { context.setShort(s.lowercased(), actor: actor, person: who) }
                } else if isTitled(raw.range, tokens, range, pendingAgent: pendingAgent) {
                    // "President Clinton", "the Bush administration": the text itself gives the office.
                    m = make(ActorList(lexicon.personActors[index]), raw.range, person: PersonID(raw: Int32(index)))
                }
            case .short(let index):
                let key = tokens.lower(raw.range.lowerBound)
                if let s = context.shorts[key] {
                    m = make(ActorList(s.actor), raw.range, person: s.person)
                } else if index >= 0, index < lexicon.source.people.count, isTitled(raw.range, tokens, range, pendingAgent: pendingAgent),
                    // "President Gabriel Boric": a known surname followed by another name is someone else's first name.
                    !(raw.range.upperBound < range.upperBound && tokens[raw.range.upperBound].kind == .word && tokens[raw.range.upperBound].isCapitalized)
                {
                    // "President Obama": a surname with its office needs no full name first.
                    let people = lexicon.source.people
                    let name = people[index].name
                    let h = people.indices.first { people[$0].name == name && people[$0].inOffice(on: context.date, year: year) } ?? index
                    m = make(ActorList(lexicon.personActors[h]), raw.range, person: PersonID(raw: Int32(h)))
                }
            case .place(let id):
                m = make(ActorList(id), raw.range, place: true)
            case .agent(let role):
                // "juru bicara parlemen Jepang", "Ketua DPR AS": a role heading another role is one
                // agent phrase, named after its head.
                if !rules.modifiersBeforeNouns, let head = pendingAgent, head.range.upperBound == raw.range.lowerBound {
                    pendingAgent = (head.role, head.range.lowerBound..<raw.range.upperBound)
                } else {
                    pendingAgent = (role, raw.range)
                }
                // English order: "Russian troops", "the North Korean ambassador"; a leader's name before
                // the government or forces they rule ("the Assad regime", "Putin's forces").
                if rules.modifiersBeforeNouns, var last = mentions.last, last.agentRole == nil, last.person == nil || lexicon.rulingRoles.contains(role), !last.isPlace,
                    last.tokenRange.upperBound == raw.range.lowerBound
                        || (last.tokenRange.upperBound + 1 == raw.range.lowerBound && words.possessiveMarks.contains(tokens, last.tokenRange.upperBound))
                {
                    last.agentRole = role
                    last = make(last.actors, last.tokenRange.lowerBound..<raw.range.upperBound, person: last.person, agent: role)
                    mentions[mentions.count - 1] = last
                    pendingAgent = nil
                } else if raw.range.lowerBound > range.lowerBound, words.possessivePronouns.contains(tokens, raw.range.lowerBound - 1) {
                    // "its military", "their troops": the agency of the actor just named, else of the last subject.
                    let owner = mentions.last(where: { !$0.isPlace && $0.actors.count == 1 })?.actors ?? context.lastSubject
                    if !owner.isEmpty {
                        mentions.append(make(owner, (raw.range.lowerBound - 1)..<raw.range.upperBound, agent: role, reference: true))
                        pendingAgent = nil
                    }
                }
                continue
            case .context(let id):
                let licensed = lexicon.contextActors[id] ?? []
                if licensed.contains(where: context.seen.contains) { m = make(ActorList(id), raw.range) }
            case .pairReference:
                // "kedua negara" / "both countries": the last two actors named in this sentence,
                // else the last group of the sentences before.
                var recent: [ActorID] = []
                for earlier in mentions.reversed() where !earlier.isPlace {
                    for a in earlier.actors where !recent.contains(a) { recent.append(a) }
                }
                let group = recent.count >= 2 ? ActorList(recent.prefix(2).reversed()) : context.lastGroup
                if group.count >= 2 { m = make(ActorList(group.prefix(3)), raw.range, reference: true) }
            case .singleReference:
                // "UEA mengatakan, negara itu ...": an actor named earlier in the sentence, else the last one before.
                if let here = mentions.last(where: { !$0.isPlace && !$0.isReference && $0.actors.count == 1 }) {
                    m = make(here.actors, raw.range, reference: true)
                } else if let last = context.lastActor {
                    m = make(ActorList(last), raw.range, reference: true)
                }
            case .rulerReference:
                // "Militer Niger merebut kekuasaan. ... junta": the state whose government or forces were
                // named, in this sentence or before; else the actor just named.
                if let here = mentions.last(where: { $0.actors.count == 1 && $0.agentRole.map { lexicon.rulingRoles.contains($0) } == true }) {
                    m = make(here.actors, raw.range, reference: true)
                } else if let ruler = context.lastRuler ?? context.lastActor {
                    m = make(ActorList(ruler), raw.range, reference: true)
                }
            case .pluralReference:
                // "they" / "mereka" stands for a group named earlier in the same sentence, else,
                // opening a clause, for the last sentence's subject.
                if let here = ActorGroup.group(mentions, in: groupStore, tokens: tokens, coordinators: rules.coordinators, determiners: rules.determiners).last(where: { $0.actors.count >= 2 }) {
                    m = make(here.actors, raw.range, reference: true)
                } else if mentions.isEmpty, !context.lastSubject.isEmpty, opensClause(raw.range.lowerBound, tokens, memos, range) {
                    m = make(context.lastSubject, raw.range, reference: true)
                }
            case .subjectReference:
                // "It also warned ...", "Ia menegaskan ...": a pronoun opening a clause, before any
                // other actor of the sentence, continues the last sentence's subject.
                if mentions.isEmpty, !context.lastSubject.isEmpty, opensClause(raw.range.lowerBound, tokens, memos, range) {
                    m = make(context.lastSubject, raw.range, reference: true)
                } else if raw.range.lowerBound > range.lowerBound, memos[raw.range.lowerBound - 1].classes.contains(.complementizer),
                    mentions.count == 1, let first = mentions.first, !first.isPlace, !first.isReference, first.actors.count == 1
                {
                    // "Nigeria announced that it will withdraw ...", "Kenya menyatakan bahwa pihaknya ...": a
                    // pronoun opening a complement clause is the sentence's subject when it is the only actor
                    // named before it ("reminded Iraq that it must" may mean either).
                    m = make(first.actors, raw.range, reference: true)
                }
            }
            guard var mention = m else { pendingAgent = nil; continue }
            // Indonesian order: "pasukan Korea Utara", "Duta Besar Rusia"; in English an agency of a
            // state ("the government of Iraq", "security forces in Togo").
            if let agent = pendingAgent, !mention.isReference, !mention.isPlace,
                agent.range.upperBound == mention.tokenRange.lowerBound
                    || (rules.modifiersBeforeNouns && Self.agencyLink(tokens, agent.range.upperBound..<mention.tokenRange.lowerBound, role: lexicon.roleName(agent.role)))
            {
                let merged = make(
                    mention.actors, agent.range.lowerBound..<mention.tokenRange.upperBound,
                    person: mention.person, agent: agent.role)
                mention = merged
            }
            pendingAgent = nil
            // "Presiden Rusia Vladimir Putin", "the United Arab Emirates (UAE)": adjacent names of one
            // actor are one mention, the second one in brackets included.
            // "Presiden China, Xi Jinping," / "Rishi Sunak, the UK's prime minister": an apposition
            // naming the same actor after a comma is that mention too.
            // "Retno Marsudi of Indonesia", "Foreign Minister Juan Perez of Peru": a name before "of"
            // and a state is that state's person.
            if rules.modifiersBeforeNouns, !mention.isPlace, !mention.isReference, mention.tokenRange.lowerBound - 2 >= range.lowerBound,
                words.genitiveLinks.contains(tokens, mention.tokenRange.lowerBound - 1)
            {
                var start = mention.tokenRange.lowerBound - 1
                while start - 1 >= range.lowerBound, start > mention.tokenRange.lowerBound - 5, tokens[start - 1].kind == .word,
                    tokens[start - 1].isCapitalized, memos[start - 1].classes.isEmpty,
                    mentions.last.map({ $0.tokenRange.upperBound <= start - 1 }) ?? true
                {
                    start -= 1
                }
                if start < mention.tokenRange.lowerBound - 1, start > range.lowerBound || tokens[start].isCapitalized {
                    mention = make(mention.actors, start..<mention.tokenRange.upperBound, person: mention.person, agent: mention.agentRole)
                }
            }
            let apposed =
                mentions.last.map { last in
                    last.tokenRange.upperBound < mention.tokenRange.lowerBound && mention.tokenRange.lowerBound - last.tokenRange.upperBound <= 2
                        && last.actors == mention.actors && tokens.text(last.tokenRange.upperBound) == ","
                        && (last.tokenRange.upperBound + 1..<mention.tokenRange.lowerBound).allSatisfy { memos[$0].classes.contains(.determiner) }
                        // "Retno Marsudi of Indonesia": a person and their state joined by "of".
                        || (rules.modifiersBeforeNouns && last.person != nil && last.actors == mention.actors
                            && mention.tokenRange.lowerBound - last.tokenRange.upperBound == 1
                            && words.genitiveLinks.contains(tokens, last.tokenRange.upperBound))
                } ?? false
            if let last = mentions.last,
                last.tokenRange.upperBound == mention.tokenRange.lowerBound || apposed
                    || (last.tokenRange.upperBound + 1 == mention.tokenRange.lowerBound && tokens.text(last.tokenRange.upperBound) == "("
                        && mention.tokenRange.upperBound < range.upperBound && tokens.text(mention.tokenRange.upperBound) == ")"),
                last.actors == mention.actors, !last.isPlace, !mention.isPlace
            {
                let end = tokens.text(last.tokenRange.upperBound) == "(" ? mention.tokenRange.upperBound + 1 : mention.tokenRange.upperBound
                mention = make(
                    mention.actors, last.tokenRange.lowerBound..<end,
                    person: mention.person ?? last.person, agent: last.agentRole ?? mention.agentRole)
                mentions.removeLast()
            }
            mentions.append(mention)
        }
        // "Dua negara tetangga yaitu Pakistan dan Cina", "both neighbours, namely A and B": the names
        // after "yaitu" / "namely" are what the reference means.
        if !rules.namely.isEmpty, mentions.contains(where: { $0.isReference }) {
            let starts = Set(mentions.map(\.tokenRange.lowerBound))
            mentions.removeAll { m in
                m.isReference && m.actors.count >= 2
                    && (m.tokenRange.upperBound..<min(range.upperBound, m.tokenRange.upperBound + 3)).contains { i in
                        rules.namely.contains(tokens.lower(i)) && (starts.contains(i + 1) || (starts.contains(i + 2) && tokens.text(i + 1) == ","))
                    }
            }
        }
        if !rules.firstPerson.isEmpty {
            mentions = speakingForState(tokens, memos, range, mentions, lastSubject: context.lastSubject, lastPerson: context.recentPerson(sentence))
        }
        learnAppositions(tokens, range: range, mentions: mentions, context: &context)
        for m in mentions where !m.isReference {
            for a in m.actors where !context.seen.contains(a) { context.seen.append(a) }
        }
        return mentions
    }

    /// Quote marks, opening or closing.
    static let quoteMarks: MarkSet = ["“", "”", "\"", "„", "«", "»"]

    /// "“Kami mengecam ...,” kata Menteri Luar Negeri China", "\"We condemn ...,\" Japan's foreign
    /// minister said": a first-person pronoun opening a clause inside a quotation is the state its
    /// speaker, named right after the quotation, speaks for.
    private func speakingForState(
        _ tokens: Tokens, _ memos: [WordMemo], _ range: Range<Int>, _ mentions: [Mention],
        lastSubject: ActorList, lastPerson: ActorList
    ) -> [Mention] {
        // Most sentences have no first person: one bit test a word.
        guard range.contains(where: { memos[$0].classes.contains(.firstPerson) }) else { return mentions }
        // "The ministry said in a statement: “We ...”": the speaker is named before the colon.
        if let open = range.first(where: { Self.quoteMarks.contains(tokens, $0) }), open - 1 > range.lowerBound, tokens.text(open - 1) == ":",
            let said = (range.lowerBound..<(open - 1)).last(where: { speakerWords.contains(tokens.lower($0)) || memos[$0].classes.contains(.reporting) }),
            let speaker = mentions.last(where: { $0.tokenRange.upperBound <= said && !$0.isPlace }), speaker.actors.count == 1
        {
            let close = ((open + 1)..<range.upperBound).first { Self.quoteMarks.contains(tokens, $0) } ?? range.upperBound
            return withFirstPerson(as: speaker, in: (open + 1)..<close, tokens, memos, range, mentions)
        }
        // A quotation that goes on past this sentence: its speaker is named where it closes.
        if let speaker = quotationSpeaker {
            let open = range.first(where: { Self.quoteMarks.contains(tokens, $0) }) ?? range.lowerBound
            return withFirstPerson(as: speaker, in: open..<range.upperBound, tokens, memos, range, mentions)
        }
        guard let close = range.last(where: { Self.quoteMarks.contains(tokens, $0) }), close > range.lowerBound else {
            // "Kami mengecam ..., kata X" without quote marks: reported speech closed by its attribution.
            guard let (comma, speaker) = closingAttribution(tokens, range, mentions, lastSubject: lastSubject, lastPerson: lastPerson) else { return mentions }
            return withFirstPerson(as: speaker, in: range.lowerBound..<comma, tokens, memos, range, mentions)
        }
        let open = range.first(where: { Self.quoteMarks.contains(tokens, $0) && $0 < close }) ?? range.lowerBound
        guard let speaker = attribution(after: close, tokens, range, mentions, lastSubject: lastSubject, lastPerson: lastPerson) else { return mentions }
        return withFirstPerson(as: speaker, in: open..<close, tokens, memos, range, mentions)
    }

    /// "..., kata Menteri Luar Negeri Chile.", "..., Chile's foreign minister said.": a sentence
    /// without quote marks that ends on an attribution after a comma (a few words may follow the
    /// speaker: "on Tuesday", "kepada wartawan"). The comma and the speaker, if any.
    func closingAttribution(
        _ tokens: Tokens, _ range: Range<Int>, _ mentions: [Mention], lastSubject: ActorList,
        lastPerson: ActorList
    ) -> (comma: Int, speaker: Mention)? {
        guard range.count >= 6 else { return nil }
        for c in stride(from: range.upperBound - 2, through: max(range.lowerBound + 3, range.upperBound - 12), by: -1) where tokens.text(c) == "," {
            guard let speaker = attribution(after: c - 1, tokens, range, mentions, lastSubject: lastSubject, lastPerson: lastPerson) else { continue }
            // What follows the speaker is short and holds no clause of its own.
            let rest = speaker.tokenRange.upperBound..<range.upperBound
            guard rest.count <= 5, !rest.contains(where: { tokens.text($0) == "," }) else { return nil }
            return (c, speaker)
        }
        return nil
    }

    /// The speaker named right after the quote mark at `close` (", kata X", ", X said", "..., he
    /// said" for the last subject), if any, speaking for one actor.
    func attribution(
        after close: Int, _ tokens: Tokens, _ range: Range<Int>, _ mentions: [Mention], lastSubject: ActorList,
        lastPerson: ActorList = ActorList()
    ) -> Mention? {
        // The attribution: ", kata X" / ", X said", within a few words of the closing mark.
        var p = close + 1
        if p < range.upperBound, tokens.text(p) == "," { p += 1 }
        guard p < range.upperBound else { return nil }
        let speaker: Mention?
        let pronoun = { (i: Int) in i < range.upperBound && self.rules.subjectReferences.contains(tokens.lower(i)) }
        let at = pronoun(p) ? p : p + 1
        // "..., she said": the person named last, if one was named in the last sentences.
        let who = at < range.upperBound && rules.personalPronouns.contains(tokens.lower(at)) && !lastPerson.isEmpty ? lastPerson : lastSubject
        if who.count == 1,
            pronoun(p) && p + 1 < range.upperBound && speakerWords.contains(tokens.lower(p + 1))
                || speakerWords.contains(tokens.lower(p)) && pronoun(p + 1)
        {
            // "..., he said", "..., katanya": the speaker is the last sentence's subject.
            speaker = Mention(
                actors: who, person: nil, agentRole: nil, isPlace: false, isReference: true,
                tokenRange: at..<(at + 1), start: tokens[at].start, end: tokens[at].end)
        } else if speakerWords.contains(tokens.lower(p)) {
            speaker = mentions.first { $0.tokenRange.lowerBound > p && $0.tokenRange.lowerBound <= p + 4 && !$0.isPlace }
        } else if let m = mentions.first(where: { $0.tokenRange.lowerBound >= p && $0.tokenRange.lowerBound <= p + 3 && !$0.isPlace }),
            (m.tokenRange.upperBound..<min(range.upperBound, m.tokenRange.upperBound + 3)).contains(where: { speakerWords.contains(tokens.lower($0)) })
        {
            speaker = m
        } else {
            speaker = nil
        }
        guard let speaker, speaker.actors.count == 1 else { return nil }
        return speaker
    }

    /// `mentions` with each first-person word of `quote` that opens a clause standing for `speaker`.
    private func withFirstPerson(
        as speaker: Mention, in quote: Range<Int>, _ tokens: Tokens, _ memos: [WordMemo],
        _ range: Range<Int>, _ mentions: [Mention]
    ) -> [Mention] {
        var out = mentions
        for i in quote
        where rules.firstPerson.contains(tokens.lower(i))
            && !mentions.contains(where: { $0.tokenRange.contains(i) }) && opensClause(i, tokens, memos, range)
        {
            let m = Mention(
                actors: speaker.actors, person: speaker.person, agentRole: nil, isPlace: false, isReference: true,
                tokenRange: i..<(i + 1), start: tokens[i].start, end: tokens[i].end)
            out.insert(m, at: out.firstIndex { $0.tokenRange.lowerBound > i } ?? out.endIndex)
        }
        return out
    }

    /// Roles that, named "in" a state, are that state's own ("security forces in Togo"); troops
    /// in a state may be anyone's.
    static let domesticRoles: Set<String> = ["government", "security", "parliament"]
    /// Words that make an office a past one ("former President").
    static let former: Set<String> = ["former", "ex", "late", "mantan", "eks", "almarhum"]

    /// Whether `gap` links an agency to its state in English: "of" ("the army of Serbia", "residents
    /// of northern Chad") or, for a state's own agencies, "in" ("security forces in Togo").
    static func agencyLink(_ tokens: Tokens, _ gap: Range<Int>, role: String) -> Bool {
        // "Foreign Minister Mevlut Cavusoglu of Turkey": a name the lexicon lacks between office and state.
        var gap = gap
        while gap.count > 1, gap.count <= 4, tokens[gap.lowerBound].kind == .word, tokens[gap.lowerBound].isCapitalized,
            tokens.lower(gap.lowerBound) != "of"
        { gap = (gap.lowerBound + 1)..<gap.upperBound }
        guard gap.count == 1 || (gap.count == 2 && tokens.lower(gap.upperBound - 1) == "the") else { return false }
        let word = tokens.lower(gap.lowerBound)
        return word == "of" || (word == "in" && domesticRoles.contains(role))
    }

    /// The actor's name in a compound "X-led" ("vietnamese-led" gives "vietnamese").
    static func ledHead(_ lower: String) -> String? {
        // Bytes first: most capitalised words are not "X-led", and a String suffix test is costly.
        let u = lower.utf8
        guard u.count > 5, u.last == UInt8(ascii: "d"), lower.hasSuffix("-led"), lower.count > 5 else { return nil }
        return String(lower.dropLast(4))
    }

    /// Whether a person's name comes with their office: a title right before it ("President
    /// Clinton", "Presiden Soeharto") or an agency right after it ("the Bush administration"),
    /// and no "former" / "mantan".
    private func isTitled(
        _ r: Range<Int>, _ tokens: Tokens, _ range: Range<Int>,
        pendingAgent: (role: RoleID, range: Range<Int>)?
    ) -> Bool {
        var titled = false
        var start = r.lowerBound
        if let a = pendingAgent, a.range.upperBound == r.lowerBound { titled = true; start = a.range.lowerBound }
        if !titled, r.upperBound < range.upperBound, lexicon.agentLength(tokens, at: r.upperBound, end: range.upperBound) > 0 {
            titled = true
        }
        guard titled else { return false }
        return !(max(range.lowerBound, start - 2)..<start).contains { Self.former.contains(tokens.lower($0)) }
    }

    /// "Wakil Menteri Luar Negeri Korsel, Kim Hong Kyun" and "Foreign Minister Wang Yi": a run of
    /// capitalised unknown words right after an agency of a state is a person of that state.
    private func learnAppositions(_ tokens: Tokens, range: Range<Int>, mentions: [Mention], context: inout ArticleContext) {
        for m in mentions where (m.agentRole != nil) && m.person == nil && m.actors.count == 1 && !m.isPlace {
            var j = m.tokenRange.upperBound
            if j < range.upperBound, tokens.text(j) == "," { j += 1 }
            var name: [String] = []
            while j < range.upperBound, tokens[j].kind == .word, tokens[j].isCapitalized, name.count < 4,
                !mentions.contains(where: { $0.tokenRange.contains(j) })
            {
                name.append(tokens.lower(j))
                j += 1
            }
            if name.count >= 2 { context.learn(name: name, actor: m.actors[0]) { introduce(name.joined(separator: " ")) } }
        }
    }
}
