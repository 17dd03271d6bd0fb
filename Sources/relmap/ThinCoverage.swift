import Foundation

/// Counts, period by period, the articles and those in which no relation was found, as the
/// articles go by, and names on standard error the periods where that share is high: a change
/// there may come from what relmap could not read rather than from the news.
struct ThinCoverage {
    /// A period's counts.
    struct Period {
        var name: String
        var articles = 0
        var withoutRelation = 0
    }

    /// Periods in the order first counted.
    private(set) var periods: [Period] = []
    private var index: [String: Int] = [:]

    /// Counts one article of `period` with `relations` relations.
    mutating func count(_ period: String, relations: Int) {
        let i: Int
        if let known = index[period] {
            i = known
        } else {
            i = periods.count
            index[period] = i
            periods.append(Period(name: period))
        }
        periods[i].articles += 1
        if relations == 0 { periods[i].withoutRelation += 1 }
    }

    /// One line naming the periods (in `order`, else as counted) where the share of articles
    /// without a relation is above `threshold`, or nil when there is none.
    func warning(threshold: Double, order: [String]? = nil) -> String? {
        var list = periods.filter { $0.articles > 0 && Double($0.withoutRelation) / Double($0.articles) > threshold }
        if let order { list.sort { (order.firstIndex(of: $0.name) ?? .max) < (order.firstIndex(of: $1.name) ?? .max) } }
        guard !list.isEmpty else { return nil }
        let shown = list.prefix(5).map { p in
            let percent = Int((Double(p.withoutRelation) / Double(p.articles) * 100).rounded())
            return "\(p.name): \(p.withoutRelation) of \(p.articles) article\(p.articles == 1 ? "" : "s") (\(percent)%)"
        }
        let more = list.count > shown.count ? " and \(list.count - shown.count) more periods" : ""
        let verb = list.count == 1 && list[0].withoutRelation == 1 ? "has" : "have"
        return "warning: \(shown.joined(separator: ", "))\(more) \(verb) no relation; a change there may be thin coverage, "
            + "not a change in the news (see relmap coverage)"
    }

    /// Writes ``warning(threshold:order:)`` on standard error, if any.
    func warn(threshold: Double, order: [String]? = nil) {
        guard let line = warning(threshold: threshold, order: order) else { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
