import Foundation
import Testing

/// `relmap coverage`, and the thin-coverage warning of `diff` and `timeline`, on the fixture
/// corpus Tests/Fixtures/coverage, written for these tests: c1 (2024, Indonesian, language
/// detected) a protest; c2 (2024, English, detected) and c4 (2024, Indonesian, detected) no
/// relation, both naming the unknown "Odalys Brenner"; c3 (2025, English given in its front
/// matter) a meeting and the unknown "Tomasz Wielgosz".
@Suite struct CoverageTests {
    static let corpus = CLIRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/coverage").path

    func lines(_ text: String) -> [Substring] { text.split(separator: "\n") }

    @Test func tableShowsEachArticleAndTheSummary() throws {
        let r = try CLIRunner.run(["coverage", Self.corpus])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = lines(r.stdout)
        #expect(rows.first?.hasPrefix("article") == true && rows.first?.contains("unresolved names") == true, "\(r.stdout)")
        func row(_ id: String) -> [Substring] {
            (rows.first { $0.hasPrefix(id + " ") } ?? "").split(separator: " ", omittingEmptySubsequences: true)
        }
        // id, date, lang, sentences, relations, names...
        #expect(row("c1").prefix(5) == ["c1", "2024-01-10", "id*", "2", "1"], "\(r.stdout)")
        #expect(row("c2").prefix(5) == ["c2", "2024-02-02", "en*", "3", "0"], "\(r.stdout)")
        #expect(row("c3").prefix(3) == ["c3", "2025-03-01", "en"], "the front matter gives the language: \(r.stdout)")
        #expect(rows.first { $0.hasPrefix("c3 ") }?.contains("Tomasz Wielgosz") == true)
        #expect(rows.first { $0.hasPrefix("c2 ") }?.contains("Odalys Brenner") == true)
        #expect(r.stdout.contains("4 articles, 10 sentences, 2 relations"), "\(r.stdout)")
        #expect(r.stdout.contains("articles without a relation: 2 of 4 (50%): c2, c4"), "\(r.stdout)")
        // The most frequent unresolved name comes first: two mentions in two articles.
        let header = try #require(rows.firstIndex { $0.hasPrefix("most frequent unresolved names") })
        let first = rows[header + 2].split(separator: " ", omittingEmptySubsequences: true)
        #expect(first.prefix(4) == ["2", "2", "Odalys", "Brenner"], "\(r.stdout)")
    }

    @Test func jsonHasRowsAndSummary() throws {
        let r = try CLIRunner.run(["coverage", Self.corpus, "--format", "json", "--threads", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let articles = try #require(root["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["c1", "c2", "c3", "c4"])
        let byID = Dictionary(uniqueKeysWithValues: articles.map { ($0["id"] as? String ?? "", $0) })
        #expect(byID["c1"]?["lang"] as? String == "id" && byID["c1"]?["lang_detected"] as? Bool == true)
        #expect(byID["c2"]?["lang"] as? String == "en" && byID["c2"]?["relations"] as? Int == 0)
        #expect(byID["c3"]?["lang_detected"] as? Bool == false && byID["c3"]?["relations"] as? Int == 1)
        let c4names = (byID["c4"]?["unresolved"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(c4names.contains("Odalys Brenner") && c4names.contains("Sarimukti"), "\(c4names)")
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["articles"] as? Int == 4 && summary["relations"] as? Int == 2)
        let without = try #require(summary["without_relation"] as? [String: Any])
        #expect(without["count"] as? Int == 2 && without["ids"] as? [String] == ["c2", "c4"] && without["share"] as? Double == 0.5)
        let names = try #require(summary["unresolved"] as? [[String: Any]])
        #expect(names.first?["name"] as? String == "Odalys Brenner" && names.first?["articles"] as? Int == 2)
        #expect(names.contains { $0["name"] as? String == "Tomasz Wielgosz" })
    }

    @Test func csvGoesToTheOutputFile() throws {
        let scratch = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(scratch) }
        let out = scratch + "/coverage.csv"
        let r = try CLIRunner.run(["coverage", Self.corpus, "--format", "csv", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let rows = lines(text)
        #expect(rows.first == "article,date,lang,lang_detected,sentences,relations,unresolved_count,unresolved")
        #expect(rows.count == 5)
        #expect(rows.contains { $0.hasPrefix("c3,2025-03-01,en,false,2,1,") })
    }

    @Test func badInputNamesTheFileAndLeavesNoOutput() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        try FileManager.default.createDirectory(atPath: dir + "/c", withIntermediateDirectories: true)
        try Data("Japan condemned China.\n".utf8).write(to: URL(fileURLWithPath: dir + "/c/good.txt"))
        try Data([0x4A, 0x61, 0x70, 0x61, 0x6E, 0x0A, 0xC3, 0x28, 0x0A]).write(to: URL(fileURLWithPath: dir + "/c/bad.txt"))
        let out = dir + "/coverage.json"
        let r = try CLIRunner.run(["coverage", dir + "/c", "--format", "json", "-o", out])
        #expect(r.status != 0)
        #expect(r.stderr.contains(dir + "/c/bad.txt"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let missing = try CLIRunner.run(["coverage", dir + "/nowhere"])
        #expect(missing.status != 0 && missing.stderr.contains(dir + "/nowhere"), "\(missing.stderr)")
    }

    @Test func helpHasAnExample() throws {
        let r = try CLIRunner.run(["coverage", "--help"])
        #expect(r.status == 0 && r.stdout.contains("Example"))
    }

    /// The warning lines of `stderr` about articles without a relation.
    func thinWarnings(_ stderr: String) -> [Substring] {
        lines(stderr).filter { $0.hasPrefix("warning:") && $0.contains("no relation") }
    }

    @Test func timelineWarnsOnceAboutAThinWindow() throws {
        let r = try CLIRunner.run(["timeline", Self.corpus, "--window", "year"])
        #expect(r.status == 0, "\(r.stderr)")
        let warnings = thinWarnings(r.stderr)
        #expect(warnings.count == 1, "\(r.stderr)")
        #expect(warnings.first == "warning: 2024: 2 of 3 articles (67%) have no relation; a change there may be thin coverage, not a change in the news (see relmap coverage)")
        // Above the share of 2024, nothing is said.
        let quiet = try CLIRunner.run(["timeline", Self.corpus, "--window", "year", "--thin-coverage", "0.7"])
        #expect(quiet.status == 0 && thinWarnings(quiet.stderr).isEmpty, "\(quiet.stderr)")
    }

    @Test func diffWarnsAboutTheThinPeriodOnly() throws {
        let r = try CLIRunner.run(["diff", Self.corpus, "--before", "2024", "--after", "2025"])
        #expect(r.status == 0, "\(r.stderr)")
        let warnings = thinWarnings(r.stderr)
        #expect(warnings.count == 1 && warnings.first?.hasPrefix("warning: 2024: 2 of 3 articles (67%) have no relation") == true, "\(r.stderr)")
        #expect(!r.stderr.contains("2025:"))
        // A share of 0 warns about every period with an article without a relation; 2025 has none.
        let strict = try CLIRunner.run(["diff", Self.corpus, "--before", "2024", "--after", "2025", "--thin-coverage", "0"])
        #expect(thinWarnings(strict.stderr).count == 1)
        let bad = try CLIRunner.run(["diff", Self.corpus, "--before", "2024", "--after", "2025", "--thin-coverage", "1.5"])
        #expect(bad.status != 0 && bad.stderr.contains("--thin-coverage"), "\(bad.stderr)")
    }
}
