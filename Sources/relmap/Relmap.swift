import ArgumentParser
import Foundation
import RelmapCorpus

/// The `relmap` command: news articles in, relation maps between political actors out.
@main
struct Relmap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relmap",
        abstract: "Turn news articles into relation maps between political actors.",
        discussion: """
            Indonesian and English articles in; relations (alliance, protest, defection, meeting, \
            support, attack, sanction, threat) out, as a weighted graph, centrality rankings, and maps \
            rendered by Graphviz.

            Example (the main job):
              relmap map examples -o graphs
            """,
        version: "0.1.0",
        subcommands: [
            ExtractCommand.self, ActorsCommand.self, CoverageCommand.self, BuildCommand.self, RankCommand.self, RenderCommand.self, MapCommand.self, ExportCommand.self, ReportCommand.self,
            BalanceCommand.self,
            DiffCommand.self, TimelineCommand.self
        ])

    /// Parses and runs the command; an error is reported in one line (``ReadableError``), a
    /// usage error without the parser's usage lines (``UsageError``).
    static func main() {
        TemporaryFiles.exitQuietlyOnBrokenPipe()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let readable = ReadableError.of(error)
            let code = exitCode(for: readable)
            // Help and version requests print as the parser prints them.
            guard code != .success, !message(for: readable).isEmpty else { exit(withError: readable) }
            var text = message(for: readable)
            if code == .validationFailure { text = UsageError.oneLine(text, arguments: Array(CommandLine.arguments.dropFirst())) }
            FileHandle.standardError.write(Data("Error: \(OneLine.escape(text))\n".utf8))
            Foundation.exit(code.rawValue)
        }
    }
}
