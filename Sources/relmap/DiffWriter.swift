import Foundation
import RelmapGraph

/// Formats a diff.
enum DiffWriter {
    static func json(_ d: GraphDiff, before: String, after: String) -> String {
        JSONText.render(d.jsonValue(before: before, after: after), indent: 1) + "\n"
    }

    static func table(_ d: GraphDiff, before: String, after: String, measures: [Measure], top: Int) -> String {
        func w(_ x: Double) -> String { JSONText.number(x) }
        var out = "before: \(before)    after: \(after)\n\n"
        out += "actors added:   \(d.nodesAdded.isEmpty ? "-" : d.nodesAdded.joined(separator: " "))\n"
        out += "actors removed: \(d.nodesRemoved.isEmpty ? "-" : d.nodesRemoved.joined(separator: " "))\n\n"
        func section(_ title: String, _ list: [GraphDiff.EdgeChange]) {
            out += "\(title) (\(list.count))\n"
            for e in list {
                let arrow = e.directed ? "->" : "--"
                // Padded, never cut: a long id widens its own line.
                out += CoverageWriter.pad("  \(e.source) \(arrow) \(e.target)  \(e.type)", 36) + "  \(w(e.before)) -> \(w(e.after))\n"
            }
            out += "\n"
        }
        section("edges added", d.edgesAdded)
        section("edges removed", d.edgesRemoved)
        section("edges strengthened", d.edgesChanged.filter { $0.change > 0 })
        section("edges weakened", d.edgesChanged.filter { $0.change < 0 })
        for m in measures {
            let tau = d.kendallTau[m].map { String(format: "%.3f", $0) } ?? "-"
            out += "rank changes by \(m.rawValue) (Kendall's tau \(tau))\n"
            for r in d.rankChanges.filter({ $0.measure == m }).prefix(top) {
                let b = r.rankBefore.map(String.init) ?? "-", a = r.rankAfter.map(String.init) ?? "-"
                let moved = r.moved.map { $0 > 0 ? "+\($0)" : String($0) } ?? (r.rankBefore == nil ? "new" : "gone")
                out += CoverageWriter.pad("  \(r.id)", 10) + "\(b) -> \(a)  (\(moved))\n"
            }
            out += "\n"
        }
        let cb = d.cooperativeShare.before.map { String(format: "%.0f%%", $0 * 100) } ?? "-"
        let ca = d.cooperativeShare.after.map { String(format: "%.0f%%", $0 * 100) } ?? "-"
        out += "cooperative share of weight: \(cb) -> \(ca)\n"
        for (t, v) in d.typeMix.sorted(by: { $0.key < $1.key }) {
            out += CoverageWriter.pad("  \(t)", 12) + String(format: "%5.1f%% -> %5.1f%%\n", v.before * 100, v.after * 100)
        }
        return out
    }
}
