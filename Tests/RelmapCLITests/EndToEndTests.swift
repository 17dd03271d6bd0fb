import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

/// The whole pipeline on the fixture corpus (Tests/Fixtures/corpus), written for these tests:
/// a1 (2023-03-01) US and South Korean drills, a North Korean threat; a2 (2023-09-10) a visit to
/// Moscow, cooperation, a US protest; a3 (2024-02-15, English) sanctions, a protest, a negated attack.
@Suite(.serialized) struct EndToEndTests {
    func json(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func mapWritesGraphAndMapAndPrintsRanking() throws {
        let out = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(out) }
        let r = try CLIRunner.run(["map", CLIRunner.fixture, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/corpus.svg"))
        let graph = try json(out + "/corpus.json")
        let edges = try #require(graph["edges"] as? [[String: Any]])
        func edge(_ s: String, _ t: String, _ type: String) -> [String: Any]? {
            edges.first { $0["source"] as? String == s && $0["target"] as? String == t && $0["type"] as? String == type }
        }
        #expect(edges.count == 7)
        #expect(edge("KOR", "USA", "alliance")?["directed"] as? Bool == false)
        #expect(edge("PRK", "KOR", "threat")?["weight"] as? Double == 1)
        #expect(edge("PRK", "KOR", "threat")?["first"] as? String == "2023-03-01")
        #expect(edge("USA", "PRK", "protest") != nil)
        #expect(edge("USA", "PRK", "sanction")?["last"] as? String == "2024-02-15")
        #expect(edge("JPN", "PRK", "protest") != nil)
        #expect(edge("PRK", "KOR", "attack") == nil, "the negated attack is dropped")
        let meeting = try #require(edge("PRK", "RUS", "meeting"))
        let evidence = try #require(meeting["evidence"] as? [[String: Any]])
        #expect(evidence.first?["article"] as? String == "a2")
        #expect((evidence.first?["text"] as? String)?.contains("mengunjungi Moskow") == true)
        // The map holds every node and edge of the graph.
        let svg = try XMLDocument(contentsOf: URL(fileURLWithPath: out + "/corpus.svg"))
        let nodeTitles = Set(try svg.nodes(forXPath: "//*[local-name()='g'][contains(@class,'node')]/*[local-name()='title']").compactMap(\.stringValue))
        let nodeIDs = Set((graph["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        #expect(nodeTitles == nodeIDs)
        let edgeIDs = Set(try svg.nodes(forXPath: "//*[local-name()='g'][contains(@class,'edge')]/@id").compactMap(\.stringValue))
        let expected = Set(edges.map { "edge-\($0["source"] as? String ?? "")-\($0["target"] as? String ?? "")-\($0["type"] as? String ?? "")" })
        #expect(edgeIDs == expected)
        // The printed ranking: North Korea is tied to all four others.
        let firstRow = r.stdout.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("1 ") }
        #expect(firstRow?.contains("PRK") == true, "\(r.stdout)")
    }

    @Test func rankAsJSONWithWeightsAndRanks() throws {
        let r = try CLIRunner.run(["rank", CLIRunner.fixture, "--measure", "degree", "--measure", "strength", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        // Degree ties (USA and KOR both 0.5) are broken by strength: USA 3 (alliance, protest,
        // sanction), KOR 2 (alliance, threat).
        #expect(rows.map { $0["id"] as? String } == ["PRK", "USA", "KOR", "RUS", "JPN"])
        #expect(rows[0]["degree"] as? Double == 1.0)
        // PRK: threat KOR 1, meeting + alliance RUS 2, protest + sanction USA 2, protest JPN 1.
        #expect(rows[0]["strength"] as? Double == 6.0)
        #expect(rows[1]["strength"] as? Double == 3.0 && rows[2]["strength"] as? Double == 2.0)
        #expect(rows[0]["label"] as? String == "North Korea")
    }

    @Test func extractJSONLHasTheContractFields() throws {
        let r = try CLIRunner.run(["extract", CLIRunner.fixture])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count >= 7)
        for line in lines {
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["article", "date", "source", "target", "type", "confidence", "sentence", "trigger"] {
                #expect(obj[key] != nil, "missing \(key)")
            }
        }
    }

    @Test func buildFiltersByPeriodAndTypeAndRankReadsItBack() throws {
        let scratch = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(scratch) }
        let out = scratch + "/g.json"
        let b = try CLIRunner.run(["build", CLIRunner.fixture, "--since", "2023-06-01", "--types", "protest,sanction", "-o", out])
        #expect(b.status == 0, "\(b.stderr)")
        let graph = try json(out)
        let types = Set((graph["edges"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String })
        #expect(types == ["protest", "sanction"])
        let r = try CLIRunner.run(["rank", out, "--format", "csv", "--measure", "in-degree"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("rank,id,label,in-degree,bloc\n1,PRK,"), "\(r.stdout)")
    }

    @Test func rankReadsAnEdgeListCSV() throws {
        let scratch = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(scratch) }
        let csv = scratch + "/e.csv"
        try "source,target,type,weight\nA,B,alliance,2\nB,C,protest,1\nC,A,protest,1\nD,A,meeting,1\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["rank", csv, "--measure", "degree", "--format", "csv", "--no-blocs"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\n1,A,A,1\n"), "\(r.stdout)")
    }

    @Test func renderWritesEachFormat() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        for (file, check) in [("m.svg", "<svg"), ("m.dot", "digraph"), ("m.pdf", "%PDF")] {
            let r = try CLIRunner.run(["render", CLIRunner.fixture, "-o", dir + "/" + file])
            #expect(r.status == 0, "\(r.stderr)")
            let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + file))
            #expect(String(decoding: data.prefix(4000), as: UTF8.self).contains(check))
        }
    }

