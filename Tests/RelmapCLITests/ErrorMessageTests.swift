import Foundation
import Testing
@testable import relmap

/// Errors a person can act on: one line, the path, and what to do; no Foundation error dumps.
@Suite struct ErrorMessageTests {
    func expectOneLine(_ args: [String], mentions: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let r = try CLIRunner.run(args, timeout: 60)
        #expect(r.status > 0, "\(args): \(r.stderr)", sourceLocation: sourceLocation)
        let lines = r.stderr.split(separator: "\n").filter { !$0.hasPrefix("warning:") }
        #expect(lines.count == 1, "\(args): \(r.stderr)", sourceLocation: sourceLocation)
        for m in mentions { #expect(r.stderr.contains(m), "\(args): lacks \(m): \(r.stderr)", sourceLocation: sourceLocation) }
        for dump in ["NSCocoaErrorDomain", "UserInfo", "Code="] {
            #expect(!r.stderr.contains(dump), "\(args): \(r.stderr)", sourceLocation: sourceLocation)
        }
    }

    /// An output folder that is a file: the path and what to do, not `Code=516 ... UserInfo=`.
    @Test func anOutputFolderThatIsAFile() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        try "x".write(toFile: dir + "/taken", atomically: true, encoding: .utf8)
        try expectOneLine(["map", CLIRunner.fixture, "-o", dir + "/taken"], mentions: [dir + "/taken", "not a folder"])
        try expectOneLine(["map", CLIRunner.fixture, "-o", dir + "/taken/maps"], mentions: [dir + "/taken", "not a folder"])
        try expectOneLine(["timeline", CLIRunner.fixture, "--maps", dir + "/taken"], mentions: [dir + "/taken", "not a folder"])
        try expectOneLine(["export", CLIRunner.fixture, "--format", "csv", "-o", dir + "/taken/tables"], mentions: [dir + "/taken"])
        #expect(try String(contentsOfFile: dir + "/taken", encoding: .utf8) == "x")
    }

    /// A folder or a device given as a lexicon or a style file says what it is.
    @Test func aFolderOrDeviceIsNotALexiconOrStyle() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        try expectOneLine(["build", CLIRunner.fixture, "--lexicon", dir], mentions: [dir, "folder", "--lexicon"])
        try expectOneLine(["build", CLIRunner.fixture, "--lexicon", "/dev/zero"], mentions: ["/dev/zero", "--lexicon"])
        try expectOneLine(["build", CLIRunner.fixture, "--lexicon", dir + "/none.yaml"], mentions: [dir + "/none.yaml", "no such file"])
        try expectOneLine(["render", CLIRunner.fixture, "--style", dir], mentions: [dir, "folder", "--style"])
        try expectOneLine(["render", CLIRunner.fixture, "--style", "/dev/zero"], mentions: ["/dev/zero", "--style"])
    }

    /// Foundation's file errors, wherever one still surfaces, read as one line with the path.
    @Test func foundationErrorsAreReworded() {
        let underlying = NSError(domain: NSPOSIXErrorDomain, code: Int(EEXIST))
        let error = NSError(
            domain: NSCocoaErrorDomain, code: 516,
            userInfo: [NSFilePathErrorKey: "/tmp/taken", NSUnderlyingErrorKey: underlying])
        let text = String(describing: ReadableError.of(error))
        #expect(text.hasPrefix("/tmp/taken: file exists"), "\(text)")
        #expect(!text.contains("UserInfo") && !text.contains("\n"))
        let own = CLIError("mine")
        #expect(String(describing: ReadableError.of(own)) == "mine")
    }

    /// The argument parser's errors are one line too: no "Usage:" or "Help:" lines after ours, the
    /// valid values listed on the line, and where to read more.
    @Test func usageErrorsAreOneLine() throws {
        let scratch = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(scratch) }
        let graph = scratch + "/g.json"
        try #"{"nodes":[{"id":"A"}],"edges":[]}"#.write(toFile: graph, atomically: true, encoding: .utf8)
        try expectOneLine(["rank", graph, "--top", "-1"], mentions: ["--top", "-1", "relmap rank --help"])
        try expectOneLine(["rank", graph, "--frobnicate"], mentions: ["--frobnicate"])
        try expectOneLine(["rank"], mentions: ["<input>"])
        try expectOneLine(["rank", graph, "--measure", "fame"], mentions: ["fame", "use one of: degree, in-degree", "authority"])
        try expectOneLine(["rank", graph, "--format", "xml"], mentions: ["xml", "'table', 'csv' or 'json'"])
        try expectOneLine(["rank", graph, "--seed", "-1"], mentions: ["--seed"])
        try expectOneLine(["frobnicate"], mentions: ["frobnicate", "relmap --help"])
        try expectOneLine(["map", CLIRunner.fixture, "--rank-top", "-3", "-o", scratch], mentions: ["--rank-top", "relmap map --help"])
        let r = try CLIRunner.run(["rank", graph, "--top", "-1"], timeout: 60)
        #expect(r.status == 64 && !r.stderr.contains("Usage:") && !r.stderr.contains("Help:"), "\(r.stderr)")
        let help = try CLIRunner.run(["rank", "--help"], timeout: 60)
        #expect(help.status == 0 && help.stdout.contains("USAGE:"))
    }

    /// A text output named as a file of another kind (a spreadsheet, a web page) is refused, not
    /// filled with a table; a graph Graphviz cannot take names the input it came from.
    @Test func foreignExtensionsAndUndrawableInputsAreNamed() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        try expectOneLine(["rank", CLIRunner.fixture, "-o", dir + "/r.xlsx"], mentions: [dir + "/r.xlsx", ".xlsx", ".csv"])
        try expectOneLine(["extract", CLIRunner.fixture, "-o", dir + "/r.html"], mentions: [dir + "/r.html"])
        #expect(!FileManager.default.fileExists(atPath: dir + "/r.xlsx"))
        let ok = try CLIRunner.run(["rank", CLIRunner.fixture, "-o", dir + "/r.txt"], timeout: 60)
        #expect(ok.status == 0, "\(ok.stderr)")
        try #"{"nodes":[{"id":"A\u0000B"},{"id":"A"}],"edges":[{"source":"A\u0000B","target":"A"}]}"#.write(toFile: dir + "/nul.json", atomically: true, encoding: .utf8)
        try expectOneLine(["render", dir + "/nul.json", "-o", dir + "/n.svg"], mentions: [dir + "/nul.json: ", "NUL"])
    }
}
