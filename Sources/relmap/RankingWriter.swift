import Foundation
import RelmapGraph

/// Formats a ranking.
enum RankingWriter {
    /// `r` as JSON, CSV or an aligned table whose columns are as wide as their longest cell, so that
    /// no label is cut.
    static func render(_ r: Ranking, format: RankCommand.Format) -> String {
        switch format {
        case .json:
            let rows: [JSONText.Value] = r.rows.map { row in
                var f: [(String, JSONText.Value)] = [("rank", .int(row.rank)), ("id", .string(row.id)), ("label", .string(row.label))]
                for (m, v) in zip(r.measures, row.values) { f.append((m.rawValue, .number(v))) }
                if let bloc = r.blocs?[row.id] { f.append(("bloc", .int(bloc))) }
                return .object(f)
            }
            return JSONText.render(.array(rows), indent: 1) + "\n"
        case .csv:
            var out = (["rank", "id", "label"] + r.measures.map(\.rawValue) + (r.blocs == nil ? [] : ["bloc"])).joined(separator: ",") + "\n"
            for row in r.rows {
                out +=
                    ([String(row.rank), CSVField.escape(row.id), CSVField.escape(row.label)] + row.values.map { JSONText.number($0) }
                    + (r.blocs.map { [String($0[row.id] ?? 0)] } ?? [])).joined(separator: ",") + "\n"
            }
            return out
        case .table:
            let header = ["rank", "actor", "label"] + r.measures.map(\.rawValue) + (r.blocs == nil ? [] : ["bloc"])
            var cells = [header]
            for row in r.rows {
                // The whole label, on one line: the column is as wide as the longest.
                let label = row.label.split(whereSeparator: \.isNewline).joined(separator: " ")
                cells.append(
                    [String(row.rank), row.id, label]
                        + row.values.map { v in
                            v == v.rounded() && abs(v) < 1e9 ? String(Int(v)) : fixed4(v)
                        } + (r.blocs.map { [String($0[row.id] ?? 0)] } ?? []))
            }
            let widths = (0..<header.count).map { c in cells.map { $0[c].count }.max() ?? 0 }
            return cells.map { row in
                row.enumerated().map { c, cell in
                    let pad = String(repeating: " ", count: widths[c] - cell.count)
                    return c >= 3 || c == 0 ? pad + cell : cell + pad
                }.joined(separator: "  ")
            }.joined(separator: "\n") + "\n"
        }
    }

    /// `v` with four decimals, as `String(format: "%.4f", v)` writes it, by the C library's
    /// formatter straight into a buffer (Foundation's formatting costs a tenth of a second on a
    /// table of 100,000 rows).
    static func fixed4(_ v: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buf in
            guard let base = buf.baseAddress else { return String(format: "%.4f", v) }
            let n = withVaList([v]) { vsnprintf(base, 64, "%.4f", $0) }
            guard n > 0, n < 64 else { return String(format: "%.4f", v) }
            return String(decoding: UnsafeRawBufferPointer(start: base, count: Int(n)).bindMemory(to: UInt8.self), as: UTF8.self)
        }
    }
}
