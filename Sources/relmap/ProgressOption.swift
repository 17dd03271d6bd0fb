import ArgumentParser

/// `--progress` for the commands that extract and draw maps without the map options (diff,
/// timeline, export).
struct ProgressOption: ParsableArguments {
    @Flag(name: .long, help: "Report the progress of extraction and of drawing maps on standard error from the start, also when it is not a terminal (a terminal shows it after 2 seconds).")
    var progress = false
}
