import Foundation
import RelmapExtraction
import RelmapGraph

/// Formats relation mentions as JSONL, CSV or an aligned table.
struct RelationWriter: Sendable {
    let format: ExtractCommand.Format

    static let csvColumns = ["article", "date", "source", "target", "type", "confidence", "trigger", "sentence_index", "sentence"]

    var header: String {
        switch format {
        case .jsonl: return ""
        case .csv: return Self.csvColumns.joined(separator: ",") + "\n"
        case .table: return "article                  date        source     type       target     conf  trigger\n"
        }
    }

    /// The lines of `relations`, as UTF-8 bytes.
    func bytes(_ relations: [RelationMention]) -> [UInt8] {
        var out: [UInt8] = []
        if format == .jsonl {
            RelationJSON.append(relations, to: &out)
        } else {
            for r in relations { out.append(contentsOf: line(r).utf8) }
        }
        return out
    }

    func line(_ r: RelationMention) -> String {
        switch format {
        case .jsonl:
            return RelationJSON.line(r)
        case .csv:
            let fields = [
                r.article, r.date?.description ?? "", r.source, r.target, r.type, String(r.confidence), r.trigger,
                String(r.sentenceIndex), r.sentence
            ]
            return CSVField.record(fields)
        case .table:
            func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
            return pad(r.article, 25) + pad(r.date?.description ?? "-", 12) + pad(r.source, 11) + pad(r.type, 11)
                + pad(r.target, 11) + pad(String(format: "%.2f", r.confidence), 6) + r.trigger + "\n"
        }
    }
}
