import Foundation

/// One file of a corpus, not yet read: a `.txt` or `.md` article, or a `.jsonl` file of many.
public struct ArticleSource: Sendable, Hashable {
    /// The kinds of article file relmap reads.
    public enum Kind: String, Sendable, Hashable {
        /// Plain text; the first non-empty line is the title.
        case text
        /// Markdown with optional YAML front matter.
        case markdown
        /// JSON Lines, one article an object.
        case jsonLines
        /// A CSV file of articles, one a record, with a header naming the columns (``ArticleColumns``).
        case csv
        /// A JSONL file of relations relmap wrote (`relmap extract`, `map`'s `NAME.relations.jsonl`):
        /// the graph commands read it instead of extracting again; it holds no article text.
        case relations
    }

    /// The path that names standard input: articles as JSONL lines, read once, as they come.
    public static let standardInput = "-"

    /// The file's path (``standardInput`` for standard input).
    public var path: String
    /// How to read it.
    public var kind: Kind
    /// Metadata from the folder's `index.jsonl` and `--meta`, by article id.
    public var metadata: MetadataTable
    /// The columns of a CSV file's article fields.
    public var columns = ArticleColumns()

    /// A source of articles: the file at `path`, read as `kind`, completed with `metadata`.
    public init(path: String, kind: Kind, metadata: MetadataTable, columns: ArticleColumns = ArticleColumns()) {
        self.path = path
        self.kind = kind
        self.metadata = metadata
        self.columns = columns
    }

    /// The kind a file name implies, or nil when relmap does not read such files.
    public static func kind(forPath path: String) -> Kind? {
        // The extension, compared without case and without lower-casing the whole path.
        let utf8 = path.utf8
        guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        let ext = utf8[utf8.index(after: dot)...]
        func isExtension(_ e: StaticString) -> Bool {
            e.withUTF8Buffer { want in
                ext.count == want.count && zip(ext, want).allSatisfy { ($0 | 0x20) == $1 }
            }
        }
        if isExtension("txt") { return .text }
        if isExtension("md") || isExtension("markdown") { return .markdown }
        if isExtension("jsonl") { return .jsonLines }
        if isExtension("csv") { return .csv }
        return nil
    }

