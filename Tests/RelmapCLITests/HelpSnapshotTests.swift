import ArgumentParser
import Foundation
import Testing
@testable import relmap

/// `--help` of every command, as the binary prints it in 80 columns (the width of a pipe), against
/// a snapshot in `Tests/Snapshots/help-COMMAND.txt`.
///
/// After a deliberate change to a command's help, record the snapshots again and read the diff:
///
///     RECORD_SNAPSHOTS=1 swift test --filter HelpSnapshotTests
///
/// Recording writes the files and fails the run, so that a recording run is never taken for a pass.
@Suite struct HelpSnapshotTests {
    static let columns = 80
    static let folder = CLIRunner.repositoryRoot.appendingPathComponent("Tests/Snapshots").path
    static let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"

    /// Every command, as its path of names: `["relmap"]`, `["relmap", "extract"]`, ...
    static let commands: [[String]] = paths(of: Relmap.self, under: [])

    static func paths(of command: any ParsableCommand.Type, under parents: [String]) -> [[String]] {
        let path = parents + [command.configuration.commandName ?? String(describing: command)]
        return [path] + command.configuration.subcommands.flatMap { paths(of: $0, under: path) }
    }

    static func snapshotName(_ command: [String]) -> String {
        "help-" + (command.count == 1 ? command[0] : command.dropFirst().joined(separator: "-")) + ".txt"
    }

    static func help(_ command: [String]) throws -> String {
        let r = try CLIRunner.run(Array(command.dropFirst()) + ["--help"], environment: ["COLUMNS": String(columns)], timeout: 60)
        #expect(r.status == 0, "\(command.joined(separator: " ")) --help: exit \(r.status), \(r.stderr)")
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        return r.stdout
    }

    @Test func everyCommandIsListed() {
        #expect(Self.commands.count == 1 + Relmap.configuration.subcommands.count)
        #expect(Self.commands.contains(["relmap", "diff"]) && Self.commands.contains(["relmap", "timeline"]))
    }

    @Test(arguments: commands) func helpMatchesItsSnapshot(command: [String]) throws {
        let text = try Self.help(command)
        let path = Self.folder + "/" + Self.snapshotName(command)
        if Self.recording {
            try FileManager.default.createDirectory(atPath: Self.folder, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("recorded \(path); read the change (git diff), then run the tests again without RECORD_SNAPSHOTS")
            return
        }
        guard let snapshot = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no snapshot \(path); record it with: RECORD_SNAPSHOTS=1 swift test --filter HelpSnapshotTests")
            return
        }
        let difference = Self.firstDifference(text, snapshot)
        #expect(
            difference == nil,
            """
            \(command.joined(separator: " ")) --help differs from \(path) at \(difference ?? ""); \
            if the change is meant, record it again with: RECORD_SNAPSHOTS=1 swift test --filter HelpSnapshotTests
            """)
    }

    /// The help reads cleanly in 80 columns: no line runs past them (the parser does not wrap
    /// usage lines, and wraps an example command into the margin), and no backslash of a string
    /// literal's line continuation is left in the text.
    @Test(arguments: commands) func helpFitsItsColumnsWithoutStrayCharacters(command: [String]) throws {
        let lines = try Self.help(command).split(separator: "\n", omittingEmptySubsequences: false)
        for (n, line) in lines.enumerated() {
            #expect(line.count <= Self.columns, "\(command.joined(separator: " ")) --help, line \(n + 1) is \(line.count) columns: \(line)")
            #expect(!line.contains("\\"), "\(command.joined(separator: " ")) --help, line \(n + 1): \(line)")
        }
        // Examples are commands to copy: each stays whole on its indented line.
        if let start = lines.firstIndex(where: { $0.hasPrefix("Example") }) {
            let examples = lines[(start + 1)...].prefix { !$0.isEmpty }
            #expect(!examples.isEmpty)
            for line in examples { #expect(line.hasPrefix("  relmap "), "\(command.joined(separator: " ")): example line '\(line)'") }
        } else {
            Issue.record("\(command.joined(separator: " ")) --help has no example")
        }
    }

    /// A snapshot without its command (one renamed or removed) is not left behind.
    @Test func everySnapshotHasItsCommand() throws {
        guard !Self.recording else { return }
        let names = Set(Self.commands.map(Self.snapshotName))
        let stale = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasPrefix("help-") && !names.contains($0) }
        #expect(stale.isEmpty, "snapshots of no command, to remove: \(stale.sorted())")
    }

    /// Where two texts first differ, by line; nil when they are the same.
    static func firstDifference(_ actual: String, _ expected: String) -> String? {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, e.count) {
            let x = i < a.count ? String(a[i]) : "(end)", y = i < e.count ? String(e[i]) : "(end)"
            if x != y { return "line \(i + 1): now '\(x)', snapshot '\(y)'" }
        }
        return nil
    }
}
