import Testing
@testable import RelmapGraph

/// The byte writers of JSON text.
@Suite struct JSONTextTests {
    func integer(_ v: Int) -> String {
        var out: [UInt8] = []
        JSONText.appendInteger(v, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func integersAsDigits() {
        for v in [0, 7, 10, 42, -42, 1_000_000, Int.max, Int.min] {
            #expect(integer(v) == String(v))
        }
    }

    @Test func stringsQuotedAndEscaped() {
        var out: [UInt8] = []
        JSONText.appendQuoted("Kim \"the third\"\n\\ é", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #""Kim \"the third\"\n\\ é""#)
    }
}
