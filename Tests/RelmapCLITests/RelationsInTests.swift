import Foundation
import Testing

/// Extraction once, analysis as often as wanted: the relations `extract` writes are an input of
/// the graph commands, giving the graph the articles give, byte for byte.
@Suite struct RelationsInTests {
    static let dev = CLIRunner.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/dev/articles").path
    static let examples = CLIRunner.repositoryRoot.appendingPathComponent("examples").path

    /// `relmap build` of `articles`, and of the relations `relmap extract` wrote for them.
    func builds(_ articles: String) throws -> (fromArticles: Data, fromRelations: Data) {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let events = dir + "/events.jsonl"
        let e = try CLIRunner.run(["extract", articles, "-o", events])
        #expect(e.status == 0, "\(e.stderr)")
        let a = try CLIRunner.run(["build", articles, "-o", dir + "/a.json"])
        let r = try CLIRunner.run(["build", events, "-o", dir + "/r.json"])
        #expect(a.status == 0 && r.status == 0, "\(a.stderr) \(r.stderr)")
        return (try Data(contentsOf: URL(fileURLWithPath: dir + "/a.json")), try Data(contentsOf: URL(fileURLWithPath: dir + "/r.json")))
    }

    @Test func relationsBuildTheGraphOfTheExamples() throws {
        let (a, r) = try builds(Self.examples)
        #expect(!a.isEmpty && a == r)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: dev)))
    func relationsBuildTheGraphOfTheDevSet() throws {
        let (a, r) = try builds(Self.dev)
        #expect(!a.isEmpty && a == r)
    }

    @Test func relationsAreReadByTheGraphCommandsAndRefusedWhereTextIsNeeded() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let events = dir + "/events.jsonl"
        #expect(try CLIRunner.run(["extract", Self.examples, "-o", events]).status == 0)
        let fromArticles = try CLIRunner.run(["rank", Self.examples, "--format", "csv"])
        let fromRelations = try CLIRunner.run(["rank", events, "--format", "csv"])
        #expect(fromRelations.status == 0 && fromRelations.stdout == fromArticles.stdout, "\(fromRelations.stderr)")
        let timeline = try CLIRunner.run(["timeline", events, "--window", "year", "--format", "csv"])
        let timelineOfArticles = try CLIRunner.run(["timeline", Self.examples, "--window", "year", "--format", "csv"])
        #expect(timeline.status == 0 && !timeline.stdout.isEmpty && timeline.stdout == timelineOfArticles.stdout, "\(timeline.stderr)")
        // The census of names needs the articles' text.
        let actors = try CLIRunner.run(["actors", events])
        #expect(actors.status != 0 && actors.stderr.contains("relations relmap wrote, not articles"), "\(actors.stderr)")
        let mixed = try CLIRunner.run(["build", events, Self.examples, "-o", dir + "/g.json"])
        #expect(mixed.status != 0 && mixed.stderr.contains("not both"), "\(mixed.stderr)")
    }

    @Test func aBrokenRelationLineIsNamedWithItsLine() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let events = dir + "/events.jsonl"
        #expect(try CLIRunner.run(["extract", Self.examples, "-o", events]).status == 0)
        var lines = try String(contentsOfFile: events, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[2] = lines[2].replacingOccurrences(of: "\"sentence_index\":", with: "\"sentence_index\":\"x\",\"was\":")
        try (lines.joined(separator: "\n") + "\n").write(toFile: events, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["build", events, "-o", dir + "/g.json"])
        #expect(r.status != 0 && r.stderr.contains("events.jsonl:3: malformed JSONL: relation field \"sentence_index\""), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/g.json"))
    }
}
