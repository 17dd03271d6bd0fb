import Foundation
import RelmapCorpus
import RelmapExtraction
import RelmapGraph
import Testing
@testable import relmap

/// The relation JSONL wire format: ``RelationJSON`` is its one definition; these tests pin its bytes
/// and read a line back into a ``RelationMention`` field by field.
@Suite struct RelationJSONTests {
    static let mention: RelationMention = {
        var r = RelationMention(
            article: "a\"1", date: "2024-03-05", source: "PRK", target: "RUS", type: "alliance", confidence: 0.85,
            sentence: "Kim and Putin sign a \"treaty\" — ünïcödé.\n", sentenceIndex: 4, trigger: "sign", sourceText: "Kim",
            targetText: "Putin", sourceActor: "PRK", targetActor: "RUS",
            sentenceSpan: TextSpan(start: 100, end: 146), triggerSpan: TextSpan(start: 114, end: 118),
            sourceSpan: TextSpan(start: 100, end: 103), targetSpan: TextSpan(start: 108, end: 113),
            negated: false, hedged: true, directed: false, lang: "en")
        r.dateOrigin = .text
        return r
    }()

    @Test func bytesAreTheWireFormat() {
        let line = RelationJSON.line(Self.mention)
        #expect(
            line == #"{"article":"a\"1","date":"2024-03-05","date_origin":"text","source":"PRK","target":"RUS","type":"alliance","#
                + #""confidence":0.85,"trigger":"sign","negated":false,"hedged":true,"directed":false,"source_text":"Kim","target_text":"Putin","#
                + #""source_actor":"PRK","target_actor":"RUS","lang":"en","sentence_index":4,"sentence_start":100,"sentence_end":146,"#
                + #""trigger_start":114,"trigger_end":118,"source_start":100,"source_end":103,"target_start":108,"target_end":113,"#
                + #""sentence":"Kim and Putin sign a \"treaty\" — ünïcödé.\n"}"# + "\n")
    }

    /// A confidence's text is the number's shortest form, whether it comes from the table of
    /// hundredths or is formatted: hundredths, values near them, and values outside 0...1.
    @Test func confidenceTextIsTheNumbersShortestForm() {
        var values: [Double] = [0, -0.0, 1, 0.85, 0.8, 0.75, 0.1 + 0.2, 0.005, 1.5, -0.25, 2, 1e-7, .nan, .infinity, 0.333]
        for k in 0...100 {
            let c = Double(k) / 100
            values += [c, c.nextUp, c.nextDown, Double(k) * 0.01]
        }
        for c in values {
            #expect(RelationJSON.confidenceText(c) == JSONText.number(c), "\(c)")
            var r = Self.mention
            r.confidence = c
            #expect(RelationJSON.line(r).contains(",\"confidence\":\(JSONText.number(c)),"), "\(c)")
        }
    }

    /// A line read back (by any JSON reader) gives every field of the mention, spans included.
    @Test func aLineReadsBackIntoTheSameMention() throws {
        var undated = Self.mention
        undated.date = nil
        undated.dateOrigin = .none
        for r in [Self.mention, undated] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(RelationJSON.line(r).utf8)) as? [String: Any])
            func s(_ key: String) throws -> String { try #require(object[key] as? String, "\(key)") }
            func i(_ key: String) throws -> Int { try #require(object[key] as? Int, "\(key)") }
            func b(_ key: String) throws -> Bool { try #require(object[key] as? Bool, "\(key)") }
            func span(_ name: String) throws -> TextSpan { TextSpan(start: try i(name + "_start"), end: try i(name + "_end")) }
            var back = RelationMention(
                article: try s("article"), date: (object["date"] as? String).flatMap { Day($0) }, source: try s("source"), target: try s("target"),
                type: try s("type"), confidence: try #require(object["confidence"] as? Double), sentence: try s("sentence"),
                sentenceIndex: try i("sentence_index"), trigger: try s("trigger"), sourceText: try s("source_text"),
                targetText: try s("target_text"), sourceActor: try s("source_actor"), targetActor: try s("target_actor"),
                sentenceSpan: try span("sentence"), triggerSpan: try span("trigger"), sourceSpan: try span("source"),
                targetSpan: try span("target"), negated: try b("negated"), hedged: try b("hedged"), directed: try b("directed"),
                lang: try s("lang"))
            back.dateOrigin = try #require(Article.DateOrigin(rawValue: try s("date_origin")))
            #expect(back == r)
            #expect(object.count == 26)
        }
    }
}