    /// The id of a single-article file: its name without the extension.
    public var fileID: String {
        // Read from the path's bytes in place; "/" and "." are ASCII, so the cuts fall between characters.
        var path = path
        return path.withUTF8 { utf8 in
            let start = utf8.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
            let dot = utf8[start...].lastIndex(of: UInt8(ascii: "."))
            let end = dot.map { $0 == start ? utf8.count : $0 } ?? utf8.count
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self)
        }
    }

    /// Reads the articles of this file and passes each to `body`, one at a time.
    public func forEachArticle(_ body: (Article) throws -> Void) throws {
        switch kind {
        case .text, .markdown:
            try body(article(fromFile: TextFile.read(path)))
        case .jsonLines:
            try JSONLines.forEachObject(in: path) { object, line in
                try body(article(fromJSON: object, line: line))
            }
        case .csv:
            try forEachCSVArticle(body)
        case .relations:
            throw CorpusError.relationsNotArticles(path: path)
        }
    }

    /// Reads the articles of this CSV file, record by record, and passes each to `body`.
    public func forEachCSVArticle(_ body: (Article) throws -> Void) throws {
        var reader = try CSVRecordReader(path: path)
        defer { reader.close() }
        guard let header = try reader.next() else { return }
        let index = columns.indices(in: header.fields)
        guard index["text"] != nil else {
            throw CorpusError.malformedCSV(
                path: path, line: header.line,
                reason: "no column \"\(columns.column(of: "text"))\" holds the text (columns: \(header.fields.joined(separator: ", "))); name it with --columns text=COLUMN")
        }
        while let record = try reader.next() {
            try body(article(fromCSV: record.fields, columns: index, fieldCount: header.fields.count, line: record.line))
        }
    }

    /// The article of one CSV record (starting at line `line`), whose fields `columns` finds by name.
    func article(fromCSV fields: [String], columns: [String: Int], fieldCount: Int, line: Int) throws(CorpusError) -> Article {
        guard fields.count == fieldCount else {
            throw .malformedCSV(path: path, line: line, reason: "\(fields.count) field\(fields.count == 1 ? "" : "s") where the header has \(fieldCount)")
        }
        func value(_ field: String) -> String? {
            guard let i = columns[field] else { return nil }
            let v = fields[i].trimmingSpaces
            return v.isEmpty ? nil : v
        }
        var date: Day?
        if let raw = value("date") {
            guard let d = Day(startOf: raw) else { throw .malformedCSV(path: path, line: line, reason: "date \"\(raw)\" is not YYYY-MM-DD") }
            date = d
        }
        let text = columns["text"].map { fields[$0] } ?? ""
        let article = Article(
            id: value("id") ?? "\(fileID)-\(line)", title: value("title"), date: date, language: value("lang"),
            source: value("source"), url: value("url"), text: TextFile.normalise(text), path: path, line: line)
        return metadata.complete(article)
    }

    /// The first non-blank line of `text`, without the spaces and tabs around it.
    static func firstLine(of text: String) -> String? {
        // Read from the text's bytes in place: stepping through its UTF-8 view cost more than the rest of making an article.
        var text = text
        return text.withUTF8 { utf8 in
            var i = 0
            while i < utf8.count {
                var end = i
                while end < utf8.count, utf8[end] != 0x0A { end += 1 }
                var lo = i, hi = end
                while lo < hi, utf8[lo] == 0x20 || utf8[lo] == 0x09 { lo += 1 }
                while hi > lo, utf8[hi - 1] == 0x20 || utf8[hi - 1] == 0x09 { hi -= 1 }
                if lo < hi { return String(decoding: UnsafeBufferPointer(rebasing: utf8[lo..<hi]), as: UTF8.self) }
                i = end < utf8.count ? end + 1 : end
            }
            return nil
        }
    }

    /// The article of one JSONL object (line `line` of this file).
    public func article(fromJSON object: [String: Any], line: Int) throws(CorpusError) -> Article {
        guard let text = try JSONLines.string(object, "text", path: path, line: line) else {
            let relations = object["article"] != nil && object["sentence"] != nil
            throw CorpusError.malformedJSONL(
                path: path, line: line,
                reason: relations
                    ? "missing \"text\": these are relations relmap wrote, not articles; give the articles they came from"
                    : "missing \"text\"")
        }
        let id = try JSONLines.string(object, "id", path: path, line: line) ?? "\(fileID)-\(line)"
        let article = Article(
            id: id,
            title: try JSONLines.string(object, "title", path: path, line: line),
            date: try JSONLines.date(object, path: path, line: line),
            language: try JSONLines.string(object, "lang", path: path, line: line),
            source: try JSONLines.string(object, "source", path: path, line: line),
            url: try JSONLines.string(object, "url", path: path, line: line),
            text: TextFile.normalise(text), path: path, line: line)
        return metadata.complete(article)
    }

    /// The fields of an article's JSON line read by ``FlatJSON``, in this order (`text` last).
    private static let articleKeys = ["id", "title", "date", "lang", "source", "url", "text"]
    private static let articleKeyBytes = articleKeys.map { Array($0.utf8) }

    /// The article of one raw JSONL line, or nil for a blank line.
    public func article(fromJSONLine line: Data, number: Int) throws(CorpusError) -> Article? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
        guard String(validating: line, as: UTF8.self) != nil else { throw .notUTF8(path: path, line: number) }
        // A flat object with string fields, the common line, is read without the general parser;
        // any other line (nested values, a field of another type, a mistake) is left to it.
        let flat = line.withUnsafeBytes { raw in
            FlatJSON.strings(raw.assumingMemoryBound(to: UInt8.self), keys: Self.articleKeyBytes, strict: true)
        }
        if let flat, flat[Self.articleKeys.count - 1] != nil {
            var object: [String: Any] = [:]
            for (key, value) in zip(Self.articleKeys, flat) { if let value { object[key] = value } }
            return try article(fromJSON: object, line: number)
        }
        let value: Any
        do { value = try JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed]) } catch {
            throw .malformedJSONL(path: path, line: number, reason: "not valid JSON")
        }
        guard let object = value as? [String: Any] else {
            throw .malformedJSONL(path: path, line: number, reason: "expected a JSON object")
        }
        return try article(fromJSON: object, line: number)
    }

    /// The article of a `.txt` or `.md` file.
    public func singleArticle() throws -> Article {
        var found: Article?
        try forEachArticle { found = $0 }
        guard let found else { throw CorpusError.noArticles(path: path) }
        return found
    }

    /// The article of this `.txt` or `.md` file from its bytes as read already (by a
    /// ``FileReadAhead``), or the error reading them.
    public func singleArticle(contents: Result<[UInt8], CorpusError>) throws(CorpusError) -> Article {
        guard kind == .text || kind == .markdown else { throw .noArticles(path: path) }
        return try article(fromFile: TextFile.decode(contents.get(), path: path))
    }

    /// The article of a `.txt` or `.md` file whose text is `text`.
    private func article(fromFile text: String) throws(CorpusError) -> Article {
        if kind == .markdown {
            let front = try FrontMatter.parse(text, path: path)
            let f = front.fields
            let article = Article(
                id: f["id"] ?? fileID, title: f["title"], date: f["date"].flatMap { Day($0) }, language: f["lang"],
                source: f["source"], url: f["url"], text: front.body, path: path)
            return metadata.complete(article)
        }
        return metadata.complete(Article(id: fileID, title: Self.firstLine(of: text), text: text, path: path))
    }
}
