import Foundation
import Testing

/// Corpora as the commands meet them: duplicate ids, skipped entries told on standard error, and
/// a command's own output inside its input folder.
@Suite struct CorpusInputTests {
    /// A temporary folder holding `files` (name: text); the test removes it.
    func folder(_ files: [String: String]) throws -> String {
        let dir = CLIRunner.temporaryFolder()
        for (name, text) in files {
            let path = dir + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// Three articles with one id are three articles, renamed with a warning, not one with weight 1.
    @Test func duplicateIdsAreMadeUnique() throws {
        let text = "Rusia menyerang Ukraina pada hari Senin.\n"
        let dir = try folder(["a/x.txt": text, "b/x.txt": text, "c.jsonl": "{\"id\": \"x\", \"text\": \"\(text.dropLast())\"}\n"])
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let build = try CLIRunner.run(["build", dir, "--threads", "2"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains(dir + "/b/x.txt: 'x' read as 'x~2'"), "\(build.stderr)")
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(build.stdout.utf8)) as? [String: Any])
        let edges = try #require(graph["edges"] as? [[String: Any]])
        #expect(edges.first { $0["type"] as? String == "attack" }?["weight"] as? Double == 3, "\(edges)")
        let extract = try CLIRunner.run(["extract", dir, "--format", "csv"])
        #expect(extract.status == 0, "\(extract.stderr)")
        let articles = extract.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[0] }
        #expect(articles == ["x", "x~2", "x~3"], "\(extract.stdout)")
    }

    /// `map` writing into a folder inside its input does not read its own output back.
    @Test func mapDoesNotReadItsOwnOutputBack() throws {
        let dir = try folder(["a.txt": "Rusia menyerang Ukraina pada hari Senin.\n"])
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let first = try CLIRunner.run(["map", dir, "-o", dir + "/graphs"])
        #expect(first.status == 0, "\(first.stderr)")
        let name = URL(fileURLWithPath: dir).lastPathComponent
        #expect(FileManager.default.fileExists(atPath: dir + "/graphs/\(name).relations.jsonl"))
        let second = try CLIRunner.run(["map", dir, "-o", dir + "/graphs"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(!second.stderr.contains("relations.jsonl"), "\(second.stderr)")
        // Nor does a single-file output of another command.
        let extract = try CLIRunner.run(["extract", dir, "-o", dir + "/graphs/out.jsonl"])
        #expect(extract.status == 0)
        let again = try CLIRunner.run(["extract", dir, "-o", dir + "/graphs/out.jsonl"])
        #expect(again.status == 0, "\(again.stderr)")
    }

    /// Entries skipped in a folder are told on standard error in one line per kind.
    @Test func skippedEntriesAreTold() throws {
        let dir = try folder(["a.txt": "Rusia menyerang Ukraina pada hari Senin.\n", "notes.pdf": "x", ".draft.txt": "x"])
        defer { CLIRunner.removeTemporaryFolder(dir) }
        #expect(mkfifo(dir + "/pipe.txt", 0o600) == 0)
        let r = try CLIRunner.run(["extract", dir])
        #expect(r.status == 0, "\(r.stderr)")
        let warnings = r.stderr.split(separator: "\n").filter { $0.hasPrefix("warning:") }
        #expect(warnings.contains { $0.contains(dir + "/pipe.txt") }, "\(r.stderr)")
        #expect(warnings.contains { $0.contains("1 file") && $0.contains("1 hidden") }, "\(r.stderr)")
    }

    /// `--meta` naming a device or a folder is refused at once.
    @Test func metaMustBeAFile() throws {
        for meta in ["/dev/zero", CLIRunner.fixture] {
            let r = try CLIRunner.run(["extract", CLIRunner.fixture, "--meta", meta])
            #expect(r.status != 0)
            #expect(r.stderr.contains(meta) && r.stderr.split(separator: "\n").count <= 2, "\(r.stderr)")
        }
    }

    /// A graph file that is a named pipe is refused at once, not waited on.
    @Test func aGraphFileThatIsAPipeIsRefused() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        #expect(mkfifo(dir + "/g.json", 0o600) == 0)
        let r = try CLIRunner.run(["rank", dir + "/g.json"], timeout: 30)
        #expect(r.status > 0, "\(r.stderr)")
        #expect(r.stderr.contains(dir + "/g.json") && r.stderr.contains("pipe"), "\(r.stderr)")
    }

    /// A link loop, a self-link, a pipe and a link to `/dev/zero` in a folder end the run at once,
    /// each article read once: they used to hang or grow memory without end.
    @Test func loopsPipesAndDevicesDoNotHang() throws {
        let dir = try folder(["sub/a.txt": "Rusia menyerang Ukraina pada hari Senin.\n"])
        defer { CLIRunner.removeTemporaryFolder(dir) }
        try FileManager.default.createSymbolicLink(atPath: dir + "/sub/up", withDestinationPath: dir)
        try FileManager.default.createSymbolicLink(atPath: dir + "/sub/self.txt", withDestinationPath: dir + "/sub/self.txt")
        try FileManager.default.createSymbolicLink(atPath: dir + "/zero.txt", withDestinationPath: "/dev/zero")
        #expect(mkfifo(dir + "/pipe.md", 0o600) == 0)
        let r = try CLIRunner.run(["extract", dir, "--format", "csv"], timeout: 60)
        #expect(r.status == 0, "\(r.stderr)")
        let articles = r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[0] }
        #expect(articles == ["a"], "\(r.stdout)")
        for name in ["pipe.md", "zero.txt", "sub/self.txt", "sub/up"] { #expect(r.stderr.contains(dir + "/" + name), "\(r.stderr)") }
        let meta = try CLIRunner.run(["extract", dir, "--meta", "/dev/zero"], timeout: 60)
        #expect(meta.status > 0 && meta.stderr.contains("/dev/zero"), "\(meta.stderr)")
    }
}
