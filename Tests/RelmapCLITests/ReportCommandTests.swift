import Foundation
import Testing

/// `relmap report`: the page written whole, and the errors a user meets.
@Suite struct ReportCommandTests {
    static let examples = CLIRunner.repositoryRoot.appendingPathComponent("examples").path

    @Test func writesOnePageWithMapDataAndDiff() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let out = dir + "/report.html"
        let r = try CLIRunner.run(["report", Self.examples, "-o", out, "--before", "..2022", "--after", "2023..", "--evidence", "5"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<title>Relations in examples</title>"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 2, "the map and the diff's map")
        let start = try #require(html.range(of: "id=\"relmap-data\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        let edges = try #require(data["edges"] as? [[Any]])
        #expect(!edges.isEmpty && edges.allSatisfy { ($0[11] as? [Any])?.count ?? 99 <= 5 }, "--evidence 5 caps each edge")
        #expect((data["coverage"] as? [String: Any])?["articles"] as? Int == 16)
        #expect(data["diff"] is [String: Any])
        // Nothing but the page is left in the folder (written to a temporary file, then renamed).
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["report.html"])
    }

    @Test func filtersAndTitleApply() throws {
        let r = try CLIRunner.run(["report", Self.examples, "-o", "-", "--polarity", "hostile", "--title", "Hostile <ties>"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("<h1>Hostile &lt;ties&gt;</h1>"))
        #expect(!r.stdout.contains("edge&#45;CHN&#45;PRK&#45;alliance"), "a cooperative edge drawn under --polarity hostile")
    }

    @Test func errorsSayWhatToDo() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let cases: [([String], String)] = [
            (["report", Self.examples, "-o", dir + "/r.txt"], "end the name in .html"),
            (["report", Self.examples, "-o", dir + "/r.html", "--before", "2023"], "give both --before and --after"),
            (["report", Self.examples, "-o", dir + "/r.html", "--before", "2023", "--after", "20x"], "--after"),
            (["report", Self.examples, "-o", dir + "/r.html", "--evidence", "-1"], "--evidence"),
            (["report", Self.examples, "-o", dir + "/r.html", "--types", "alliance,hug"], "unknown relation type 'hug'"),
            (["report", CLIRunner.repositoryRoot.appendingPathComponent("graphs/examples.json").path, "-o", dir + "/r.html"], "a graph file holds no sentences"),
            (["report", Self.examples], "--output")
        ]
        for (arguments, message) in cases {
            let r = try CLIRunner.run(arguments)
            #expect(r.status != 0, "\(arguments)")
            #expect(r.stderr.contains(message), "\(arguments): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1, "one line: \(r.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty, "no file written on an error")
    }
}
