/// The article ids a corpus has handed on so far, so that two articles never share one: a
/// relation stated by three articles with one id would count as stated by one.
///
/// The first article with an id keeps it; a later one is handed on as `ID~2` (`ID~3`, ..., the
/// first that is free), in corpus order, and named in ``warning``.
public struct ArticleIDs: Sendable {
    /// An article handed on under another id than its own.
    public struct Renaming: Sendable, Equatable {
        /// The id the article gave.
        public var id: String
        /// The id it was handed on under.
        public var newID: String
        /// Its file, with the line for an article of a JSONL file (`a.jsonl:3`).
        public var path: String
        /// The file (and line) of the first article with ``id``.
        public var firstPath: String
    }

    /// The file (and line) of each id handed on.
    private var files: [String: String] = [:]
    /// The articles renamed so far, in corpus order.
    public private(set) var renamed: [Renaming] = []

    /// Creates an empty register.
    public init() {}

    /// The id under which to hand on the article `id` of `path` (at `line` of a JSONL file):
    /// `id` itself the first time, else the first free `id~N`.
    public mutating func unique(_ id: String, path: String, line: Int? = nil) -> String {
        let name = path == ArticleSource.standardInput ? "standard input" : path
        let path = line.map { "\(name):\($0)" } ?? name
        // One look-up for an id not seen before, the common case; a taken one gets its first file back.
        guard let first = files.updateValue(path, forKey: id) else { return id }
        files[id] = first
        var n = 2
        while files["\(id)~\(n)"] != nil { n += 1 }
        let newID = "\(id)~\(n)"
        files[newID] = path
        renamed.append(Renaming(id: id, newID: newID, path: path, firstPath: first))
        return newID
    }

    /// One line naming the renamed articles (the first few of many), or nil when none was.
    public var warning: String? {
        guard !renamed.isEmpty else { return nil }
        let shown = renamed.prefix(5).map { "\($0.path): '\($0.id)' read as '\($0.newID)' (first in \($0.firstPath))" }
        let more = renamed.count > 5 ? " and \(renamed.count - 5) more" : ""
        return "\(renamed.count) article\(renamed.count == 1 ? "" : "s") had an id already taken and "
            + "\(renamed.count == 1 ? "was" : "were") renamed: \(shown.joined(separator: ", "))\(more); "
            + "give each article its own id (front matter or JSONL \"id\", or the file name)"
    }
}
