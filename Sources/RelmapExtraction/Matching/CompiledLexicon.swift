/// A ``Lexicon`` turned into look-up tables: names by their first token, trigger roots and exact
/// forms by language, and the stemmers whose dictionaries are the codebook's roots.
public struct CompiledLexicon: Sendable {
    /// What a name in the table stands for.
    enum NameTarget: Sendable, Hashable {
        case actor(ActorID)
        case person(Int)
        case short(Int)
        case place(ActorID)
        case agent(RoleID)
        case context(ActorID)
        case pairReference
        case singleReference
        /// "the junta": the state whose government or forces were last named.
        case rulerReference
        case pluralReference
        /// A pronoun that, as a subject, continues the last sentence's subject ("It also warned ...").
        case subjectReference
    }

    /// A name as a token sequence.
    struct NameEntry: Sendable {
        var tokens: [String]
        /// For each token: its hash (``Token/hash``), which a token of the text must have to match it.
        var hashes: [UInt64]
        /// For each token: must the text be capitalised (the lexicon writes it so)?
        var capitalised: [Bool]
        /// For each token: must the text match exactly (acronyms written in capitals)?
        var exact: [String?]
        var target: NameTarget
        /// How many tokens the name has, and the hash of its second (0 for a name of one): read
        /// without going through the lists, they turn most candidates away.
        var count: Int
        var secondHash: UInt64
        /// The first token's tests, read without going through the lists: the token of the text
        /// has the first word's lower case already (its memo found the entry by it).
        var firstCapitalised: Bool
        var firstExact: String?
    }

    /// A trigger pattern compiled to token tests.
    struct CompiledTrigger: Sendable {
        var type: Int
        /// The pattern's index in ``patterns``: a plain number, so lists of triggers copy freely.
        var pattern: Int
        /// Whether the pattern is its first word alone: it matches where that word stands, with no
        /// need to read the pattern (most candidates of a word are such).
        var isOneWord: Bool
    }

    /// Every trigger pattern of the codebook, addressed by ``CompiledTrigger/pattern``.
    var patterns: [TriggerPattern] = []
    /// The words of each pattern of ``patterns`` as plain values: kind and hash.
    private(set) var patternKeys: [[PatternKey]] = []
    /// What the reader asks of each pattern in its inner loops, as plain flags (reading them from
    /// ``patterns`` retained each pattern's strings).
    private(set) var shapes: [PatternShape] = []

    /// A language's multi-word function phrases, split into words once.
    struct Phrases: Sendable {
        var negations: [[String]] = []
        var notNegations: [[String]] = []
        var speakerMarkers: [[String]] = []
        var futureMarkers: [[String]] = []
        var reciprocals: [[String]] = []
        var idioms: [[String]] = []
    }

    /// The lexicon this was compiled from, as loaded.
    public let source: Lexicon
    /// Tells an article's language when its metadata gives none, from the lexicon's `detection`.
    public let detector: LanguageDetector
    var phrases: [String: Phrases] = [:]
    /// The name entries, those of one first word together: the name finder reads a word's entries
    /// without reaching a list of their own.
    var nameEntries: [NameEntry] = []
    /// The entries of each first word: a run of ``nameEntries``, addressed by ``nameIndex`` so that a
    /// word's memo holds a plain number.
    var nameRuns: [Range<Int>] = []

    /// The entries of the first word numbered `k` by ``nameIndex``.
    func names(_ k: Int32) -> ArraySlice<NameEntry> { nameEntries[nameRuns[Int(k)]] }
    var nameIndex: [String: Int32] = [:]
    var roots: [String: [String: [CompiledTrigger]]] = [:]
    var exacts: [String: [String: [CompiledTrigger]]] = [:]
    var stemmersID: IndonesianStemmer
    var stemmerEN: EnglishStemmer
    /// Context names and the actors that license them.
    var contextActors: [ActorID: [ActorID]] = [:]
    /// The ids of the organisations (NATO, AUKUS, ASEAN ...).
    var organisations: Set<ActorID> = []
    /// Every actor code the lexicon names (states, organisations, and the actors of its people,
    /// places and context names), by ``ActorID``.
    private(set) var actorCodes: [String] = []
    /// Every agent role the lexicon names, by ``RoleID``.
    private(set) var roleNames: [String] = []
    /// Whether some actor code holds a "|" (which joins the two codes of a pair's key).
    private(set) var codesHavePipe = false
    /// By person index: the actor the person acts for.
    private(set) var personActors: [ActorID] = []
    /// The roles that rule a state where a junta does: its government and its forces.
    private(set) var rulingRoles: Set<RoleID> = []
    /// For each person entry, the entries that share a name or alias with it ("Bush": two
    /// presidents), so that the one in office on the article's date is found whichever matched.
    var namesakes: [[Int]] = []
    /// Function-word classes by language and word.
    var wordClasses: [String: [String: WordClass]] = [:]
    /// By type index: the type's name.
    var typeNames: [String] = []
    /// By type index: what the reader needs of a type, as plain values that copy for free.
    var facts: [TypeFacts] = []

