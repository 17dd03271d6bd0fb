import RelmapCorpus

/// Relations per month and type, for a report's timeline chart (the page adds months up into
/// quarters and years).
public struct ReportTimeline: Sendable, Equatable {
    /// Relations by month (`2024-03`) and type.
    public private(set) var counts: [String: [String: Int]] = [:]
    /// Relations of undated articles, by type.
    public private(set) var undated: [String: Int] = [:]

    /// An empty timeline.
    public init() {}

    /// The month `date` falls in, as `2024-03`.
    public static func month(of date: Day) -> String { String(date.description.prefix(7)) }

    /// Counts one relation of `type` dated `date`.
    public mutating func count(type: String, date: Day?) {
        if let date {
            counts[Self.month(of: date), default: [:]][type, default: 0] += 1
        } else {
            undated[type, default: 0] += 1
        }
    }

    /// Every month from the first counted to the last, none skipped.
    public var months: [String] {
        let keys = counts.keys.sorted()
        guard let first = keys.first, let last = keys.last,
            let y0 = Int(first.prefix(4)), let m0 = Int(first.suffix(2)), let y1 = Int(last.prefix(4)), let m1 = Int(last.suffix(2))
        else { return keys }
        var out: [String] = []
        var (y, m) = (y0, m0)
        while (y, m) <= (y1, m1) {
            out.append((y < 1000 ? String(repeating: "0", count: 4 - String(y).count) : "") + "\(y)-" + (m < 10 ? "0\(m)" : "\(m)"))
            m += 1
            if m > 12 { (y, m) = (y + 1, 1) }
        }
        return out
    }
}
