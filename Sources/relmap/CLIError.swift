import RelmapCorpus

/// An error the command line reports in one line and exits non-zero for; control characters in
/// the names it holds are escaped (``OneLine``).
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = OneLine.escape(message) }
}
