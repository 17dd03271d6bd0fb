import Testing

@testable import RelmapCorpus

/// The quick UTF-8 check answers as the standard library's does.
@Suite struct ValidatedUTF8Tests {
    @Test(arguments: [
        [UInt8](), Array("synth-0000001".utf8), Array("Türkiye".utf8), Array("한국".utf8), [0x41, 0xFF, 0x42], [0xC3], [0xE2, 0x80],
        [0xED, 0xA0, 0x80], Array("a\u{0}b".utf8)
    ])
    func agreesWithTheStandardLibrary(bytes: [UInt8]) {
        #expect(String.validatedUTF8(bytes) == String(validating: bytes, as: UTF8.self))
        #expect(String.validatedUTF8(bytes[...]) == String(validating: bytes[...], as: UTF8.self))
    }
}