    @Test func everyCommandExplainsItselfWithAnExample() throws {
        for command in ["extract", "build", "rank", "render", "map"] {
            let r = try CLIRunner.run([command, "--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("Example"), "\(command) --help lacks an example")
        }
    }
}

@Suite struct AnalyticsCLITests {
    @Test func rankHasEveryMeasureAndABlocColumn() throws {
        let all = [
            "degree", "in-degree", "out-degree", "strength", "in-strength", "out-strength", "betweenness", "closeness",
            "eigenvector", "pagerank", "hub", "authority"
        ]
        let r = try CLIRunner.run(["rank", CLIRunner.fixture, "--format", "json"] + all.flatMap { ["--measure", $0] })
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        for key in all + ["bloc", "id", "label"] { #expect(rows.allSatisfy { $0[key] != nil }, "missing \(key)") }
        // PRK brokers every path between the others' groups.
        #expect(rows.first?["id"] as? String == "PRK")
        #expect((rows.first?["betweenness"] as? Double ?? 0) > 0.5)
    }

    @Test func buildTopKeepsTheMostCentralActors() throws {
        let scratch = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(scratch) }
        let out = scratch + "/g.json"
        let r = try CLIRunner.run(["build", CLIRunner.fixture, "--top", "2", "--top-by", "degree", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let g = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        let ids = Set((g["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        // Degree: PRK 1; KOR and USA tie at 0.5 and the tie goes to the smaller id.
        #expect(ids == ["PRK", "KOR"])
    }

    @Test func balanceReportsTheShare() throws {
        let r = try CLIRunner.run(["balance", CLIRunner.fixture, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(obj["triads"] as? Int != nil && obj["actors"] as? [Any] != nil)
        let prk = (obj["actors"] as? [[String: Any]])?.first { $0["id"] as? String == "PRK" }
        #expect((prk?["foes"] as? [String])?.contains("KOR") == true)
        #expect((prk?["friends"] as? [String])?.contains("RUS") == true)
    }
}

/// Renders one map many times in a process of its own and bounds the growth of resident memory:
/// a graph that is not closed (agclose), a layout not freed (gvFreeLayout) or a buffer kept
/// (gvRenderData) grows it by tens of kilobytes a render (measured: 4.9 MB over 60 renders without
/// agclose), where Graphviz 2.42's own small losses stay far below the bound.
@Suite struct RenderMemoryTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/statm")))
    func repeatedRendersDoNotGrowMemory() throws {
        let r = try CLIRunner.run(["render", CLIRunner.fixture, "--engine", "dot", "--repeat", "80", "-o", "/dev/null"])
        #expect(r.status == 0, "\(r.stderr)")
        let growth = r.stderr.split(separator: " ").first { $0.hasPrefix("resident_growth_kb=") }
            .flatMap { Int($0.dropFirst("resident_growth_kb=".count).trimmingCharacters(in: .whitespacesAndNewlines)) }
        let kb = try #require(growth, "no measurement in \(r.stderr)")
        #expect(kb < 1_000, "resident memory grew by \(kb) KB over 80 renders")
    }
}

@Suite struct DiffCLITests {
    static let seeds = CLIRunner.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path

    @Test func diffOfTwoPeriodsAsJSON() throws {
        let r = try CLIRunner.run(["diff", CLIRunner.fixture, "--before", "2023", "--after", "2024", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let d = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        for key in ["before", "after", "nodes_added", "nodes_removed", "edges_added", "edges_removed", "edges_changed", "rank_changes"] {
            #expect(d[key] != nil, "missing \(key)")
        }
        // 2023: a1 and a2; 2024: a3 (the sanctions and Japan's protest).
        let added = (d["edges_added"] as? [[String: Any]] ?? []).map { "\($0["source"]!)>\($0["target"]!) \($0["type"]!)" }
        #expect(Set(added) == ["USA>PRK sanction", "JPN>PRK protest"])
        #expect((d["nodes_removed"] as? [String])?.contains("RUS") == true)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seeds)))
    func seedsFrom2023To2024() throws {
        let scratch = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(scratch) }
        let svg = scratch + "/diff.svg"
        let r = try CLIRunner.run(["diff", Self.seeds, "--before", "2023", "--after", "2024", "--format", "json", "--svg", svg])
        #expect(r.status == 0, "\(r.stderr)")
        let d = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        func keys(_ name: String) -> Set<String> {
            Set((d[name] as? [[String: Any]] ?? []).map { "\($0["source"]!)>\($0["target"]!) \($0["type"]!)" })
        }
        // The Russia and North Korea alliance holds in both periods (strengthened or unchanged).
        #expect(keys("edges_changed").union(keys("edges_unchanged")).contains { $0.hasSuffix("alliance") && $0.contains("PRK") && $0.contains("RUS") })
        #expect(keys("edges_added").contains("KOR>RUS protest"))
        #expect(keys("edges_added").contains("PRK>KOR defection"))
        let map = try String(contentsOfFile: svg, encoding: .utf8).replacingOccurrences(of: "&#45;", with: "-")
        #expect(map.contains("edge-KOR-RUS-protest") && map.contains("#2f9e44") && map.contains("added"))
    }

    @Test func badPeriodsAreClearErrors() throws {
        let r = try CLIRunner.run(["diff", CLIRunner.fixture, "--before", "2023-13", "--after", "2024"])
        #expect(r.status != 0 && r.stderr.contains("2023-13") && r.stderr.contains("not a period"))
        let b = try CLIRunner.run(["build", CLIRunner.fixture, "--period", "Q2 2024"])
        #expect(b.status != 0 && b.stderr.contains("not a period"))
        let p = try CLIRunner.run(["build", CLIRunner.fixture, "--period", "2024"])
        #expect(p.status == 0 && p.stdout.contains("sanction") && !p.stdout.contains("\"meeting\""))
    }
}

@Suite struct TimelineCLITests {
    @Test func windowsOverTheFixtureCorpus() throws {
        let r = try CLIRunner.run(["timeline", CLIRunner.fixture, "--window", "quarter", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let windows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        // a1 2023-03-01 (Q1), a2 2023-09-10 (Q3), a3 2024-02-15 (2024-Q1): five quarters in all.
        #expect(windows.map { $0["window"] as? String } == ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1"])
        #expect(windows.map { $0["articles"] as? Int } == [1, 0, 1, 0, 1])
        let q3 = windows[2]
        #expect((q3["edges"] as? [[String: Any]])?.contains { $0["type"] as? String == "meeting" } == true)
        #expect((windows[4]["top"] as? [[String: Any]])?.first?["id"] as? String == "PRK")
    }

    @Test func mapsShareOneLayout() throws {
        let scratch = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(scratch) }
        let dir = scratch + "/maps"
        let r = try CLIRunner.run(["timeline", CLIRunner.fixture, "--window", "year", "--maps", dir, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("window,start,end,articles,relations,top_actors,source,target,type,weight\n2023,"))
        func position(_ year: String, _ id: String) throws -> String {
            let svg = try String(contentsOfFile: "\(dir)/\(year).svg", encoding: .utf8)
            let part = try #require(svg.components(separatedBy: "id=\"node&#45;\(id)\"").dropFirst().first)
            let ellipse = try #require(part.components(separatedBy: "<ellipse").dropFirst().first)
            return String(ellipse.prefix(60))
        }
        // North Korea stands at the same place in both years' maps.
        #expect(try position("2023", "PRK") == position("2024", "PRK"))
    }
}
