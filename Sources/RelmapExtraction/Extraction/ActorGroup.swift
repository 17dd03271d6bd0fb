/// Coordinated mentions read as one party: "AS dan Jepang", "Korea Selatan, AS, dan Jepang",
/// "AS-Korea Utara". A relation with a group as its source or target holds for each member.
struct ActorGroup {
    /// The mentions, in order.
    private(set) var mentions: MentionRun
    /// Token range from the first mention's start to the last one's end.
    var range: Range<Int>
    /// The distinct actors, in order.
    var actors: ActorList {
        // One mention of one actor, the common case: its own list.
        if mentions.count == 1, mentions[0].actors.count <= 1 { return mentions[0].actors }
        var out = ActorList()
        for m in mentions { for a in m.actors where !out.contains(a) { out.append(a) } }
        return out
    }
    /// The index of the word before the group, skipping determiners, or -1.
    var previousIndex: Int = -1
    /// Whether every mention is a place.
    var isPlace: Bool { mentions.allSatisfy(\.isPlace) }
    /// The speaker of a statement, not a party to it.
    var isSpeaker = false
    /// Partners named after the group as its ally or backer ("Russia and its ally Belarus"): they
    /// take the group's part in every act it is a party to, beside their own apposition.
    var partners: MentionRun { mentions.partners }
    /// A name modifying an ally noun after a possessive ("our NATO ally Turkey"): no object or subject.
    var modifiesAllyNoun = false

    /// A group of `mentions` spanning `range`.
    init(mentions: MentionRun, range: Range<Int>) {
        self.mentions = mentions
        self.range = range
    }

    /// A group of the one mention `m`, added to `store`.
    init(_ m: Mention, in store: MentionStore) {
        self.init(mentions: MentionRun(store, store.add(CollectionOfOne(m))), range: m.tokenRange)
    }

    /// A group of mention `k` of `store`.
    init(_ store: MentionStore, _ k: Int) {
        self.init(mentions: MentionRun(store, k..<(k + 1)), range: store.base[k].tokenRange)
    }

    /// Adds the mentions of `other` to the partners.
    mutating func addPartners(_ other: MentionRun) {
        mentions.addPartners(other)
    }

    /// Takes in the next mention of the list the group's mentions are a window on, `m`: the group
    /// then reaches to its end.
    mutating func extend(to m: Mention) {
        mentions.extend()
        range = range.lowerBound..<m.tokenRange.upperBound
    }

    /// The most members a list has as one party. A longer run of names is a table set as prose
    /// ("C1, ..., C100 condemned C101, ..., C200"), not a sentence a reader expands: it takes part
    /// in no relation, so one line of input cannot ask for ten thousand.
    static let maxListMembers = 16

    /// Groups `mentions` joined by coordinators (and the determiners after them: "and the UAE").
    /// A list longer than ``maxListMembers`` is left out.
    /// The groups read the mentions from `store`, which this refills with them: they must not be
    /// used after the store's next refill (``MentionStore``).
    static func group(
        _ mentions: [Mention], in store: MentionStore, tokens: Tokens, coordinators: Set<String>, determiners: Set<String> = []
    ) -> [ActorGroup] {
        store.refill(mentions)
        var groups: [ActorGroup] = []
        groups.reserveCapacity(mentions.count)
        var anyList = false
        for (k, m) in mentions.enumerated() {
            // Joined in place: a copy of the last group would copy its mentions on append.
            if let lastIndex = groups.indices.last, !m.isReference, !(groups[lastIndex].mentions.last?.isReference ?? false) {
                let gap = groups[lastIndex].range.upperBound..<m.tokenRange.lowerBound
                // "Bahrain and the United Arab Emirates": a determiner after the conjunction is in the list.
                let joined =
                    !gap.isEmpty && gap.count <= 3 && coordinators.contains(tokens.lower(gap.lowerBound))
                    && gap.allSatisfy { coordinators.contains(tokens.lower($0)) || determiners.contains(tokens.lower($0)) }
                    || (gap.count == 2 && tokens.text(gap.lowerBound) == "," && coordinators.contains(tokens.lower(gap.lowerBound + 1)))
                if joined {
                    groups[lastIndex].extend(to: m)
                    anyList = true
                    continue
                }
            }
            groups.append(ActorGroup(store, k))
        }
        guard anyList else { return groups }
        groups.removeAll { $0.mentions.count > maxListMembers }
        // "sekutu Korea Utara, Cina, tidak ...": names joined by commas alone are an apposition,
        // not a list; a list closes with a conjunction ("AS, Ukraina, dan Korea Selatan").
        var out: [ActorGroup] = []
        for g in groups {
            guard g.mentions.count > 1 else { out.append(g); continue }
            let commasOnly = (g.range.lowerBound..<g.range.upperBound).allSatisfy { i in
                tokens.text(i) == "," || g.mentions.contains { $0.tokenRange.contains(i) }
            }
            // "Kanada, Australia, Jepang dan sekutu AS lainnya": a conjunction after the names closes a list.
            // "A, B, and someone unnamed met": a comma and a conjunction after the names close it too.
            let next = g.range.upperBound
            let closed =
                next < tokens.count
                && (tokens[next].kind == .word && coordinators.contains(tokens.lower(next))
                    || (tokens.text(next) == "," && next + 1 < tokens.count && tokens[next + 1].kind == .word && coordinators.contains(tokens.lower(next + 1))))
            if commasOnly && !closed {
                for k in g.mentions.indices { out.append(ActorGroup(mentions: g.mentions.single(k), range: g.mentions[k].tokenRange)) }
            } else {
                out.append(g)
            }
        }
        return out
    }
}
