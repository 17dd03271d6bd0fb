import RelmapCorpus

/// The coverage summary of a report: the articles read, their languages, the undated ones and
/// those in which no relation was found (as `relmap coverage` counts them).
public struct ReportCoverage: Sendable, Equatable {
    /// Ids listed at most, per list (undated, without a relation); the counts are complete.
    public static let listed = 200

    /// Articles read.
    public private(set) var articles = 0
    /// Relations found (before the report's filter).
    public private(set) var relations = 0
    /// Articles by language read in.
    public private(set) var languages: [String: Int] = [:]
    /// Articles whose language was detected, not given.
    public private(set) var detected = 0
    /// Articles without a date.
    public private(set) var undated = 0
    /// The first ``listed`` undated articles' ids, in corpus order.
    public private(set) var undatedIDs: [String] = []
    /// Articles in which no relation was found.
    public private(set) var withoutRelation = 0
    /// The first ``listed`` of them, in corpus order.
    public private(set) var withoutRelationIDs: [String] = []
    /// The earliest and latest article dates.
    public private(set) var first: Day?, last: Day?

    /// An empty summary.
    public init() {}

    /// Counts `article`, in which `relations` relations were found.
    public mutating func add(_ article: ReportArticle, relations found: Int) {
        articles += 1
        relations += found
        languages[article.language, default: 0] += 1
        if article.languageDetected { detected += 1 }
        if let d = article.date {
            if first.map({ d < $0 }) ?? true { first = d }
            if last.map({ d > $0 }) ?? true { last = d }
        } else {
            undated += 1
            if undatedIDs.count < Self.listed { undatedIDs.append(article.id) }
        }
        if found == 0 {
            withoutRelation += 1
            if withoutRelationIDs.count < Self.listed { withoutRelationIDs.append(article.id) }
        }
    }
}
