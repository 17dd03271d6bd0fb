import ArgumentParser
import Foundation
import RelmapGraph

/// `relmap balance`: structural balance of the signed graph, and each actor's friends and foes.
struct BalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Structural balance: the share of balanced triads, and each actor's friends and foes.",
        discussion: """
            Cooperative relations (alliance, meeting, support) count positive, hostile ones negative; \
            a pair's sign is the sign of the sum of its weights. A triad is balanced when the product \
            of its three signs is positive.

            Example:
              relmap balance examples
              relmap balance graphs/examples.json --format json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: ArgumentHelp("A corpus (articles or folders), a graph JSON, GraphML or an edge-list CSV.", valueName: "input"))
    var input: [String]

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var graph: GraphOptions

    @Option(name: .long, help: "table or json (default: from the output's extension, else table).")
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let format = try OutputFormat.follow(self.format, for: output, fallback: .table)
        let (g, _) = try GraphInput.load(input, corpus: corpus, graph: graph, excluding: [output])
        let b = Balance(g)
        let text: String
        switch format {
        case .json:
            text =
                JSONText.render(
                    .object([
                        ("triads", .int(b.triads)), ("balanced", .int(b.balanced)),
                        ("balanced_share", b.balancedShare.map { .number($0) } ?? .null),
                        (
                            "actors",
                            .array(
                                b.stances.map { s in
                                    .object([
                                        ("id", .string(s.id)), ("friends", .array(s.friends.map { .string($0) })),
                                        ("foes", .array(s.foes.map { .string($0) }))
                                    ])
                                })
                        )
                    ]), indent: 1) + "\n"
        case .table:
            var out = "triads: \(b.triads), balanced: \(b.balanced)"
            if let share = b.balancedShare { out += String(format: " (%.1f%%)", share * 100) }
            out += "\n\n"
            let width = max(5, b.stances.map(\.id.count).max() ?? 5)
            out += "actor".padding(toLength: width, withPad: " ", startingAt: 0) + "  friends / foes\n"
            for s in b.stances where !(s.friends.isEmpty && s.foes.isEmpty) {
                out +=
                    s.id.padding(toLength: width, withPad: " ", startingAt: 0)
                    + "  + \(s.friends.joined(separator: " "))  − \(s.foes.joined(separator: " "))\n"
            }
            text = out
        }
        try OutputFile.write(Data(text.utf8), to: output)
    }
}
