import Foundation
import Testing

/// relmap in a shell pipeline: articles from standard input, relations to standard output, and a
/// reader that closes early ends the run quietly.
@Suite struct StandardStreamsTests {
    /// Runs `script` in sh with `relmap` naming the built binary: status, stdout, stderr.
    func shell(_ script: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        p.environment = ProcessInfo.processInfo.environment.merging(["RELMAP": CLIRunner.binary]) { $1 }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    static let articles = CLIRunner.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/plover-en/articles.jsonl").path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: articles)))
    func articlesFromStandardInputReadAsTheFile() throws {
        let piped = try shell("cat '\(Self.articles)' | \"$RELMAP\" extract - --threads 2")
        let named = try shell("\"$RELMAP\" extract '\(Self.articles)' --threads 2")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(!piped.stdout.isEmpty && piped.stdout == named.stdout)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: articles)))
    func extractPipedIntoBuildGivesTheGraphOfTheArticles() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let piped = try shell("cat '\(Self.articles)' | \"$RELMAP\" extract - 2>/dev/null | \"$RELMAP\" build - -o '\(dir)/p.json'")
        let direct = try shell("\"$RELMAP\" build '\(Self.articles)' -o '\(dir)/d.json' 2>/dev/null")
        #expect(piped.status == 0 && direct.status == 0, "\(piped.stderr)")
        let p = try Data(contentsOf: URL(fileURLWithPath: dir + "/p.json")), d = try Data(contentsOf: URL(fileURLWithPath: dir + "/d.json"))
        #expect(!p.isEmpty && p == d)
    }

    @Test func aBadLineOnStandardInputIsNamedSo() throws {
        let r = try shell("printf '{\"id\":\"a\",\"text\":\"Jepang mengecam Korea Utara.\"}\\n{broken\\n' | \"$RELMAP\" extract -")
        #expect(r.status != 0)
        #expect(r.stderr.contains("standard input:2: malformed JSONL"), "\(r.stderr)")
    }

    @Test func aReaderThatClosesEarlyEndsTheRunQuietly() throws {
        // Enough relations that the output outgrows the pipe before head closes it.
        let r = try shell(
            """
            i=0; while [ $i -lt 400 ]; do echo "{\\"id\\":\\"a$i\\",\\"text\\":\\"Jepang mengecam Korea Utara. Rusia bertemu Cina.\\"}"; i=$((i+1)); done \
              | "$RELMAP" extract - | head -n 1 >/dev/null; echo "status=${?}"
            """)
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        // sh without pipefail: the status of the last command; relmap's own is checked below.
        let own = try shell(
            """
            i=0; while [ $i -lt 400 ]; do echo "{\\"id\\":\\"a$i\\",\\"text\\":\\"Jepang mengecam Korea Utara. Rusia bertemu Cina.\\"}"; i=$((i+1)); done > /tmp/relmap-stdin-$$.jsonl
            { "$RELMAP" extract /tmp/relmap-stdin-$$.jsonl; echo "relmap=$?" >&2; } | head -n 1 >/dev/null
            rm -f /tmp/relmap-stdin-$$.jsonl
            """)
        #expect(own.stderr.trimmingCharacters(in: .whitespacesAndNewlines) == "relmap=0", "\(own.stderr)")
    }

    @Test func csvArticlesAreACorpusForEveryCommand() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let csv = dir + "/news.csv"
        try Data(
            """
            guid,published_at,body
            n1,2024-01-05,"Jepang mengecam Korea Utara.
            Korea Utara menembakkan rudal ke arah Jepang."
            n2,2024-02-01,Rusia dan Korea Utara menandatangani perjanjian aliansi.

            """.utf8
        ).write(to: URL(fileURLWithPath: csv))
        let r = try CLIRunner.run(["rank", csv, "--columns", "text=body,date=published_at,id=guid", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(",PRK,") && r.stdout.contains(",JPN,"))
        let unmapped = try CLIRunner.run(["extract", csv])
        #expect(unmapped.status != 0 && unmapped.stderr.contains("news.csv:1: malformed CSV"), "\(unmapped.stderr)")
    }
}
