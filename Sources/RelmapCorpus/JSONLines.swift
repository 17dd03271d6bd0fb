import Foundation

/// JSON Lines files: one JSON object a line; blank lines are skipped.
public enum JSONLines {
    /// Calls `body` with each object of `path` and its 1-based line number.
    public static func forEachObject(
        in path: String, _ body: ([String: Any], Int) throws -> Void
    ) throws {
        var reader = try LineReader(path: path)
        defer { reader.close() }
        while let line = try reader.next() {
            let number = reader.lineNumber
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            guard String(validating: line, as: UTF8.self) != nil else {
                throw CorpusError.notUTF8(path: path, line: number)
            }
            let value: Any
            do {
                value = try JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed])
            } catch {
                throw CorpusError.malformedJSONL(path: path, line: number, reason: "not valid JSON")
            }
            guard let object = value as? [String: Any] else {
                throw CorpusError.malformedJSONL(path: path, line: number, reason: "expected a JSON object")
            }
            try body(object, number)
        }
    }

    /// Whether the first object of `path` has a `text` field: a file of articles, not of metadata
    /// (an `index.jsonl` can be either). A file that cannot be read is taken for metadata, whose
    /// reading then names the fault.
    static func holdsArticles(_ path: String) -> Bool {
        firstObject(path)?["text"] != nil
    }

    /// Whether `path` is a list of relations as `relmap extract` and `relmap map` write it: its
    /// first object has `article`, `source`, `target` and `sentence` and no `text`.
    static func holdsRelations(_ path: String) -> Bool {
        guard let object = firstObject(path), object["text"] == nil else { return false }
        return ["article", "source", "target", "sentence"].allSatisfy { object[$0] != nil }
    }

    /// The first object of a JSONL file, or nil when it has none or cannot be read.
    private static func firstObject(_ path: String) -> [String: Any]? {
        if path == ArticleSource.standardInput {
            guard let line = StandardInput.shared.firstLine() else { return nil }
            return (try? JSONSerialization.jsonObject(with: line)) as? [String: Any]
        }
        guard var reader = try? LineReader(path: path) else { return nil }
        defer { reader.close() }
        while let line = try? reader.next() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return (try? JSONSerialization.jsonObject(with: line)) as? [String: Any]
        }
        return nil
    }

    /// The string field `key` of `object`; nil when absent or null, an error when of another type.
    static func string(_ object: [String: Any], _ key: String, path: String, line: Int) throws(CorpusError) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        if let s = value as? String { return s }
        if key == "id" {
            // An integer id is its digits; true, 1.5 or 1e300 is no id ("1", "1e+300" would merge).
            if let n = value as? NSNumber, ["i", "l", "q", "s", "I", "L", "Q", "S"].contains(String(cString: n.objCType)) {
                return n.stringValue
            }
            throw .malformedJSONL(path: path, line: line, reason: "field \"id\" must be a string or an integer")
        }
        throw .malformedJSONL(path: path, line: line, reason: "field \"\(key)\" must be a string")
    }

    /// A `date` field checked and read as a day (a date-time gives its day).
    static func date(_ object: [String: Any], path: String, line: Int) throws(CorpusError) -> Day? {
        guard let raw = try string(object, "date", path: path, line: line), !raw.isEmpty else { return nil }
        guard let date = Day(startOf: raw) else {
            throw .malformedJSONL(path: path, line: line, reason: "date \"\(raw)\" is not YYYY-MM-DD")
        }
        return date
    }

    private struct MetadataLine: Decodable {
        var id: String
        var date: String?
        var lang: String?
        var source: String?
        var title: String?
        var url: String?
    }

    /// Reads a metadata file (`--meta` or `index.jsonl`): `id` is required on every line.
    ///
    /// The whole file is decoded in one pass when it is well-formed; otherwise it is read line by
    /// line, so that the error names the line at fault.
    public static func readMetadata(_ path: String) throws(CorpusError) -> [String: ArticleMetadata] {
        if let data = FileManager.default.contents(atPath: path) {
            if let fast = readFlatMetadata(data) { return fast }
            var joined = Data("[".utf8)
            var first = true
            for line in data.split(separator: 0x0A) where !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                if !first { joined.append(0x2C) }
                joined.append(line)
                first = false
            }
            joined.append(0x5D)
            if let lines = try? JSONDecoder().decode([MetadataLine].self, from: joined),
                lines.allSatisfy({ l in !l.id.isEmpty && (l.date.map { $0.isEmpty || Day(startOf: $0) != nil } ?? true) })
            {
                var result: [String: ArticleMetadata] = [:]
                result.reserveCapacity(lines.count)
                for l in lines {
                    result[l.id] = ArticleMetadata(
                        id: l.id, date: l.date.flatMap { $0.isEmpty ? nil : Day(startOf: $0) },
                        language: l.lang, source: l.source, title: l.title, url: l.url)
                }
                return result
            }
        }
        return try readMetadataByLine(path)
    }

    /// The fields of a metadata line, in the order ``readFlatMetadata(_:)`` reads them.
    private static let metadataKeys: [[UInt8]] = ["id", "date", "lang", "source", "title", "url"].map { Array($0.utf8) }

    /// The metadata of `data` read line by line with ``FlatJSON``, or nil when a line needs the
    /// full parser (or is wrong, so that the full parser words the error).
    private static func readFlatMetadata(_ data: Data) -> [String: ArticleMetadata]? {
        let bytes = [UInt8](data)
        return bytes.withUnsafeBufferPointer { all -> [String: ArticleMetadata]? in
            var result: [String: ArticleMetadata] = [:]
            result.reserveCapacity(all.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } + 1)
            var start = 0
            while start < all.count {
                var end = start
                while end < all.count, all[end] != 0x0A { end += 1 }
                let line = UnsafeBufferPointer(rebasing: all[start..<end])
                start = end + 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                guard let f = FlatJSON.strings(line, keys: metadataKeys), let id = f[0], !id.isEmpty else { return nil }
                var date: Day?
                if let d = f[1], !d.isEmpty {
                    guard let normal = Day(startOf: d) else { return nil }
                    date = normal
                }
                result[id] = ArticleMetadata(id: id, date: date, language: f[2], source: f[3], title: f[4], url: f[5])
            }
            return result
        }
    }

    private static func readMetadataByLine(_ path: String) throws(CorpusError) -> [String: ArticleMetadata] {
        var result: [String: ArticleMetadata] = [:]
        do {
            try forEachObject(in: path) { object, line in
                guard let id = try string(object, "id", path: path, line: line), !id.isEmpty else {
                    throw CorpusError.malformedJSONL(path: path, line: line, reason: "missing \"id\"")
                }
                result[id] = ArticleMetadata(
                    id: id,
                    date: try date(object, path: path, line: line),
                    language: try string(object, "lang", path: path, line: line),
                    source: try string(object, "source", path: path, line: line),
                    title: try string(object, "title", path: path, line: line),
                    url: try string(object, "url", path: path, line: line))
            }
        } catch let error as CorpusError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: String(describing: error))
        }
        return result
    }
}
