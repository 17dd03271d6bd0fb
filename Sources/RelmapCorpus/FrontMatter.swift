import Foundation
import Yams

/// YAML front matter at the head of a Markdown article, between two `---` lines.
///
/// Only the keys relmap reads are taken, each a single value; the lists and maps that Hugo and
/// Jekyll write under other keys (`tags`, `categories`, `params`) are left alone. A key with an
/// empty or null value (`date:`, `date: null`, `date: ~`) is as if it were absent.
public struct FrontMatter: Sendable, Equatable {
    /// The keys relmap reads.
    static let keys: Set<String> = ["id", "title", "date", "lang", "source", "url"]

    /// The fields relmap reads: `id`, `title`, `date`, `lang`, `source`, `url`.
    public var fields: [String: String]
    /// The text after the closing `---`.
    public var body: String

    /// Splits `text` into front matter and body. Text without front matter is all body.
    public static func parse(_ text: String, path: String) throws(CorpusError) -> FrontMatter {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            return FrontMatter(fields: [:], body: text)
        }
        guard
            let close = lines.dropFirst().firstIndex(where: {
                let t = $0.trimmingCharacters(in: .whitespaces)
                return t == "---" || t == "..."
            })
        else {
            throw .malformedFrontMatter(path: path, line: 1, reason: "no closing '---' line")
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        lines.removeSubrange(0...close)
        let body = lines.joined(separator: "\n")
        let node: Node?
        do {
            // Every value is read as text, so tags need no resolving: the default resolver runs a dozen
            // regular expressions on every key (it hashes keys to find duplicates), most of the load time.
            node = try Yams.compose(yaml: yaml, .basic)
        } catch {
            let problem = YAMLProblem(error)
            throw .malformedFrontMatter(path: path, line: (problem.line ?? 1) + 1, reason: problem.reason)
        }
        guard let node else { return FrontMatter(fields: [:], body: body) }
        guard let mapping = node.mapping else {
            throw .malformedFrontMatter(path: path, line: 2, reason: "expected 'key: value' lines")
        }
        var fields: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string, keys.contains(name) else { continue }
            guard let scalar = value.scalar else {
                let line = (value.mark?.line ?? 1) + 1
                let shape = value.sequence != nil ? "a list" : "a map"
                throw .malformedFrontMatter(path: path, line: line, reason: "'\(name)' must be a single value, not \(shape)")
            }
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { continue }
            fields[name] = scalar.string
        }
        if fields["date"]?.isEmpty == true { fields["date"] = nil }
        if let raw = fields["date"] {
            guard let date = Day(startOf: raw) else {
                let line = (mapping.first { $0.key.string == "date" }?.value.mark?.line ?? 1) + 1
                throw .malformedFrontMatter(path: path, line: line, reason: "date \"\(raw)\" is not YYYY-MM-DD")
            }
            fields["date"] = date.description
        }
        return FrontMatter(fields: fields, body: body)
    }
}
