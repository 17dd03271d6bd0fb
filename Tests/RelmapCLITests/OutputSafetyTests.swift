import Foundation
import Testing

/// Outputs that lose nothing: modes, read-only files and hard links kept; failed runs remove only
/// what they wrote; multi-file outputs appear together; signals leave no temporary files; names
/// keep their dots; the format is the one the name says.
@Suite struct OutputSafetyTests {
    let fm = FileManager.default

    func mode(_ path: String) -> mode_t {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mode & 0o7777 : 0
    }

    func temporaries(in dir: String) -> [String] {
        ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".tmp") }
    }

    @Test func anExistingFileKeepsItsMode() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let out = dir + "/private.jsonl"
        try "old".write(toFile: out, atomically: false, encoding: .utf8)
        #expect(chmod(out, 0o600) == 0)
        let r = try CLIRunner.run(["extract", CLIRunner.fixture, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("{\"article\""))
        #expect(mode(out) == 0o600, "mode became \(String(mode(out), radix: 8))")
    }

    @Test func aReadOnlyFileIsRefused() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let out = dir + "/kept.jsonl"
        try "keep me".write(toFile: out, atomically: false, encoding: .utf8)
        #expect(chmod(out, 0o444) == 0)
        let r = try CLIRunner.run(["extract", CLIRunner.fixture, "-o", out])
        #expect(r.status != 0)
        #expect(r.stderr.contains(out) && r.stderr.contains("read-only"), "\(r.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "keep me")
        #expect(temporaries(in: dir).isEmpty)
    }

    /// A file with other hard links is written in place, so that every name shows the new output.
    @Test func hardLinksAreKept() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        try "old".write(toFile: dir + "/a.jsonl", atomically: false, encoding: .utf8)
        #expect(link(dir + "/a.jsonl", dir + "/b.jsonl") == 0)
        let r = try CLIRunner.run(["extract", CLIRunner.fixture, "-o", dir + "/a.jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        let a = try String(contentsOfFile: dir + "/a.jsonl", encoding: .utf8)
        #expect(a.hasPrefix("{\"article\""))
        #expect(try String(contentsOfFile: dir + "/b.jsonl", encoding: .utf8) == a, "the hard link was broken")
        #expect(temporaries(in: dir).isEmpty)
    }

    /// A failing map leaves the files others wrote in its output folder, and no folder it made.
    @Test func aFailingMapRemovesOnlyWhatItWrote() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        try "---\ntitle: \"unclosed\n---\nRusia menyerang Ukraina.\n".write(toFile: dir + "/a.md", atomically: true, encoding: .utf8)
        try fm.createDirectory(atPath: dir + "/maps", withIntermediateDirectories: true)
        try "theirs".write(toFile: dir + "/maps/other.txt", atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["map", dir + "/a.md", "-o", dir + "/maps"])
        #expect(r.status != 0)
        #expect(try fm.contentsOfDirectory(atPath: dir + "/maps") == ["other.txt"])
        let deep = try CLIRunner.run(["map", dir + "/a.md", "-o", dir + "/new/deeper"])
        #expect(deep.status != 0)
        #expect(!fm.fileExists(atPath: dir + "/new"))
    }

    /// CSV export writes both files or neither: a failure on edges.csv leaves nodes.csv as it was.
    @Test func csvExportIsAllOrNothing() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        try fm.createDirectory(atPath: dir + "/tables/edges.csv", withIntermediateDirectories: true)
        try "old nodes".write(toFile: dir + "/tables/nodes.csv", atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["export", CLIRunner.fixture, "--format", "csv", "-o", dir + "/tables"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("edges.csv"), "\(r.stderr)")
        #expect(try String(contentsOfFile: dir + "/tables/nodes.csv", encoding: .utf8) == "old nodes")
        #expect(temporaries(in: dir + "/tables").isEmpty)
        let ok = try CLIRunner.run(["export", CLIRunner.fixture, "--format", "csv", "-o", dir + "/fresh"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(try fm.contentsOfDirectory(atPath: dir + "/fresh").sorted() == ["edges.csv", "nodes.csv"])
    }

    /// A corpus in `dir`/corpus that takes a debug build some seconds to read on one thread.
    func slowCorpus(in dir: String) throws -> String {
        try fm.createDirectory(atPath: dir + "/corpus", withIntermediateDirectories: true)
        var lines = ""
        // Large enough that the run outlasts the poll for its temporary file on a fast, idle machine.
        for i in 0..<40000 {
            lines += "{\"id\": \"a\(i)\", \"text\": \"Rusia menyerang Ukraina pada hari Senin. Amerika Serikat mengecam Rusia. Jepang bertemu Korea Selatan di Tokyo.\"}\n"
        }
        try lines.write(toFile: dir + "/corpus/big.jsonl", atomically: true, encoding: .utf8)
        return dir + "/corpus"
    }

    /// Runs relmap with `arguments` and sends it `signal` once a temporary file shows in `watch`.
    func interrupt(_ arguments: [String], watching watch: String, with signal: Int32) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(20)
        while temporaries(in: watch).isEmpty, p.isRunning, Date() < deadline { usleep(2_000) }
        #expect(!temporaries(in: watch).isEmpty, "the run ended before a temporary file was seen")
        kill(p.processIdentifier, signal)
        p.waitUntilExit()
        return p
    }

    /// SIGINT and SIGTERM remove the temporary file of the output being written.
    @Test(arguments: [SIGTERM, SIGINT]) func signalsLeaveNoTemporaryFiles(signal: Int32) throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let corpus = try slowCorpus(in: dir)
        let p = try interrupt(["extract", corpus, "--threads", "1", "-o", dir + "/out.jsonl"], watching: dir, with: signal)
        #expect(p.terminationReason == .uncaughtSignal)
        #expect(temporaries(in: dir).isEmpty, "left: \(temporaries(in: dir))")
        #expect(!fm.fileExists(atPath: dir + "/out.jsonl"))
    }

    /// A map stopped by a signal leaves neither its temporary files nor the folders it made.
    @Test func aSignalledMapLeavesNoFolder() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let corpus = try slowCorpus(in: dir)
        let p = try interrupt(["map", corpus, "--threads", "1", "-o", dir + "/new/maps"], watching: dir + "/new/maps", with: SIGTERM)
        #expect(p.terminationReason == .uncaughtSignal)
        #expect(!fm.fileExists(atPath: dir + "/new"))
    }

    /// Timeline maps and the timeline appear together or not at all.
    @Test func aFailedTimelineLeavesNoMaps() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        try "x".write(toFile: dir + "/taken.json", atomically: true, encoding: .utf8)
        #expect(chmod(dir + "/taken.json", 0o444) == 0)
        let r = try CLIRunner.run(["timeline", CLIRunner.fixture, "--maps", dir + "/maps", "-o", dir + "/taken.json"])
        #expect(r.status != 0)
        #expect(!fm.fileExists(atPath: dir + "/maps"), "\((try? fm.contentsOfDirectory(atPath: dir + "/maps")) ?? [])")
    }

    /// Output names made from folder names keep their dots.
    @Test func namesFromFoldersKeepTheirDots() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        for year in ["2023", "2024"] {
            try fm.createDirectory(atPath: dir + "/r/report.\(year)", withIntermediateDirectories: true)
            try "Rusia menyerang Ukraina pada hari Senin.\n".write(toFile: dir + "/r/report.\(year)/a\(year).txt", atomically: true, encoding: .utf8)
            let r = try CLIRunner.run(["map", dir + "/r/report.\(year)", "-o", dir + "/maps"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let files = try fm.contentsOfDirectory(atPath: dir + "/maps").sorted()
        #expect(files.contains("report.2023.svg") && files.contains("report.2024.svg"), "\(files)")
    }

    /// The format is the one the output's name says, or an error: never SVG in a .jpg or .png.
    @Test func theFormatFollowsTheName() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let f = CLIRunner.fixture
        for args in [
            ["render", f, "-o", dir + "/map.jpg"], ["render", f, "--format", "svg", "-o", dir + "/map.png"],
            ["diff", f, "--before", "2023", "--after", "2024", "--svg", dir + "/x.jpg"],
            ["export", f, "--format", "json", "-o", dir + "/g.graphml"]
        ] {
            let r = try CLIRunner.run(args)
            #expect(r.status != 0, "accepted: \(args)")
            #expect(r.stderr.split(separator: "\n").count <= 2 && r.stderr.contains(dir), "\(args): \(r.stderr)")
        }
        #expect(try fm.contentsOfDirectory(atPath: dir).isEmpty)
        let png = try CLIRunner.run(["render", f, "-o", dir + "/map.png"])
        #expect(png.status == 0, "\(png.stderr)")
        let head = try Data(contentsOf: URL(fileURLWithPath: dir + "/map.png")).prefix(4)
        #expect(head == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    /// Text outputs take the format their extension names, unless --format says otherwise,
    /// which is then an error; other extensions keep the default.
    @Test func textFormatsFollowTheName() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let f = CLIRunner.fixture
        #expect(try CLIRunner.run(["rank", f, "-o", dir + "/r.json"]).status == 0)
        #expect(try String(contentsOfFile: dir + "/r.json", encoding: .utf8).hasPrefix("["))
        #expect(try CLIRunner.run(["extract", f, "-o", dir + "/e.csv"]).status == 0)
        #expect(try String(contentsOfFile: dir + "/e.csv", encoding: .utf8).hasPrefix("article,date,"))
        #expect(try CLIRunner.run(["rank", f, "-o", dir + "/r.txt"]).status == 0)
        #expect(try String(contentsOfFile: dir + "/r.txt", encoding: .utf8).hasPrefix("rank  actor"))
        let clash = try CLIRunner.run(["coverage", f, "--format", "csv", "-o", dir + "/c.json"])
        #expect(clash.status != 0 && clash.stderr.contains(dir + "/c.json"), "\(clash.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/c.json"))
    }

    /// An empty output name is an error, never the root folder (`map -o ""` wrote `/NAME.svg`).
    @Test func anEmptyOutputNameIsAnError() throws {
        for args in [
            ["map", CLIRunner.fixture, "-o", ""], ["extract", CLIRunner.fixture, "-o", ""],
            ["export", CLIRunner.fixture, "--format", "csv", "-o", ""]
        ] {
            let r = try CLIRunner.run(args)
            #expect(r.status != 0, "accepted: \(args)")
            #expect(r.stderr.contains("empty"), "\(args): \(r.stderr)")
        }
        #expect(!fm.fileExists(atPath: "/corpus.svg"))
    }
}
