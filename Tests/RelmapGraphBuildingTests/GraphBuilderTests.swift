import Foundation
import RelmapCorpus
import Testing
import RelmapExtraction
import RelmapGraph
@testable import RelmapGraphBuilding

func mention(_ s: String, _ t: String, _ type: String, article: String, date: Day?, sentence: Int = 0, directed: Bool = true) -> RelationMention {
    RelationMention(
        article: article, date: date, source: s, target: t, type: type, confidence: 0.8, sentence: "S \(article) \(sentence)",
        sentenceIndex: sentence, trigger: "trig", sourceText: s, targetText: t, sourceActor: s, targetActor: t,
        sentenceSpan: TextSpan(start: 0, end: 1), triggerSpan: TextSpan(start: 0, end: 1),
        sourceSpan: TextSpan(start: 0, end: 1), targetSpan: TextSpan(start: 0, end: 1), negated: false, hedged: false, directed: directed, lang: "id")
}

@Suite struct GraphBuilderTests {
    let lexicon = try! Lexicon.bundled()

    var mentions: [RelationMention] {
        [
            mention("KOR", "RUS", "protest", article: "a", date: "2023-01-05"),
            mention("KOR", "RUS", "protest", article: "a", date: "2023-01-05", sentence: 3),
            mention("KOR", "RUS", "protest", article: "b", date: "2024-06-01"),
            mention("RUS", "PRK", "alliance", article: "b", date: "2024-06-01", directed: false),
            mention("PRK", "RUS", "alliance", article: "c", date: nil, directed: false)
        ]
    }

    @Test func builderAggregatesPerPairAndType() throws {
        let g = GraphBuilder(lexicon: lexicon).build(mentions)
        #expect(g.nodes.map(\.id) == ["KOR", "RUS", "PRK"])
        #expect(g.nodes[0].label == "South Korea" && g.nodes[0].kind == .state)
        let protest = try #require(g.edges.first { $0.type == "protest" })
        #expect(protest.weight == 2 && protest.mentions == 3 && protest.articles == 2)
        #expect(protest.first == "2023-01-05" && protest.last == "2024-06-01")
        #expect(protest.evidence.count == 3 && protest.evidence[0].text == "S a 0")
        let alliance = try #require(g.edges.first { $0.type == "alliance" })
        #expect(!alliance.directed && g.nodes[alliance.source].id == "PRK" && alliance.weight == 2)
        let byMentions = GraphBuilder(lexicon: lexicon, weight: .mentions).build(mentions)
        #expect(byMentions.edges.first { $0.type == "protest" }?.weight == 3)
        let byIntensity = GraphBuilder(lexicon: lexicon, weight: .intensity).build(mentions)
        #expect(byIntensity.edges.first { $0.type == "protest" }?.weight == 9)
    }

    @Test func evidenceKeepsTheTextOfTheFirstSentencesOnly() throws {
        var builder = GraphBuilder(lexicon: lexicon)
        builder.evidenceTexts = 2
        var accumulator = builder.accumulator()
        for m in mentions { accumulator.add(m) }
        let protest = try #require(accumulator.graph().edges.first { $0.type == "protest" })
        #expect(protest.evidence.map(\.text) == ["S a 0", "S a 3", nil])
        // The graph so far can be asked for at any point, and more relations added after.
        accumulator.add(mention("KOR", "RUS", "protest", article: "d", date: "2024-07-01"))
        #expect(accumulator.graph().edges.first { $0.type == "protest" }?.articles == 3)
    }

    @Test func filtersByPeriodTypeAndPolarity() {
        let since = GraphBuilder(lexicon: lexicon, filter: GraphFilter(since: "2024-01-01")).build(mentions)
        #expect(since.edges.map(\.type).sorted() == ["alliance", "protest"])
        #expect(since.edges.first { $0.type == "alliance" }?.weight == 1, "undated relations are left out of a period")
        let hostile = GraphBuilder(lexicon: lexicon, filter: GraphFilter(polarity: .hostile)).build(mentions)
        #expect(hostile.edges.map(\.type) == ["protest"])
        let types = GraphBuilder(lexicon: lexicon, filter: GraphFilter(types: ["alliance"], minWeight: 2)).build(mentions)
        #expect(types.edges.count == 1 && types.nodes.count == 2)
    }

    @Test func jsonRoundTrips() throws {
        let g = GraphBuilder(lexicon: lexicon).build(mentions)
        let text = GraphJSON.encode(g)
        let back = try GraphJSON.decode(Data(text.utf8), path: "g.json")
        #expect(back.nodes == g.nodes)
        #expect(back.edges == g.edges)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(obj["multigraph"] as? Bool == true && (obj["edges"] as? [Any])?.count == 2)
    }
}
