import Testing

@testable import RelmapExtraction

/// Actors by number: the inline list a mention holds, and the lexicon's tables behind the numbers.
@Suite struct ActorListTests {
    func ids(_ raws: [UInt32]) -> [ActorID] { raws.map { ActorID(raw: $0) } }

    @Test func aListKeepsItsActorsInOrderAndComparesByThem() {
        var list = ActorList(ids([3, 1, 2]))
        #expect(Array(list) == ids([3, 1, 2]))
        #expect(list == ActorList(ids([3, 1, 2])))
        #expect(list != ActorList(ids([3, 1])))
        #expect(list != ActorList(ids([1, 2, 3])))
        list.append(ActorID(raw: 9))
        #expect(list.count == 4 && list[3] == ActorID(raw: 9))
        #expect(Set([list, ActorList(Array(list))]).count == 1)
    }

    @Test func aListHoldsAtMostItsCapacity() {
        let list = ActorList(ids(Array(0..<40)))
        #expect(list.count == ActorList.capacity)
        #expect(Array(list) == ids(Array(0..<UInt32(ActorList.capacity))))
    }

    @Test func filteringLeavesOutTheActorsOfAnotherList() {
        let list = ActorList(ids([1, 2, 3, 4]))
        #expect(Array(list.filter(notIn: ActorList(ids([2, 4, 7])))) == ids([1, 3]))
        #expect(list.filter(notIn: list).isEmpty)
    }

    @Test func theLexiconNumbersEachActorCodeOnce() throws {
        let lexicon = try CompiledLexicon(Lexicon.bundled())
        #expect(Set(lexicon.actorCodes).count == lexicon.actorCodes.count)
        for (i, code) in lexicon.actorCodes.enumerated() { #expect(lexicon.code(ActorID(raw: UInt32(i))) == code) }
        #expect(lexicon.actorCodes.contains("PRK") && lexicon.actorCodes.contains("NATO"))
        #expect(lexicon.rulingRoles.map { lexicon.roleName($0) }.sorted() == ["government", "military"])
    }
}
