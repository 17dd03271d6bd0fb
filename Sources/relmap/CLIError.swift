/// An error the command line reports in one line and exits non-zero for.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
