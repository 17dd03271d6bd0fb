/// Which CSV column holds each field of an article: by default the column named after the field
/// (`id`, `date`, `title`, `text`, `url`, `lang`, `source`); other names are mapped, as
/// `--columns text=body,date=published_at` does.
public struct ArticleColumns: Sendable, Hashable {
    /// The article fields a column can give.
    public static let fields = ["id", "date", "title", "text", "url", "lang", "source"]

    /// The column of each field whose column is not the field's own name.
    public private(set) var renamed: [String: String] = [:]

    /// The default columns.
    public init() {}

    /// Columns mapped by `spec`: comma-separated `FIELD=COLUMN` pairs (`text=body,date=published_at`).
    public init(parsing spec: String) throws(ArticleColumnsError) {
        for pair in spec.split(separator: ",", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw .malformed(String(pair)) }
            guard Self.fields.contains(parts[0]) else { throw .unknownField(parts[0]) }
            renamed[parts[0]] = parts[1]
        }
    }

    /// The column that holds `field`.
    public func column(of field: String) -> String { renamed[field] ?? field }

    /// The index in `header` of each article field found there.
    func indices(in header: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        for field in Self.fields {
            let name = column(of: field)
            if let i = header.firstIndex(where: { $0.trimmingSpaces == name }) { out[field] = i }
        }
        return out
    }

    /// Whether `header` names the column of the articles' text: what tells a CSV of articles from
    /// an edge list.
    public func holdsArticles(header: [String]) -> Bool { indices(in: header)["text"] != nil }

    /// Whether the CSV file at `path` is one of articles: its header names the text column. False
    /// when it cannot be read (reading it as articles then says why).
    public func holdsArticles(csvAt path: String) -> Bool {
        guard var reader = try? CSVRecordReader(path: path) else { return false }
        defer { reader.close() }
        guard let header = try? reader.next() else { return false }
        return holdsArticles(header: header.fields)
    }
}

/// A `--columns` value that cannot be read.
public enum ArticleColumnsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A pair that is not `FIELD=COLUMN`.
    case malformed(String)
    /// A field that articles do not have.
    case unknownField(String)

    /// What went wrong and how to write it.
    public var description: String {
        switch self {
        case .malformed(let pair):
            return "--columns: '\(pair)' is not FIELD=COLUMN (for example text=body,date=published_at)"
        case .unknownField(let field):
            return "--columns: '\(field)' is no article field (fields: \(ArticleColumns.fields.joined(separator: ", ")))"
        }
    }
}

extension String {
    /// The string without spaces and tabs around it.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
