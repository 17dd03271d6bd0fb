import RelmapCorpus

/// What a command read from a corpus, counted as the articles go by: articles, relations, the
/// dates they span and the articles without one, for captions and summaries.
struct CorpusTally {
    private(set) var articles = 0
    private(set) var relations = 0
    private(set) var first: Day?
    private(set) var last: Day?
    /// The ids of the articles without a date.
    private(set) var undated: [String] = []

    /// Counts one article and the relations read from it.
    mutating func count(id: String, date: Day?, relations found: Int) {
        articles += 1
        relations += found
        guard let d = date else { undated.append(id); return }
        if first.map({ d < $0 }) ?? true { first = d }
        if last.map({ d > $0 }) ?? true { last = d }
    }

    /// "N articles, FIRST to LAST": a map's caption, whose own count of relations is that of the
    /// relations it draws (after its filters), not of all those read.
    var articlesAndDates: String {
        var text = "\(articles) articles"
        if let first, let last { text += ", \(first) to \(last)" }
        return text
    }

    /// "N articles, M relations, FIRST to LAST".
    var summary: String {
        var text = "\(articles) articles, \(relations) relations"
        if let first, let last { text += ", \(first) to \(last)" }
        return text
    }
}
