import RelmapCorpus

/// A graph a format cannot hold as it is: a character XML or DOT has no way to write, for one.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The format (GraphML, GEXF, DOT).
    public var format: String
    /// What cannot be written, and what to do.
    public var reason: String

    /// Creates an error.
    public init(format: String, reason: String) {
        self.format = format
        self.reason = reason
    }

    /// One line.
    public var description: String { "cannot write \(format): \(OneLine.escape(reason))" }

    /// `s` with control characters shown as `\u{...}`, cut short, for a one-line message.
    package static func shown(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars.prefix(60) {
            if u.value < 0x20 || u.value == 0x7F { out += "\\u{\(String(u.value, radix: 16))}" } else { out.unicodeScalars.append(u) }
        }
        return s.unicodeScalars.count > 60 ? out + "..." : out
    }
}
