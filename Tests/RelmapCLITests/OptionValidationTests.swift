import Foundation
import Testing

/// Options that mean what they say: a value relmap cannot use is a one-line error that names the
/// option and the value given, and lists the valid values where there are few.
@Suite struct OptionValidationTests {
    func expectRefused(_ args: [String], mentions: [String], sourceLine: SourceLocation = #_sourceLocation) throws {
        let r = try CLIRunner.run(args)
        #expect(r.status != 0, "accepted: \(args)", sourceLocation: sourceLine)
        for m in mentions {
            #expect(r.stderr.contains(m), "\(args): stderr lacks \(m): \(r.stderr)", sourceLocation: sourceLine)
        }
        #expect(!r.stderr.contains("Missing value"), "\(args): \(r.stderr)", sourceLocation: sourceLine)
    }

    @Test func negativeCountsAreNamedNotMissing() throws {
        let f = CLIRunner.fixture
        try expectRefused(["rank", f, "--top=-1"], mentions: ["--top", "-1"])
        try expectRefused(["rank", f, "--top", "-1"], mentions: ["--top", "-1"])
        try expectRefused(["build", f, "--top", "-2"], mentions: ["--top", "-2"])
        try expectRefused(["coverage", f, "--top", "-1"], mentions: ["--top", "-1"])
        try expectRefused(["actors", f, "--top", "-1"], mentions: ["--top", "-1"])
        try expectRefused(["actors", f, "--min-count", "-1"], mentions: ["--min-count", "-1"])
        try expectRefused(["timeline", f, "--top", "-1"], mentions: ["--top", "-1"])
        try expectRefused(["diff", f, "--before", "2023", "--after", "2024", "--top", "-1"], mentions: ["--top", "-1"])
        try expectRefused(["render", f, "--top", "-1"], mentions: ["--top", "-1"])
        try expectRefused(["render", f, "--max-edges", "-1"], mentions: ["--max-edges"])
        try expectRefused(["map", f, "--rank-top", "-1"], mentions: ["--rank-top", "-1"])
        try expectRefused(["extract", f, "--threads", "-3"], mentions: ["--threads", "-3"])
    }

    @Test func numbersMustBeFiniteAndInRange() throws {
        let f = CLIRunner.fixture
        try expectRefused(["build", f, "--min-weight", "NaN"], mentions: ["--min-weight", "finite"])
        try expectRefused(["build", f, "--min-weight", "inf"], mentions: ["--min-weight"])
        try expectRefused(["rank", f, "--samples", "0"], mentions: ["--samples", "0"])
        try expectRefused(["rank", f, "--resolution", "nan"], mentions: ["--resolution"])
        try expectRefused(["rank", f, "--resolution", "0"], mentions: ["--resolution"])
        try expectRefused(["diff", f, "--before", "2023", "--after", "2024", "--min-change", "nan"], mentions: ["--min-change"])
        try expectRefused(["diff", f, "--before", "2023", "--after", "2024", "--thin-coverage", "nan"], mentions: ["--thin-coverage"])
    }

    @Test func sinceAfterUntilIsAnError() throws {
        try expectRefused(
            ["build", CLIRunner.fixture, "--since", "2024-01-01", "--until", "2023-01-01"],
            mentions: ["--since", "--until", "ends before it starts"])
    }

    /// A type name no lexicon knows is an error listing the known ones, not an empty graph.
    @Test func unknownTypesAreErrors() throws {
        try expectRefused(["build", CLIRunner.fixture, "--types", "protset"], mentions: ["protset", "alliance", "protest"])
        try expectRefused(["rank", CLIRunner.fixture, "--types", "alliance,,atack"], mentions: ["atack"])
        let ok = try CLIRunner.run(["build", CLIRunner.fixture, "--types", "alliance, protest"])
        #expect(ok.status == 0, "\(ok.stderr)")
    }

    /// Measures, engines and polarities not known are errors that list the known ones.
    @Test func unknownNamesListTheValidOnes() throws {
        try expectRefused(["rank", CLIRunner.fixture, "--measure", "pagernak"], mentions: ["pagernak", "pagerank", "betweenness"])
        try expectRefused(["render", CLIRunner.fixture, "--engine", "magic"], mentions: ["magic", "neato", "sfdp"])
        try expectRefused(["build", CLIRunner.fixture, "--polarity", "friendly"], mentions: ["friendly", "cooperative", "hostile"])
    }

    /// More threads than cores are not started: a thousand threads could hit the process limit.
    @Test func threadsAreCappedAtTheCores() throws {
        let r = try CLIRunner.run(["extract", CLIRunner.fixture, "--threads", "100000"], timeout: 60)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count > 3)
    }

    /// A --types that names nothing, and a --period that --since/--until leave no day of, are
    /// errors, not an empty graph; an empty -o is named as -o.
    @Test func filtersThatKeepNothingAreRefused() throws {
        let f = CLIRunner.fixture
        try expectRefused(["rank", f, "--types", ""], mentions: ["--types", "names no type"])
        try expectRefused(["build", f, "--types", ",,"], mentions: ["--types", "names no type"])
        try expectRefused(["rank", f, "--period", "2024", "--until", "2023-01-01"], mentions: ["--period 2024", "leaves no day"])
        try expectRefused(["rank", f, "-o", ""], mentions: ["-o"])
    }
}
