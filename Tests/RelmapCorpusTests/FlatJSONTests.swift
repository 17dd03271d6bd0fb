import Testing
@testable import RelmapCorpus

/// The fast reader of flat metadata lines, and its refusals that send a line to the full parser.
@Suite struct FlatJSONTests {
    func fields(_ text: String) -> [String: String]? {
        Array(text.utf8).withUnsafeBufferPointer { FlatJSON.stringFields($0) }
    }

    @Test func readsStringsAndSkipsOtherScalars() {
        #expect(fields(#"{"id": "a1", "date": "2024-07-16", "n": 3, "ok": true, "url": null}"#)
            == ["id": "a1", "date": "2024-07-16"])
        #expect(fields("{}") == [:])
    }

    @Test func resolvesEscapes() {
        #expect(fields(#"{"title": "Kim \"the third\" \u00e9\ud83d\ude00 a\\b\/c\n"}"#)?["title"]
            == "Kim \"the third\" é😀 a\\b/c\n")
    }

    @Test func refusesWhatNeedsTheFullParser() {
        #expect(fields(#"{"id": "a1", "tags": ["x"]}"#) == nil)
        #expect(fields(#"{"id": "a1", "meta": {"x": 1}}"#) == nil)
        #expect(fields(#"{"id": 5}"#) == nil)
        #expect(fields(#"{"id": "a1""#) == nil)
        #expect(fields(#"{"id": "a1"} trailing"#) == nil)
        #expect(fields(#"{"id": "\x"}"#) == nil)
    }
}
