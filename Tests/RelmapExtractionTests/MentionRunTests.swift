import Testing

@testable import RelmapExtraction

/// Windows on a sentence's mentions: what a group holds instead of lists of its own.
@Suite struct MentionRunTests {
    /// Mentions of actors 0, 1, 2, ... at token k..<k+1.
    func mentions(_ n: Int) -> [Mention] {
        (0..<n).map { k in
            Mention(
                actors: ActorList(ActorID(raw: UInt32(k))), person: nil, agentRole: nil, isPlace: false, isReference: false,
                tokenRange: k..<(k + 1), start: k * 4, end: k * 4 + 3)
        }
    }

    func actors(_ run: MentionRun) -> [UInt32] { run.map { $0.actors[0].raw } }

    @Test func aRunIsAWindowIndexedFromZero() {
        let all = mentions(5)
        var run = MentionRun(all, 1..<3)
        #expect(run.count == 2 && actors(run) == [1, 2] && run[0].tokenRange == 1..<2)
        run.extend()
        #expect(actors(run) == [1, 2, 3])
        #expect(actors(run.single(2)) == [3])
        #expect(MentionRun().isEmpty && actors(MentionRun(all[4])) == [4])
    }

    @Test func partnersOnTheSameListAreASecondWindow() {
        let all = mentions(5)
        var group = MentionRun(all, 0..<2)
        #expect(group.partners.isEmpty)
        group.addPartners(MentionRun(all, 3..<5))
        #expect(actors(group) == [0, 1] && actors(group.partners) == [3, 4])
        // More partners, or partners from another list: joined in a list of the run's own.
        group.addPartners(MentionRun(all[2]))
        #expect(actors(group) == [0, 1] && actors(group.partners) == [3, 4, 2])
        var other = MentionRun(all, 4..<5)
        other.addPartners(MentionRun(mentions(2), 1..<2))
        #expect(actors(other) == [4] && actors(other.partners) == [1])
        // A group of one mention split from a list has no partners.
        #expect(group.single(0).partners.isEmpty)
    }
}
