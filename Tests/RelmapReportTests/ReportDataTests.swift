import Foundation
import RelmapCorpus
import RelmapGraph
import Testing

@testable import RelmapReport

/// The JSON the page reads: edges with their evidence, ranking, timeline, coverage, diff.
@Suite struct ReportDataTests {
    /// The edges by SOURCE-TARGET-TYPE, each as an object of the fields the page's script reads
    /// from the edge's array (months by name).
    func edges(_ data: [String: Any]) throws -> [String: [String: Any]] {
        let nodes = try #require(data["nodes"] as? [[String: Any]]).map { $0["id"] as? String ?? "" }
        let types = try #require(data["types"] as? [[String: Any]])
        let months = try #require((data["timeline"] as? [String: Any])?["months"] as? [String])
        let list = try #require(data["edges"] as? [[Any]])
        var out: [String: [String: Any]] = [:]
        for a in list {
            let type = try #require(types[try #require(a[2] as? Int)])
            let pairs = try #require(a[10] as? [Int])
            var byMonth: [String: Int] = [:]
            for k in stride(from: 0, to: pairs.count, by: 2) { byMonth[months[pairs[k]]] = pairs[k + 1] }
            let e: [String: Any] = [
                "type": type["name"] as Any, "polarity": type["polarity"] as Any, "directed": (a[3] as? Int) == 1,
                "weight": a[4], "mentions": a[5], "articles": a[6], "first": a[7], "last": a[8], "confidence": a[9],
                "months": byMonth, "ev": a[11], "more": a[12]
            ]
            out["\(nodes[try #require(a[0] as? Int)])-\(nodes[try #require(a[1] as? Int)])-\(type["name"] as? String ?? "")"] = e
        }
        return out
    }

