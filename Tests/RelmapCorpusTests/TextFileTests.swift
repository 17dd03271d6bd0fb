import Testing
@testable import RelmapCorpus

/// Decoding article bytes: the plain-ASCII check that spares the full decoding.
@Suite struct TextFileTests {
    func isPlain(_ bytes: [UInt8], carriageReturns: Bool) -> Bool {
        bytes.withUnsafeBufferPointer { TextFile.isPlain($0, carriageReturns: carriageReturns) }
    }

    /// A byte from 0x80, or a CR when asked, at every offset of texts up to 100 bytes long
    /// (inside, across and after the words checked at once) is found; plain text passes.
    @Test func plainTextIsToldFromAnyOtherByteWhereverItFalls() {
        for length in 0...100 {
            let plain = (0..<length).map { UInt8(0x20 + $0 % 95) }
            #expect(isPlain(plain, carriageReturns: true))
            #expect(isPlain(plain, carriageReturns: false))
            for offset in 0..<length {
                for b: UInt8 in [0x80, 0xC3, 0xFF] {
                    var bytes = plain
                    bytes[offset] = b
                    #expect(!isPlain(bytes, carriageReturns: true), "\(b) at \(offset) of \(length)")
                    #expect(!isPlain(bytes, carriageReturns: false), "\(b) at \(offset) of \(length)")
                }
                var bytes = plain
                bytes[offset] = 0x0D
                #expect(!isPlain(bytes, carriageReturns: true), "CR at \(offset) of \(length)")
                #expect(isPlain(bytes, carriageReturns: false), "CR at \(offset) of \(length)")
                // Neighbours of CR and of 0x80 that are plain.
                for b: UInt8 in [0x0A, 0x0C, 0x0E, 0x00, 0x7F, 0x1D, 0x4D] {
                    bytes[offset] = b
                    #expect(isPlain(bytes, carriageReturns: true), "\(b) at \(offset) of \(length)")
                }
            }
        }
    }

    /// Text decoded from bytes: CR line ends and the byte-order mark removed, non-ASCII kept.
    @Test func decodedTextIsCleaned() throws {
        #expect(try TextFile.decode(Array("a\r\nb\rc".utf8), path: "x.txt") == "a\nb\nc")
        #expect(try TextFile.decode(Array("\u{FEFF}Kyiv é".utf8), path: "x.txt") == "Kyiv é")
        #expect(try TextFile.decode(Array("plain text".utf8), path: "x.txt") == "plain text")
        #expect(throws: CorpusError.self) { try TextFile.decode([0x61, 0x0A, 0xFF], path: "x.txt") }
    }
}
