import ArgumentParser
import RelmapCorpus
import RelmapExtraction
import RelmapGraph

extension WeightMode: ExpressibleByArgument {}
extension Measure: ExpressibleByArgument {}
extension Polarity: ExpressibleByArgument {
    /// Only the codebook's polarities.
    public init?(argument: String) { self.init(known: argument) }
}

/// The options of every command that builds or reads a graph.
struct GraphOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Keep relations from articles dated on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Keep relations from articles dated on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(name: .long, help: ArgumentHelp("Keep relations from articles dated in this period: 2024, 2024-03, 2024-Q2, 2023-07-01..2024-06-30, ..2023.", valueName: "period"))
    var period: String?

    @Option(name: .long, help: ArgumentHelp("Keep only these relation types (comma-separated).", valueName: "list"))
    var types: String?

    @Option(name: .long, help: ArgumentHelp("Keep only cooperative or hostile relations.", valueName: "polarity"))
    var polarity: Polarity?

    @Option(name: .long, parsing: .unconditional, help: "Drop edges lighter than this.")
    var minWeight: Double = 0

    @Option(name: .long, help: "What an edge's weight counts: articles (distinct articles), mentions, intensity or confidence.")
    var weight: WeightMode = .articles

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, Day(startOf: value) == nil {
                throw ValidationError("\(name) '\(value)' is not a date (YYYY-MM-DD)")
            }
        }
        if let period {
            do { _ = try Period(period) } catch { throw ValidationError("--period: \(error)") }
        }
        if let since, let until, let s = Day(startOf: since), let u = Day(startOf: until), s > u {
            throw ValidationError("--since \(since) and --until \(until): the span ends before it starts")
        }
        if let types, typeNames.isEmpty {
            throw ValidationError("--types '\(types)' names no type: give a comma-separated list such as alliance,protest")
        }
        if period != nil, let since = filter.since, let until = filter.until, since > until {
            throw ValidationError("--period \(period ?? "") with --since/--until leaves no day (from \(since) to \(until)): widen one of them")
        }
        try OptionCheck.number(minWeight, "--min-weight")
    }

    /// The type names `--types` gives, without blanks.
    var typeNames: [String] {
        (types ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Fails when `--types` names a type that neither `lexicon` nor the edges of `graph` know:
    /// a misspelt type would otherwise give an empty graph without a word.
    func checkTypes(_ lexicon: Lexicon, graph: RelationGraph? = nil) throws {
        var known = lexicon.types.map(\.name)
        for e in graph?.edges ?? [] where !known.contains(e.type) { known.append(e.type) }
        let unknown = typeNames.filter { !known.contains($0) }
        guard !unknown.isEmpty else { return }
        let list = unknown.map { "'\($0)'" }.joined(separator: ", ")
        throw CLIError("--types: unknown relation type\(unknown.count == 1 ? "" : "s") \(list) (known: \(known.joined(separator: ", ")))")
    }

    /// The filter these options describe; `--period` and `--since` / `--until` both apply.
    var filter: GraphFilter {
        var since = self.since.flatMap(Day.init(startOf:)), until = self.until.flatMap(Day.init(startOf:))
        if let text = period, let p = try? Period(text) {
            if let s = p.start { since = max(since ?? s, s) }
            if let e = p.end { until = min(until ?? e, e) }
        }
        return GraphFilter(
            types: Set(typeNames),
            polarity: polarity, since: since, until: until, minWeight: minWeight)
    }
}