    @Test func edgesCarryEverySentenceWithTriggerConfidenceAndMarks() throws {
        let data = try ReportFixture.data(try ReportFixture.page(try ReportFixture.collector()))
        let sentences = try #require(data["sentences"] as? [String])
        let articles = try #require(data["articles"] as? [[Any]])
        let byKey = try edges(data)
        let protest = try #require(byKey["CHN-PHL-protest"])
        #expect(protest["mentions"] as? Int == 2 && protest["articles"] as? Int == 2 && protest["more"] as? Int == 0)
        #expect(protest["directed"] as? Bool == true && protest["polarity"] as? String == "hostile")
        let ev = try #require(protest["ev"] as? [[Any]])
        #expect(ev.count == 2)
        for item in ev {
            let text = sentences[try #require(item[1] as? Int)] as NSString
            let (a, b) = (try #require(item[2] as? Int), try #require(item[3] as? Int))
            // Offsets in UTF-16 units, as the browser slices: the flag emoji before it counts 4.
            #expect(text.substring(with: NSRange(location: a, length: b - a)) == "protested")
        }
        #expect(articles[try #require(ev[0][0] as? Int)][0] as? String == "a1")
        #expect(articles[try #require(ev[1][0] as? Int)][0] as? String == "a2")
        #expect(ev[1][4] as? Double == 0.5 && ev[1][5] as? Int == 2, "negated: flag 2")
        #expect((protest["months"] as? [String: Int]) == ["2024-01": 1, "2024-03": 1])
        // The meeting is symmetric: one edge for both articles' mentions, hedged flagged.
        let meeting = try #require(byKey["CHN-PHL-meeting"])
        #expect(meeting["mentions"] as? Int == 2 && meeting["directed"] as? Bool == false)
        let mev = try #require(meeting["ev"] as? [[Any]])
        #expect(mev.first?[5] as? Int == 1, "hedged: flag 1")
        #expect((meeting["months"] as? [String: Int]) == ["2024-01": 1], "the undated mention has no month")
    }

    @Test func evidencePerEdgeIsCappedAndTheRestCounted() throws {
        let data = try ReportFixture.data(try ReportFixture.page(try ReportFixture.collector { $0.evidencePerEdge = 1 }))
        let protest = try #require(try edges(data)["CHN-PHL-protest"])
        #expect((protest["ev"] as? [[Any]])?.count == 1 && protest["more"] as? Int == 1 && protest["mentions"] as? Int == 2)
        let all = try ReportFixture.data(try ReportFixture.page(try ReportFixture.collector { $0.evidencePerEdge = 0 }))
        #expect((try edges(all)["CHN-PHL-protest"]?["ev"] as? [[Any]])?.count == 2)
    }

    @Test func sentencesAreStoredOnce() throws {
        // One sentence stating two relations is embedded once.
        var c = try ReportFixture.collector()
        let s = "China protested and met the Philippines."
        c.add(
            ReportArticle(id: "a5", date: Day("2024-04-01"), language: "en"),
            relations: [
                ReportFixture.mention("a5", "2024-04-01", "CHN", "PHL", "protest", sentence: s, trigger: "protested", directed: true),
                ReportFixture.mention("a5", "2024-04-01", "CHN", "PHL", "meeting", sentence: s, trigger: "met")
            ])
        #expect(c.sentences.filter { $0 == s }.count == 1)
    }

    @Test func coverageTimelineAndRanking() throws {
        let data = try ReportFixture.data(try ReportFixture.page(try ReportFixture.collector()))
        let coverage = try #require(data["coverage"] as? [String: Any])
        #expect(coverage["articles"] as? Int == 4 && coverage["relations"] as? Int == 4)
        #expect(coverage["undated"] as? Int == 1 && coverage["undated_ids"] as? [String] == ["a3"])
        #expect(coverage["without_relation"] as? Int == 1 && coverage["without_relation_ids"] as? [String] == ["a4"])
        #expect(coverage["languages"] as? [String: Int] == ["en": 3, "id": 1] && coverage["detected"] as? Int == 1)
        #expect(coverage["first"] as? String == "2024-01-05" && coverage["last"] as? String == "2024-03-02")
        let timeline = try #require(data["timeline"] as? [String: Any])
        #expect(timeline["months"] as? [String] == ["2024-01", "2024-02", "2024-03"], "every month, none skipped")
        let types = try #require(timeline["types"] as? [String])
        let counts = try #require(timeline["counts"] as? [[Int]])
        let protest = try #require(types.firstIndex(of: "protest")), meeting = try #require(types.firstIndex(of: "meeting"))
        #expect(counts.map { $0[protest] } == [1, 0, 1] && counts.map { $0[meeting] } == [1, 0, 0])
        #expect(timeline["undated"] as? [String: Int] == ["meeting": 1])
        let ranking = try #require(data["ranking"] as? [String: Any])
        #expect(ranking["measures"] as? [String] == ["pagerank", "degree", "strength", "betweenness"])
        let rows = try #require(ranking["rows"] as? [[Any]])
        #expect(Set(rows.compactMap { $0[0] as? String }) == ["CHN", "PHL"] && rows[0].count == 6, "id, 4 measures, bloc")
        #expect(data["diff"] is NSNull)
    }

    @Test func filterAppliesToGraphEvidenceAndTimeline() throws {
        let data = try ReportFixture.data(
            try ReportFixture.page(try ReportFixture.collector { $0.filter = GraphFilter(polarity: .hostile) }))
        #expect(try edges(data).keys.sorted() == ["CHN-PHL-protest"])
        let timeline = try #require(data["timeline"] as? [String: Any])
        #expect(timeline["types"] as? [String] == ["protest"])
    }

    @Test func diffOfTwoPeriods() throws {
        let html = try ReportFixture.page(
            try ReportFixture.collector {
                $0.before = try? Period("2024-01")
                $0.after = try? Period("2024-03")
            })
        let diff = try #require(try ReportFixture.data(html)["diff"] as? [String: Any])
        #expect(diff["before"] as? String == "2024-01" && diff["after"] as? String == "2024-03")
        let removed = try #require(diff["edges_removed"] as? [[String: Any]])
        #expect(removed.map { $0["type"] as? String } == ["meeting"])
        let changed = (diff["edges_changed"] as? [[String: Any]] ?? []) + (diff["edges_unchanged"] as? [[String: Any]] ?? [])
        #expect(changed.map { $0["type"] as? String } == ["protest"])
        #expect(html.components(separatedBy: "<svg").count - 1 == 2, "the map and the diff's map")
    }
}
