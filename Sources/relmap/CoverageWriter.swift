import Foundation
import RelmapGraph
import RelmapExtraction

/// Formats coverage rows and the summary as a table, JSON or CSV.
struct CoverageWriter {
    let format: CoverageCommand.Format
    /// Names shown per article in the table.
    let namesPerArticle: Int
    /// Names listed in the summary.
    let top: Int

    /// The width of the article column in the table; longer ids overflow it.
    static let idWidth = 32

    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
    static func padLeft(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }

    var header: String {
        switch format {
        case .table:
            return Self.pad("article", Self.idWidth) + Self.pad("date", 11) + "lang  sentences  relations  unresolved names\n"
        case .json: return "{\n \"articles\": ["
        case .csv: return "article,date,lang,lang_detected,sentences,relations,unresolved_count,unresolved\n"
        }
    }

    func row(_ a: ArticleCoverage, first: Bool) -> String {
        switch format {
        case .table:
            let shown = a.unresolved.prefix(namesPerArticle).map { $0.count > 1 ? "\($0.name) (\($0.count))" : $0.name }
            var parts = shown
            if a.unresolved.count > shown.count { parts.append("+\(a.unresolved.count - shown.count) more") }
            let names = parts.isEmpty ? "-" : parts.joined(separator: ", ")
            return Self.pad(a.id, Self.idWidth) + Self.pad(a.date?.description ?? "-", 11) + Self.pad(a.language + (a.languageDetected ? "*" : ""), 4)
                + Self.padLeft(String(a.sentences), 11) + Self.padLeft(String(a.relations), 11) + "  " + names + "\n"
        case .json:
            let value = JSONText.Value.object([
                ("id", .string(a.id)), ("date", a.date.map { .string($0.description) } ?? .null), ("lang", .string(a.language)),
                ("lang_detected", .bool(a.languageDetected)), ("sentences", .int(a.sentences)), ("relations", .int(a.relations)),
                ("unresolved", .array(a.unresolved.map { .object([("name", .string($0.name)), ("count", .int($0.count))]) }))
            ])
            return (first ? "\n  " : ",\n  ") + JSONText.render(value)
        case .csv:
            let fields = [
                a.id, a.date?.description ?? "", a.language, String(a.languageDetected), String(a.sentences), String(a.relations),
                String(a.unresolved.count), a.unresolved.map(\.name).joined(separator: "; ")
            ]
            return CSVField.record(fields)
        }
    }

    func footer(_ s: CoverageSummary) -> String {
        let names = s.unresolvedNames.prefix(top)
        let percent = Int((s.withoutRelationShare * 100).rounded())
        switch format {
        case .csv:
            return ""
        case .json:
            let summary = JSONText.Value.object([
                ("articles", .int(s.articles)), ("sentences", .int(s.sentences)), ("relations", .int(s.relations)),
                ("languages", .object(s.languages.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
                ("lang_detected", .int(s.detected)),
                (
                    "without_relation",
                    .object([
                        ("count", .int(s.withoutRelation.count)), ("share", .number((s.withoutRelationShare * 1000).rounded() / 1000)),
                        ("ids", .array(s.withoutRelation.map { .string($0) }))
                    ])
                ),
                (
                    "unresolved",
                    .array(
                        names.map { e in
                            .object([("name", .string(e.name)), ("count", .int(e.count)), ("articles", .int(e.articles)), ("example", .string(e.example))])
                        })
                )
            ])
            let body = JSONText.render(summary, indent: 1).replacingOccurrences(of: "\n", with: "\n ")
            return (s.articles > 0 ? "\n ]" : "]") + ",\n \"summary\": " + body + "\n}\n"
        case .table:
            var out = "(* language detected from the text; otherwise given by the metadata)\n\n"
            let langs = s.languages.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            out +=
                "\(s.articles) articles, \(s.sentences) sentences, \(s.relations) relations; languages: \(langs.isEmpty ? "-" : langs)"
                + " (\(s.detected) detected)\n"
            out += "articles without a relation: \(s.withoutRelation.count) of \(s.articles) (\(percent)%)"
            if !s.withoutRelation.isEmpty {
                let shown = s.withoutRelation.prefix(30)
                out += ": " + shown.joined(separator: ", ")
                if s.withoutRelation.count > shown.count { out += ", ... \(s.withoutRelation.count - shown.count) more (--format json lists all)" }
            }
            out += "\n\n"
            if names.isEmpty {
                out += "unresolved names: none\n"
                return out
            }
            out += "most frequent unresolved names (candidates for a lexicon file, see --lexicon):\n"
            out += Self.padLeft("count", 6) + "  " + Self.padLeft("articles", 8) + "  " + Self.pad("name", 32) + " example\n"
            for e in names {
                let example = e.example.count > 100 ? String(e.example.prefix(97)) + "..." : e.example
                out +=
                    Self.padLeft(String(e.count), 6) + "  " + Self.padLeft(String(e.articles), 8) + "  " + Self.pad(e.name, 32) + " "
                    + example.replacingOccurrences(of: "\n", with: " ") + "\n"
            }
            return out
        }
    }
}
