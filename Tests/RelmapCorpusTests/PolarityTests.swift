import Foundation
import Testing
@testable import RelmapCorpus

@Suite struct PolarityTests {
    @Test func knownNamesParseAndOthersDoNot() {
        #expect(Polarity(known: "cooperative") == .cooperative)
        #expect(Polarity(known: "hostile") == .hostile)
        #expect(Polarity(known: "Hostile") == nil && Polarity(known: "neutral") == nil && Polarity(known: "") == nil)
        #expect(Polarity.allCases.map(\.rawValue) == ["cooperative", "hostile"])
    }

    /// A graph file's own polarity is kept as written.
    @Test func unknownNamesAreKept() throws {
        let neutral = Polarity(rawValue: "neutral")
        #expect(!neutral.isKnown && Polarity.hostile.isKnown)
        #expect(neutral.rawValue == "neutral" && neutral.description == "neutral")
        #expect(Polarity(rawValue: "hostile") == .hostile)
        let json = try JSONEncoder().encode([neutral, .cooperative])
        #expect(String(decoding: json, as: UTF8.self) == #"["neutral","cooperative"]"#)
        #expect(try JSONDecoder().decode([Polarity].self, from: json) == [neutral, .cooperative])
    }
}
