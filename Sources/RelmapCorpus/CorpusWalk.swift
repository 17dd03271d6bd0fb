/// Finds the article files under the paths of a corpus: folders recursively, links followed,
/// every folder and file taken once (by device and inode) however many paths lead to it, so that
/// a link loop ends and overlapping arguments read nothing twice.
///
/// Only regular files are taken. Pipes, devices, sockets and links that lead nowhere are never
/// opened; they, files of other kinds and hidden entries are kept for ``warnings``.
struct CorpusWalk {
    /// The article files found, in walk order.
    private(set) var found: [ArticleSource] = []
    private let overrides: [String: ArticleMetadata]
    /// The columns of CSV files of articles.
    private let columns: ArticleColumns
    /// Files and folders not to read: the command's own outputs.
    private let excluded: Set<FileStatus.Identity>
    private var seenFiles: Set<FileStatus.Identity> = []
    private var seenFolders: Set<FileStatus.Identity> = []
    /// Entries that are not regular files or folders, with what they are.
    private var special: [String] = []
    /// Links that cannot be followed: broken, looping, or not permitted.
    private var broken: [String] = []
    /// Entries whose names are not UTF-8 (shown with U+FFFD for the bytes that are not).
    private var undecodable: [String] = []
    /// Entries of a folder that lead to a folder already read: a link loop, or a folder also
    /// named as an argument.
    private var loops: [String] = []
    /// Relation lists relmap wrote (`extract`, `map`), found among the articles.
    private var outputs: [String] = []
    /// Files whose extension relmap does not read, and hidden entries.
    private var stray: [String] = []
    private var hidden: [String] = []

    /// A walk that skips the files and folders at `excluding` and completes articles with `overrides`.
    init(excluding: [String], overrides: [String: ArticleMetadata], columns: ArticleColumns = ArticleColumns()) {
        self.overrides = overrides
        self.columns = columns
        excluded = Set(excluding.compactMap { FileStatus.of($0)?.identity })
    }

    /// Adds the article files at `path`, a file or a folder named by the user.
    mutating func add(_ path: String) throws(CorpusError) {
        // "-": JSONL articles from standard input, once however often it is named.
        if path == ArticleSource.standardInput {
            guard !found.contains(where: { $0.path == ArticleSource.standardInput }) else { return }
            // Articles or relations relmap wrote, told by the first line.
            let kind: ArticleSource.Kind = JSONLines.holdsRelations(path) ? .relations : .jsonLines
            found.append(ArticleSource(path: path, kind: kind, metadata: MetadataTable(index: [:], overrides: overrides), columns: columns))
            return
        }
        guard let status = FileStatus.of(path) else {
            if FileStatus.linkExists(path) { throw .unreadable(path: path, reason: "a link that leads nowhere or loops") }
            throw .pathNotFound(path: path)
        }
        if excluded.contains(status.identity) {
            throw .unreadable(path: path, reason: "it is where this command writes its output; give another output")
        }
        switch status.kind {
        case .folder:
            guard seenFolders.insert(status.identity).inserted else { return }
            let before = found.count
            try collect(folder: path, inherited: [:])
            if found.count == before { throw .noArticles(path: path) }
        case .regular:
            guard var kind = ArticleSource.kind(forPath: path) else { throw .unsupportedFile(path: path) }
            guard seenFiles.insert(status.identity).inserted else { return }
            // Named by the user, relations relmap wrote are read as such (a folder skips them).
            if kind == .jsonLines, JSONLines.holdsRelations(path) { kind = .relations }
            let folder = Self.parent(of: path)
            let indexPath = folder + "/index.jsonl"
            var index: [String: ArticleMetadata] = [:]
            if Self.name(of: path) != "index.jsonl", FileStatus.of(indexPath)?.kind == .regular, !JSONLines.holdsArticles(indexPath) {
                index = try JSONLines.readMetadata(indexPath)
            }
            found.append(ArticleSource(path: path, kind: kind, metadata: MetadataTable(index: index, overrides: overrides), columns: columns))
        default:
            throw .notRegularFile(path: path, kind: status.kindName)
        }
    }

