import Foundation
import Testing
@testable import RelmapCorpus

/// Articles of JSONL lines: the lines ``FlatJSON`` reads give the article (or the error) the
/// general JSON parser gives, and the lines it leaves to that parser are read by it.
@Suite struct JSONLineArticleTests {
    static let source = ArticleSource(path: "a.jsonl", kind: .jsonLines, metadata: MetadataTable())

    /// The article (or the error) of `line` read by the general parser alone, as before the fast path.
    static func general(_ line: String) -> Result<Article, CorpusError> {
        Result { () throws(CorpusError) in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed]) as? [String: Any] else {
                throw .malformedJSONL(path: "a.jsonl", line: 3, reason: "not JSON")
            }
            return try source.article(fromJSON: object, line: 3)
        }
    }

    static func read(_ line: String) -> Result<Article, CorpusError> {
        Result { () throws(CorpusError) in
            guard let a = try source.article(fromJSONLine: Data(line.utf8), number: 3) else { throw .noArticles(path: "blank") }
            return a
        }
    }

    @Test(arguments: [
        #"{"id": "a1", "date": "2024-06-19", "lang": "id", "text": "Korea Utara mengecam Jepang."}"#,
        #"{"text": "no id", "source": "Kompas", "url": "https://x.id/a?b=1&c=\"2\"", "title": "T"}"#,
        #"{"id":"e","text":"caf\u00e9 \u0000 \ud83c\udf0d \/ \\ \" \b\f\n\r\t ünï","extra":[1,2],"n":1}"#,
        #"{"id":"f","text":"tab\there", "views": 12, "score": -0.5, "ok": true, "no": false, "x": null}"#,
        #"{"id":"g","text":"x", "big": 1e400, "odd": 01}"#,
        #"{"id":"h","text":"x", "text": "second"}"#,
        #"{"id":"i","text":"x", "date": "2024-13-45"}"#,
        #"{"id":7,"text":"integer id"}"#,
        #"{"id":"j","text":null}"#,
        #"{"id":"k","date":"","text":"empty date", "lang": null}"#,
        #"{"id":"l","text":"x", "meta": {"a": "b"}}"#,
        #"{"id":"m","te\u0078t":"escaped key"}"#,
        #"{"id":"n","text":"lone \udc00 surrogate"}"#,
        #"{"id":"o","text":"x",}"#,
        #"{"id":"p","text":"x"} trailing"#,
        #"  {"id" : "q" , "text" : "spaced"  }  "#,
        #"{"article":"r","sentence":"s"}"#,
        "{\"id\":\"s\",\"text\":\"raw\ttab\"}",
        #"{"id":"t","date":"2024-06-19T08:00:00Z","text":"date-time"}"#,
        #"{"id":"u","text":"x","n":+1}"#,
        #"{"id":"v","text":"x","n":.5}"#
    ])
    func theSameArticleAsTheGeneralParser(line: String) {
        switch (Self.read(line), Self.general(line)) {
        case (.success(let fast), .success(let slow)): #expect(fast == slow)
        case (.failure(let fast), .failure(.malformedJSONL(_, _, "not JSON"))):
            #expect(fast == .malformedJSONL(path: "a.jsonl", line: 3, reason: "not valid JSON"))
        case (.failure(let fast), .failure(let slow)): #expect(fast == slow)
        case (let fast, let slow): Issue.record("fast \(fast), general \(slow)")
        }
    }
}