    /// Compiles `lexicon`.
    public init(_ lexicon: Lexicon) {
        source = lexicon
        detector = LanguageDetector(lexicon.detection)
        var actorCodes = NameNumbers(), roleNames = NameNumbers()
        func actor(_ code: String) -> ActorID { ActorID(raw: actorCodes.number(code)) }
        func role(_ name: String) -> RoleID { RoleID(raw: roleNames.number(name)) }
        var names: [String: [NameEntry]] = [:]
        // The names' words share their strings, as an extraction worker's do.
        var nameStrings = TokenStrings()
        func add(_ name: String, _ target: NameTarget) {
            let toks = Tokenizer.tokenize(name, strings: &nameStrings)
            guard !toks.isEmpty else { return }
            let isAcronym: (Int) -> Bool = { i in
                guard toks[i].kind == .word else { return false }
                let text = toks.text(i)
                // ASCII: a character is a byte, a lower-case letter a byte from "a" to "z".
                if text.utf8.allSatisfy({ $0 < 0x80 }) {
                    return (2...6).contains(text.utf8.count) && !text.utf8.contains { $0 &- 0x61 < 26 }
                }
                return text.count <= 6 && text.count >= 2 && text.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
            }
            let exact = toks.indices.map { isAcronym($0) ? toks.text($0) : nil }
            let entry = NameEntry(
                tokens: toks.indices.map(toks.lower),
                hashes: toks.map(\.hash),
                capitalised: toks.map { $0.isCapitalized },
                exact: exact,
                target: target, count: toks.count, secondHash: toks.count > 1 ? toks[1].hash : 0,
                firstCapitalised: toks[0].isCapitalized, firstExact: exact[0])
            names[toks.lower(toks.startIndex), default: []].append(entry)
        }
        for a in lexicon.actors {
            let id = actor(a.id)
            for n in a.names { add(n, .actor(id)) }
            add(a.id, .actor(id))
            for n in a.contextNames { add(n, .context(id)) }
        }
        personActors = lexicon.people.map { actor($0.actor) }
        for (i, p) in lexicon.people.enumerated() {
            add(p.name, .person(i))
            for n in p.aliases { add(n, .person(i)) }
            for n in p.short { add(n, .short(i)) }
        }
        var bySurface: [String: [Int]] = [:]
        for (i, p) in lexicon.people.enumerated() {
            for n in [p.name] + p.aliases { bySurface[n.lowercased(), default: []].append(i) }
        }
        namesakes = lexicon.people.map { p in
            var group: Set<Int> = []
            for n in [p.name] + p.aliases { group.formUnion(bySurface[n.lowercased()] ?? []) }
            return group.sorted()
        }
        for p in lexicon.places { add(p.name, .place(actor(p.actor))) }
        for a in lexicon.agents { for w in a.words { add(w, .agent(role(a.role))) } }
        for (_, rules) in lexicon.languages {
            for r in rules.pairReferences { add(r, .pairReference) }
            for r in rules.singleReferences { add(r, .singleReference) }
            for r in rules.rulerReferences { add(r, .rulerReference) }
            for r in rules.pluralReferences { add(r, .pluralReference) }
            for r in rules.subjectReferences { add(r, .subjectReference) }
        }
        for key in names.keys {
            names[key]?.sort { a, b in
                if a.tokens.count != b.tokens.count { return a.tokens.count > b.tokens.count }
                return Self.priority(a.target) < Self.priority(b.target)
            }
        }
        for (key, list) in names {
            nameIndex[key] = Int32(nameRuns.count)
            nameRuns.append(nameEntries.count..<(nameEntries.count + list.count))
            nameEntries += list
        }
        for a in lexicon.actors where !a.contextNames.isEmpty { contextActors[actor(a.id)] = a.contextActors.map(actor) }
        organisations = Set(lexicon.actors.filter { $0.kind == .organisation }.map { actor($0.id) })
        rulingRoles = Set(["government", "military"].map(role))
        self.actorCodes = actorCodes.names
        codesHavePipe = actorCodes.names.contains { $0.utf8.contains(UInt8(ascii: "|")) }
        self.roleNames = roleNames.names

        var roots: [String: [String: [CompiledTrigger]]] = [:]
        var exacts: [String: [String: [CompiledTrigger]]] = [:]
        var idRoots: Set<String> = [], enRoots: Set<String> = []
        for (ti, type) in lexicon.types.enumerated() {
            for (lang, patterns) in type.triggers {
                for p in patterns {
                    for w in p.words {
                        if case .root(let r) = w { if lang == "en" { enRoots.insert(r) } else { idRoots.insert(r) } }
                    }
                    guard let first = p.words.first else { continue }
                    let c = CompiledTrigger(type: ti, pattern: self.patterns.count, isOneWord: p.words.count == 1)
                    self.patterns.append(p)
                    switch first {
                    case .root(let r): roots[lang, default: [:]][r, default: []].append(c)
                    case .exact(let e): exacts[lang, default: [:]][e, default: []].append(c)
                    case .gap: break
                    }
                }
            }
        }
        self.roots = roots
        shapes = patterns.map(PatternShape.init)
        patternKeys = patterns.map { $0.words.map(PatternKey.init) }
        for (lang, r) in lexicon.languages {
            func split(_ list: [String]) -> [[String]] { list.map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty } }
            phrases[lang] = Phrases(
                negations: split(r.negations), notNegations: split(r.notNegations),
                speakerMarkers: split(r.speakerMarkers), futureMarkers: split(r.futureMarkers),
                reciprocals: split(r.reciprocals), idioms: split(r.idioms.map { $0.lowercased() }))
        }
        self.exacts = exacts
        for (lang, r) in lexicon.languages { wordClasses[lang] = WordClass.table(r) }
        let types = lexicon.types
        typeNames = types.map(\.name)
        facts = types.map { t in
            TypeFacts(
                directed: t.directed, hostile: t.polarity == .hostile, embeds: t.embeds, placeTarget: t.placeTarget,
                targetPrepositionRequired: t.targetPrepositionRequired, partnerTarget: t.partnerTarget, refersBack: t.refersBack, futureIsDecision: t.futureIsDecision,
                cutType: types.firstIndex { $0.cutOf.contains(t.name) },
                futureType: types.firstIndex { $0.futureOf.contains(t.name) })
        }
        stemmersID = IndonesianStemmer(roots: idRoots)
        stemmerEN = EnglishStemmer(roots: enRoots)
    }

    /// The length of the agent role ("Kementerian Luar Negeri", "troops") starting at `i`, or 0.
    func agentLength(_ tokens: Tokens, at i: Int, end: Int) -> Int {
        guard let k = nameIndex[tokens.lower(i)] else { return 0 }
        for e in names(k) {
            guard case .agent = e.target, i + e.tokens.count <= end else { continue }
            if (0..<e.tokens.count).allSatisfy({ tokens.lower(i + $0) == e.tokens[$0] }) { return e.tokens.count }
        }
        return 0
    }

    /// The role of the agent word(s) starting at `i` ("duta besar": diplomat), if any.
    func agentRole(_ tokens: Tokens, at i: Int, end: Int) -> String? {
        guard i < end, let k = nameIndex[tokens.lower(i)] else { return nil }
        for e in names(k) {
            guard case .agent(let role) = e.target, i + e.tokens.count <= end else { continue }
            if (0..<e.tokens.count).allSatisfy({ tokens.lower(i + $0) == e.tokens[$0] }) { return roleName(role) }
        }
        return nil
    }

    /// The code of actor `id` ("RUS", "NATO").
    func code(_ id: ActorID) -> String { actorCodes[Int(id.raw)] }

    /// The name of role `id` ("military").
    func roleName(_ id: RoleID) -> String { roleNames[Int(id.raw)] }

    /// Earlier wins among names of the same length: states and people over places and agents.
    private static func priority(_ t: NameTarget) -> Int {
        switch t {
        case .person: return 0
        case .actor: return 1
        case .place: return 2
        case .pairReference, .singleReference, .rulerReference, .pluralReference, .subjectReference: return 3
        case .agent: return 4
        case .short: return 5
        case .context: return 6
        }
    }

    /// The rules of a language, falling back to Indonesian's.
    func rules(_ lang: String) -> LanguageRules {
        source.languages[lang] ?? source.languages["id"] ?? LanguageRules()
    }

    /// The root a word reduces to in `lang`, by that language's stemmer.
    func stem(_ word: String, lang: String) -> String {
        lang == "en" ? stemmerEN.stem(word) : stemmersID.stem(word)
    }

    /// What the reader needs of a word not yet in `cache`'s word table (``memos(_:lang:cache:)``
    /// asks the table first): the triggers it can start and its function-word classes, worked out
    /// once and stored there.
    private func memo(_ token: Token, _ lower: String, lang: String, cache: inout ExtractionCache) -> WordMemo {
        var memo = WordMemo(classes: (wordClasses[lang] ?? wordClasses["id"])?[lower] ?? [])
        if token.kind == .word {
            let starts = triggers(startingWith: lower, lang: lang, cache: &cache)
            if !starts.isEmpty {
                memo.triggers = Int32(cache.tables.triggerLists.count)
                cache.tables.triggerLists.append(starts)
            }
        }
        memo.names = nameIndex[lower] ?? -1
        if token.kind == .word {
            // The word's roots and bare forms, for the later words of a trigger phrase.
            var roots = [root(of: lower, lang: lang, cache: &cache)]
            if lang == "en" {
                for c in EnglishStemmer.candidates(lower) where stemmerEN.dictionary.contains(c) && !roots.contains(c) { roots.append(c) }
            }
            memo.forms = Int32(cache.tables.formLists.count)
            cache.tables.formLists.append(WordForms(word: lower, roots: roots, forms: Self.cliticForms(lower, lang: lang), rules: rules(lang)))
        }
        cache.tables.words.insert(memo, hash: token.hash, lower: lower)
        return memo
    }

    /// Whether token `i` (with its memo) is a form of word `w` of pattern `p`: hashes first, the
    /// pattern's string read only when one agrees.
    @inline(__always)
    func matches(pattern p: Int, word w: Int, _ tokens: Tokens, _ i: Int, _ memo: WordMemo, cache: borrowing ExtractionCache) -> Bool {
        guard memo.forms >= 0 else { return false }
        let key = patternKeys[p][w]
        switch key.kind {
        case .gap:
            return true
        case .exact:
            let forms = cache.tables.formLists[Int(memo.forms)]
            guard forms.formHashes.contains(key.hash), case .exact(let e) = patterns[p].words[w] else { return false }
            return forms.hasForm(e, hash: key.hash)
        case .root:
            let forms = cache.tables.formLists[Int(memo.forms)]
            guard tokens[i].hash == key.hash || forms.rootHashes.contains(key.hash), case .root(let r) = patterns[p].words[w] else { return false }
            return (tokens[i].hash == key.hash && tokens.lower(i) == r) || forms.hasRoot(r, hash: key.hash)
        }
    }

    /// The memo of every token of an article, in order: one table look-up per token for the name
    /// finder and the relation reader together.
    func memos(_ tokens: Tokens, lang: String, cache: inout ExtractionCache) -> [WordMemo] {
        // Opening brackets, for the second pass below.
        var brackets: [Int] = []
        // Written in place, one memo a token (appending checked the list's room and owner each time);
        // the tokens read through a buffer pointer, and the table asked here.
        var out = [WordMemo](unsafeUninitializedCapacity: tokens.count) { out, initialized in
            tokens.items.withUnsafeBufferPointer { items in
                for i in items.indices {
                    let word = Int(items[i].word)
                    let memo: WordMemo
                    if items[i].kind == .number {
                        memo = WordMemo()
                    } else if word >= 0, word < cache.tables.byWord.count, let known = cache.tables.byWord[word] {
                        memo = known
                    } else {
                        let lower = tokens.lower(i)
                        memo = cache.tables.words.value(hash: items[i].hash, lower: lower) ?? self.memo(items[i], lower, lang: lang, cache: &cache)
                        if word >= 0 {
                            if word >= cache.tables.byWord.count { cache.tables.byWord.append(contentsOf: repeatElement(nil, count: word + 1 - cache.tables.byWord.count)) }
                            cache.tables.byWord[word] = memo
                        }
                    }
                    out[i] = memo
                    initialized = i + 1
                    // A one-byte mark first: comparing every comma with "(" called the string comparison.
                    if memo.classes.contains(.clauseBreak), items[i].length == 1, tokens.text(i) == "(" { brackets.append(i) }
                }
            }
        }
        // "Selasa (26/2)", "on Monday (June 12)", "the United Arab Emirates (UAE)": a date or an
        // abbreviation in brackets breaks no clause.
        for i in brackets {
            var j = i + 1
            while j < tokens.count, j - i <= 4, tokens[j].kind == .number || tokens.text(j) == "/" || (tokens[j].kind == .word && tokens[j].isCapitalized) { j += 1 }
            guard j < tokens.count, j > i + 1, tokens.text(j) == ")" else { continue }
            // Capitalised words alone only as one abbreviation ("(UAE)") or a known short form of
            // a name just before ("Korea Utara (Korut)"), not a name of its own ("(Kanada)").
            let words = (i + 1..<j).filter { tokens[$0].kind == .word }
            let shortForm =
                words.count == 1
                && (tokens.text(words[0]) == tokens.text(words[0]).uppercased()
                    || (out[words[0]].names >= 0 && i > 0 && tokens[i - 1].isCapitalized))
            if words.count == j - i - 1, !shortForm { continue }
            out[i].classes.remove(.clauseBreak)
            out[j].classes.remove(.clauseBreak)
        }
        return out
    }

    /// Triggers whose first word matches `lower` in `lang`.
    func triggers(startingWith lower: String, lang: String, cache: inout ExtractionCache) -> [CompiledTrigger] {
        var out: [CompiledTrigger] = []
        if let ex = exacts[lang] {
            for form in Self.cliticForms(lower, lang: lang) { if let t = ex[form] { out += t } }
        }
        if let rt = roots[lang] {
            if lang == "en" {
                // "opened" is a root of its own ("opened fire") and a form of "open": every known candidate counts.
                for c in EnglishStemmer.candidates(lower) where stemmerEN.dictionary.contains(c) { out += rt[c] ?? [] }
            } else if let t = rt[root(of: lower, lang: lang, cache: &cache)] {
                out += t
            }
        }
        return out
    }

    /// The root of `lower` by `lang`'s stemmer, memoised per thread in `cache`.
    func root(of lower: String, lang: String, cache: inout ExtractionCache) -> String {
        if let cached = cache.tables.stems[lower] { return cached }
        let s = stem(lower, lang: lang)
        cache.tables.stems[lower] = s
        return s
    }

    /// A word and the word without its clitics (-nya, -lah, -kah, -pun, -ku, -mu; English 's).
    static func cliticForms(_ w: String, lang: String) -> [String] {
        var out = [w]
        let clitics = lang == "en" ? ["'s", "’s"] : ["nya", "lah", "kah", "pun", "ku", "mu"]
        for c in clitics where w.hasSuffix(c) && w.count > c.count + 3 { out.append(String(w.dropLast(c.count))) }
        return out
    }
}

