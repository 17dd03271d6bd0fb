import Testing
@testable import RelmapCorpus

/// The fast reader of flat metadata lines, and its refusals that send a line to the full parser.
@Suite struct FlatJSONTests {
    static let keys = ["id", "date", "title"]

    /// The fields `keys` of `text` by name (absent and null ones left out), or nil when refused.
    func fields(_ text: String) -> [String: String]? {
        let values = Array(text.utf8).withUnsafeBufferPointer { FlatJSON.strings($0, keys: Self.keys.map { Array($0.utf8) }) }
        guard let values else { return nil }
        var out: [String: String] = [:]
        for (k, v) in zip(Self.keys, values) { out[k] = v }
        return out
    }

    @Test func readsTheKeysAskedForAndSkipsTheRest() {
        #expect(
            fields(#"{"id": "a1", "date": "2024-07-16", "n": 3, "ok": true, "url": "x", "title": null}"#)
                == ["id": "a1", "date": "2024-07-16"])
        #expect(fields("{}") == [:])
        #expect(fields(#"{"title":"a","title":"b"}"#) == ["title": "b"])
    }

    @Test func resolvesEscapesInValuesAndKeys() {
        #expect(
            fields(#"{"title": "Kim \"the third\" \u00e9\ud83d\ude00 a\\b\/c\n"}"#)?["title"]
                == "Kim \"the third\" é😀 a\\b/c\n")
        #expect(fields(#"{"\u0069d": "a2"}"#) == ["id": "a2"])
    }

    @Test func refusesWhatNeedsTheFullParser() {
        #expect(fields(#"{"id": "a1", "tags": ["x"]}"#) == nil)
        #expect(fields(#"{"id": "a1", "meta": {"x": 1}}"#) == nil)
        #expect(fields(#"{"id": 5}"#) == nil)
        #expect(fields(#"{"id": "a1""#) == nil)
        #expect(fields(#"{"id": "a1"} trailing"#) == nil)
        #expect(fields(#"{"id": "\x"}"#) == nil)
        // A malformed escape or a bare word is refused in a field nobody asked for, too.
        #expect(fields(#"{"id": "a1", "note": "\q"}"#) == nil)
        #expect(fields(#"{"id": "a1", "n": nope}"#) == nil)
    }
}
