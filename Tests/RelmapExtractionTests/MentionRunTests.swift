import Testing

@testable import RelmapExtraction

/// Windows on a sentence's mentions (a ``MentionStore``): what a group holds instead of lists of
/// its own.
@Suite struct MentionRunTests {
    /// Mentions of actors 0, 1, 2, ... at token k..<k+1.
    func mentions(_ n: Int, from first: Int = 0) -> [Mention] {
        (first..<(first + n)).map { k in
            Mention(
                actors: ActorList(ActorID(raw: UInt32(k))), person: nil, agentRole: nil, isPlace: false, isReference: false,
                tokenRange: k..<(k + 1), start: k * 4, end: k * 4 + 3)
        }
    }

    func actors(_ run: MentionRun) -> [UInt32] { run.map { $0.actors[0].raw } }

    @Test func aRunIsAWindowOnTheStoreIndexedFromZero() {
        let store = MentionStore()
        store.refill(mentions(5))
        var run = MentionRun(store, 1..<3)
        #expect(run.count == 2 && actors(run) == [1, 2] && run[0].tokenRange == 1..<2)
        run.extend()
        #expect(actors(run) == [1, 2, 3])
        #expect(actors(run.single(2)) == [3])
        #expect(MentionRun(store, 2..<2).isEmpty)
        // A mention added to the store (one the sentence does not name) is a window of its own.
        let added = MentionRun(store, store.add(mentions(1, from: 9)))
        #expect(actors(added) == [9] && actors(run) == [1, 2, 3])
    }

    @Test func partnersAreASecondWindowOnTheSameStore() {
        let store = MentionStore()
        store.refill(mentions(5))
        var group = MentionRun(store, 0..<2)
        #expect(group.partners.isEmpty)
        group.addPartners(MentionRun(store, 3..<5))
        #expect(actors(group) == [0, 1] && actors(group.partners) == [3, 4])
        #expect(store.all.count == 5)
        // More partners, or partners from another store: added to this run's store together.
        group.addPartners(MentionRun(store, 2..<3))
        #expect(actors(group) == [0, 1] && actors(group.partners) == [3, 4, 2])
        let other = MentionStore()
        other.refill(mentions(2, from: 7))
        var last = MentionRun(store, 4..<5)
        last.addPartners(MentionRun(other, 1..<2))
        #expect(actors(last) == [4] && actors(last.partners) == [8])
        // A group of one mention split from a list has no partners.
        #expect(group.single(0).partners.isEmpty)
    }

    @Test func groupsReadTheMentionsTheStoreIsRefilledWith() {
        let store = MentionStore()
        let tokens = Tokenizer.tokenize("A dan B")
        let two = [
            Mention(actors: ActorList(ActorID(raw: 1)), person: nil, agentRole: nil, isPlace: false, isReference: false, tokenRange: 0..<1, start: 0, end: 1),
            Mention(actors: ActorList(ActorID(raw: 2)), person: nil, agentRole: nil, isPlace: false, isReference: false, tokenRange: 2..<3, start: 6, end: 7)
        ]
        let groups = ActorGroup.group(two, in: store, tokens: tokens, coordinators: ["dan"])
        #expect(groups.count == 1 && Array(groups[0].actors) == [ActorID(raw: 1), ActorID(raw: 2)] && groups[0].range == 0..<3)
        #expect(store.all.count == 2 && store.generation == 1)
    }
}
