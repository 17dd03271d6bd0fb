import RelmapCorpus

/// A graph file that cannot be read, with the file, line and column to fix.
public struct GraphError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column (in bytes), when known.
    public var column: Int?
    /// What is wrong, and what to do about it.
    public var reason: String

    /// Creates an error.
    public init(path: String, line: Int? = nil, column: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// One line: `path:line:column: reason`, with any line break or control character in the
    /// reason (an id quoted from the file) shown as an escape.
    public var description: String {
        let place = (line.map { ":\($0)" } ?? "") + (line != nil ? column.map { ":\($0)" } ?? "" : "")
        return "\(path)\(place): \(OneLine.escape(reason))"
    }

    /// A node listed twice in a graph file: which of its labels and kinds holds is not for relmap
    /// to guess.
    static func nodeListedTwice(_ id: String, path: String, line: Int?) -> GraphError {
        GraphError(path: path, line: line, reason: "node \"\(NumberField.shown(id))\" is listed twice: keep one")
    }
}
