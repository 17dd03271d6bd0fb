import Foundation
import Testing

/// `relmap actors --unknown --format yaml` writes lexicon stubs that `--lexicon` reads.
@Suite struct UnknownActorsTests {
    @Test func stubsReadBackWithLexiconMakeTheNameResolve() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        try FileManager.default.createDirectory(atPath: dir + "/corpus", withIntermediateDirectories: true)
        try "Visit\n\nPhilippine President Xoxo Malakas arrived in Tokyo on Feb 2.\n"
            .write(toFile: dir + "/corpus/a1.txt", atomically: true, encoding: .utf8)
        try "Protest\n\nXoxo Malakas condemned China over the South China Sea.\n"
            .write(toFile: dir + "/corpus/a2.txt", atomically: true, encoding: .utf8)
        let stubs = dir + "/stubs.yaml"
        let r = try CLIRunner.run(["actors", dir + "/corpus", "--unknown", "--format", "yaml", "-o", stubs])
        #expect(r.status == 0, "\(r.stderr)")
        let yaml = try String(contentsOfFile: stubs, encoding: .utf8)
        #expect(yaml.contains("actor: PHL, role: \"president\""), "\(yaml)")
        #expect(!yaml.contains("\"Feb\"") && !yaml.contains("\"South\"") && !yaml.contains("\"Sea\""), "\(yaml)")
        let without = try CLIRunner.run(["extract", dir + "/corpus", "--format", "csv"])
        let with = try CLIRunner.run(["extract", dir + "/corpus", "--format", "csv", "--lexicon", stubs])
        #expect(with.status == 0, "\(with.stderr)")
        #expect(!without.stdout.contains("a2,,PHL,CHN,protest"), "\(without.stdout)")
        #expect(with.stdout.contains("a2,,PHL,CHN,protest"), "\(with.stdout)")
        // Known now: no longer listed.
        let again = try CLIRunner.run(["actors", dir + "/corpus", "--unknown", "--lexicon", stubs])
        #expect(!again.stdout.contains("Xoxo Malakas"), "\(again.stdout)")
    }

    @Test func yamlNeedsUnknown() throws {
        let r = try CLIRunner.run(["actors", CLIRunner.fixture, "--format", "yaml"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--unknown"), "\(r.stderr)")
    }
}
