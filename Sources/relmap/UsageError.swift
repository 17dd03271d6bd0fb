import ArgumentParser

/// The argument parser's complaints as one line: its "Usage:" and "Help:" lines are left out, a
/// list of valid values is written on the line ("use one of: a, b, c"), and a pointer to the
/// command's `--help` closes it.
enum UsageError {
    /// `message` (the parser's, without usage) as one line, for the command named in `arguments`.
    static func oneLine(_ message: String, arguments: [String]) -> String {
        var lines = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // "Please provide one of the following:" followed by "- value" lines.
        let values = lines.filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
        lines.removeAll { $0.hasPrefix("- ") }
        var text = lines.joined(separator: "; ")
        if !values.isEmpty {
            text = text.replacingOccurrences(of: ". Please provide one of the following:", with: "")
                .replacingOccurrences(of: "Please provide one of the following:", with: "")
            text += "; use one of: " + values.joined(separator: ", ")
        }
        let names = Relmap.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        let command = arguments.first { names.contains($0) }.map { "relmap \($0)" } ?? "relmap"
        while text.hasSuffix(".") { text.removeLast() }
        return text + "; see '\(command) --help'"
    }
}
