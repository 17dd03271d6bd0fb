import ArgumentParser

/// The threshold above which `diff` and `timeline` warn that a period's articles are thinly read.
struct ThinCoverageOptions: ParsableArguments {
    @Option(
        name: .long, parsing: .unconditional,
        help: ArgumentHelp(
            "Warn when more than this share of a period's articles have no relation (0 to 1; 1 never warns).", valueName: "share"))
    var thinCoverage: Double = 0.5

    func validate() throws {
        guard (0...1).contains(thinCoverage) else {
            throw ValidationError("--thin-coverage must be a share from 0 to 1, not \(thinCoverage)")
        }
    }
}