    private mutating func collect(folder: String, inherited: [String: ArticleMetadata]) throws(CorpusError) {
        let entries = try DirectoryListing.entries(of: folder)
        func join(_ name: String) -> String { folder.hasSuffix("/") ? folder + name : folder + "/" + name }
        var index = inherited
        // An index.jsonl of metadata completes the articles of this folder and below; one whose
        // lines hold text is articles, read as any other JSONL file.
        var indexIsArticles = false
        if let entry = entries.first(where: { $0.name == "index.jsonl" }), entry.status?.kind == .regular {
            let path = join(entry.name)
            indexIsArticles = JSONLines.holdsArticles(path)
            if !indexIsArticles {
                let own = try JSONLines.readMetadata(path)
                if index.isEmpty { index = own } else { index.merge(own) { _, new in new } }
            }
        }
        let table = MetadataTable(index: index, overrides: overrides)
        for entry in entries {
            let path = join(entry.name)
            if entry.name.hasPrefix(".") {
                // relmap's own temporary files (of this run or one killed) are no one's input.
                if !(entry.name.hasSuffix(".tmp") && entry.name.contains(".relmap-")) { hidden.append(path) }
                continue
            }
            guard entry.validName else { undecodable.append(path); continue }
            guard let status = entry.status else { broken.append(path); continue }
            if excluded.contains(status.identity) { continue }
            switch status.kind {
            case .folder:
                guard seenFolders.insert(status.identity).inserted else { loops.append(path); continue }
                try collect(folder: path, inherited: index)
            case .regular:
                if entry.name == "index.jsonl" && !indexIsArticles { continue }
                guard let kind = ArticleSource.kind(forPath: entry.name) else { stray.append(path); continue }
                guard seenFiles.insert(status.identity).inserted else { continue }
                if kind == .jsonLines, JSONLines.holdsRelations(path) { outputs.append(path); continue }
                // A CSV file in a folder is articles when its header names the text column (an
                // edge list or a table beside the articles is not).
                if kind == .csv, !columns.holdsArticles(csvAt: path) { stray.append(path); continue }
                found.append(ArticleSource(path: path, kind: kind, metadata: table, columns: columns))
            default:
                special.append("\(path) (\(status.kindName))")
            }
        }
    }

    /// One line for each kind of entry skipped, naming them (the first few of many).
    var warnings: [String] {
        func list(_ paths: [String]) -> String {
            let shown = paths.prefix(8).joined(separator: ", ")
            return paths.count > 8 ? shown + " and \(paths.count - 8) more" : shown
        }
        func count(_ n: Int, _ what: String) -> String { "\(n) \(what)\(n == 1 ? "" : "s")" }
        var lines: [String] = []
        if !special.isEmpty {
            let entries = special.count == 1 ? "1 entry that is" : "\(special.count) entries that are"
            lines.append("skipped \(entries) not a regular file, never opened: \(list(special))")
        }
        if !undecodable.isEmpty {
            lines.append(
                "skipped \(undecodable.count == 1 ? "1 entry" : "\(undecodable.count) entries") whose name is not UTF-8 text (shown with \u{FFFD}), never opened: "
                    + "\(list(undecodable)); rename \(undecodable.count == 1 ? "it" : "them") to read \(undecodable.count == 1 ? "it" : "them")")
        }
        if !broken.isEmpty {
            lines.append("skipped \(count(broken.count, "link")) that lead nowhere, loop or cannot be looked at: \(list(broken))")
        }
        if !loops.isEmpty {
            lines.append("skipped \(count(loops.count, "folder")) already read through another path (a link loop or overlapping arguments): \(list(loops))")
        }
        if !outputs.isEmpty {
            lines.append("skipped \(count(outputs.count, "file")) of relations relmap wrote, not articles: \(list(outputs))")
        }
        if !stray.isEmpty || !hidden.isEmpty {
            var parts: [String] = []
            if !stray.isEmpty { parts.append("\(count(stray.count, "file")) that are not articles (.txt, .md, .markdown, .jsonl, .csv with a text column)") }
            if !hidden.isEmpty { parts.append("\(hidden.count) hidden \(hidden.count == 1 ? "entry" : "entries")") }
            lines.append("skipped \(parts.joined(separator: " and ")): \(list(stray + hidden))")
        }
        return lines.map(OneLine.escape)
    }

    /// The folder holding `path`, "." for a bare name.
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`.
    static func name(of path: String) -> Substring {
        path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
    }
}