/// What the reader asks of a trigger pattern in its inner loops.
struct PatternShape: Sendable {
    var hasGap: Bool
    var addressee: Bool
    var apposition: Bool
    var hasObjectRole: Bool
    var cutIsNoAct: Bool
    /// The pattern's own flags and object role (``TriggerPattern``), for the reading of one trigger.
    var visit: Bool
    var evaluates: Bool
    var mutual: Bool
    var answers: Bool
    var objectRole: String?
    var subjectRole: String?
    var mediates: Bool

    init(_ p: TriggerPattern) {
        hasGap = p.words.contains(.gap)
        addressee = p.addressee
        apposition = p.apposition
        hasObjectRole = p.objectRole != nil
        cutIsNoAct = p.cutIsNoAct
        visit = p.visit
        evaluates = p.evaluates
        mutual = p.mutual
        answers = p.answers
        objectRole = p.objectRole
        subjectRole = p.subjectRole
        mediates = p.mediates
    }
}

/// What the relation reader needs of a type of the codebook.
struct TypeFacts: Sendable {
    var directed: Bool
    var hostile: Bool
    var embeds: Bool
    var placeTarget: Bool
    var targetPrepositionRequired: Bool
    /// Whether "with X" names the target (``RelationType/partnerTarget``).
    var partnerTarget: Bool = false
    /// Whether an act named without its agent aims at the last such act's agent (``RelationType/refersBack``).
    var refersBack: Bool = false
    /// Whether a decided future act stays this type (``RelationType/futureIsDecision``).
    var futureIsDecision: Bool = false
    /// The type a cut of this one becomes ("cut aid": sanction), if any.
    var cutType: Int?
    /// The type this one's acts announced for the future become ("would strike": threat), if any.
    var futureType: Int?
}

/// What the reader memoises of a word.
struct WordMemo: Sendable {
    /// Its function-word classes.
    var classes: WordClass = []
    /// The triggers the word can start: an index into the cache's `triggerLists`, or -1.
    var triggers: Int32 = -1
    /// The names that start with the word: its number in the lexicon's `nameIndex` (``CompiledLexicon/names(_:)``), or -1.
    var names: Int32 = -1
    /// The word's roots and clitic-free forms: an index into the cache's `formLists`, or -1.
    var forms: Int32 = -1
}
