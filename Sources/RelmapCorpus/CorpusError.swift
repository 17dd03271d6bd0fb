/// What can go wrong reading a corpus. Every case names the file, and the line where there is one.
public enum CorpusError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path does not exist.
    case pathNotFound(path: String)
    /// A folder (or the inputs given) held no article files.
    case noArticles(path: String)
    /// A file is not valid UTF-8; `line` is where the first bad byte is.
    case notUTF8(path: String, line: Int)
    /// A line of a JSONL file is not a JSON object of the expected shape.
    case malformedJSONL(path: String, line: Int, reason: String)
    /// A record of a CSV file of articles cannot be read.
    case malformedCSV(path: String, line: Int, reason: String)
    /// The YAML front matter of a Markdown file cannot be read.
    case malformedFrontMatter(path: String, line: Int, reason: String)
    /// A file cannot be read at all.
    case unreadable(path: String, reason: String)
    /// A file of relations relmap wrote was given where articles' text is needed.
    case relationsNotArticles(path: String)
    /// A file's extension is not one relmap reads.
    case unsupportedFile(path: String)
    /// A path named on the command line is a pipe, a device or a socket (`kind` says which), which
    /// relmap does not open: reading it could wait for ever or never end.
    case notRegularFile(path: String, kind: String)

    /// The message, in one line (``OneLine``).
    public var description: String { OneLine.escape(message) }

    private var message: String {
        // Standard input is named as such, not as "-".
        func shown(_ path: String) -> String { path == ArticleSource.standardInput ? "standard input" : path }
        switch self {
        case .pathNotFound(let path):
            return path.isEmpty ? "an empty path: give a file or a folder" : "\(shown(path)): no such file or folder"
        case .noArticles(let path):
            return "\(shown(path)): no articles found (relmap reads .txt, .md, .jsonl and .csv files)"
        case .notUTF8(let path, let line):
            return "\(shown(path)):\(line): not valid UTF-8 text (convert the file to UTF-8, e.g. with iconv)"
        case .malformedJSONL(let path, let line, let reason):
            return "\(shown(path)):\(line): malformed JSONL: \(reason)"
        case .malformedCSV(let path, let line, let reason):
            return "\(shown(path)):\(line): malformed CSV: \(reason)"
        case .malformedFrontMatter(let path, let line, let reason):
            return "\(shown(path)):\(line): malformed front matter: \(reason)"
        case .unreadable(let path, let reason):
            return "\(shown(path)): cannot be read: \(reason)"
        case .relationsNotArticles(let path):
            return "\(shown(path)): relations relmap wrote, not articles: this command reads the articles' text (build, rank, render, map, export, diff, timeline and balance take relations)"
        case .unsupportedFile(let path):
            return "\(shown(path)): not an article file (relmap reads .txt, .md, .jsonl and .csv)"
        case .notRegularFile(let path, let kind):
            return "\(shown(path)): \(kind), not a regular file; give a file or a folder of files"
        }
    }
}
