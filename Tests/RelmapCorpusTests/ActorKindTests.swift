import Foundation
import Testing
@testable import RelmapCorpus

@Suite struct ActorKindTests {
    @Test func knownNamesParseAndOthersDoNot() {
        #expect(ActorKind.allCases.map(\.rawValue) == ["state", "organisation", "person", "agency"])
        for kind in ActorKind.allCases { #expect(ActorKind(known: kind.rawValue) == kind && kind.isKnown) }
        #expect(ActorKind(known: "alliance-bloc") == nil && ActorKind(known: "State") == nil)
    }

    /// A graph file's own kind is kept as written.
    @Test func unknownNamesAreKept() throws {
        let bloc = ActorKind(rawValue: "alliance-bloc")
        #expect(!bloc.isKnown && bloc.description == "alliance-bloc")
        #expect(ActorKind(rawValue: "person") == .person && bloc != .organisation)
        let json = try JSONEncoder().encode(bloc)
        #expect(String(decoding: json, as: UTF8.self) == #""alliance-bloc""#)
        #expect(try JSONDecoder().decode(ActorKind.self, from: json) == bloc)
    }
}
