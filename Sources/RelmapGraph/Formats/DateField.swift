import RelmapCorpus

/// An edge's first or last date as a graph file writes it, read and checked as ``NumberField``
/// reads numbers: a value that is not a day (`YYYY-MM-DD`) is a ``GraphError`` naming the file,
/// the line when the format has lines, and the edge.
public enum DateField: String, Sendable, CaseIterable {
    /// The earliest date of an edge's articles.
    case first
    /// The latest date of an edge's articles.
    case last

    /// The day `text` writes (surrounding spaces allowed), nil when there is no text or it is
    /// empty; `owner` names the edge in the message (e.g. "edge A -> B").
    public func value(_ text: String?, of owner: @autoclosure () -> String, path: String, line: Int? = nil) throws(GraphError) -> Day? {
        guard let text else { return nil }
        let t = NumberField.trimmed(text)
        guard !t.isEmpty else { return nil }
        guard let day = Day(t) else {
            throw GraphError(path: path, line: line, reason: "\(rawValue) date \"\(NumberField.shown(text))\" of \(owner()) is not a day: it must be YYYY-MM-DD")
        }
        return day
    }
}
