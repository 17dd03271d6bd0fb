import ArgumentParser

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
        subcommands: [ExtractCommand.self, ActorsCommand.self, CoverageCommand.self, BuildCommand.self, RankCommand.self, RenderCommand.self, MapCommand.self, ExportCommand.self, BalanceCommand.self, DiffCommand.self, TimelineCommand.self])

    /// Parses and runs the command; an error is reported in one line (``ReadableError``).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: ReadableError.of(error))
        }
    }
}
