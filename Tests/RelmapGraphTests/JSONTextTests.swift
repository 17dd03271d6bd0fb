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
        // Every count of digits, at its ends, both signs.
        var power = 1
        for _ in 0..<18 {
            for v in [power, power - 1, power + 1, 7 * power + 3, -power, -(power - 1)] { #expect(integer(v) == String(v)) }
            power *= 10
        }
    }

    @Test func stringsQuotedAndEscaped() {
        var out: [UInt8] = []
        JSONText.appendQuoted("Kim \"the third\"\n\\ é", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #""Kim \"the third\"\n\\ é""#)
    }

    /// Every byte JSON escapes, at every offset of strings up to 40 bytes long (inside and across
    /// the eight-byte words the writer checks at once), next to plain and non-ASCII text.
    @Test func escapesWhereverTheByteFalls() {
        // JSON's own short escapes, else \u00XX for a control character.
        let short: [Unicode.Scalar: String] = ["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"]
        func reference(_ s: String) -> String {
            var out = "\""
            for u in s.unicodeScalars {
                if let e = short[u] {
                    out += e
                } else if u.value < 0x20 {
                    out += "\\u00" + (u.value < 16 ? "0" : "") + String(u.value, radix: 16)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
            return out + "\""
        }
        let specials: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", " ", "!", "#", "[", "]", "é"]
        for length in 0...40 {
            let plain = String(repeating: "abcdefgh", count: 6).prefix(length)
            #expect(JSONText.quote(String(plain)) == reference(String(plain)))
            for offset in 0..<max(1, length) {
                for c in specials {
                    var chars = Array(plain)
                    if chars.isEmpty { chars = [c] } else { chars[offset] = c }
                    let s = String(chars)
                    #expect(JSONText.quote(s) == reference(s), "\(Array(s.utf8))")
                }
            }
        }
    }

    /// Items written one after another through the scratch room: the same bytes as each on its
    /// own, whether they fit in one run, need several, or one is larger than the scratch room.
    @Test func runsOfItemsAreTheItemsInTurn() {
        let items =
            (0..<500).map { i in String(repeating: i % 7 == 0 ? "\"q\"" : "word ", count: i % 50) }
            + [String(repeating: "x\n", count: 40_000), "last"]
        var expected: [UInt8] = []
        for s in items { JSONText.appendQuoted(s, to: &expected) }
        var out: [UInt8] = [0x5B]
        JSONByteWriter.append(items.count, into: &out, room: { JSONByteWriter.room(quoting: items[$0]) }) { i, w in w.quoted(items[i]) }
        #expect(out == [0x5B] + expected)
    }
}
