import Foundation
import RelmapExtraction

/// One sentence that states an edge's relation, as a report embeds it: the sentence and its
/// article by index into the report's tables, where the trigger stands in it, and how sure the
/// reading is.
public struct ReportEvidence: Sendable, Equatable {
    /// Index of the article in ``ReportCollector/articles``.
    public var article: Int
    /// Index of the sentence's text in ``ReportCollector/sentences``.
    public var sentence: Int
    /// The trigger's place in the sentence, in UTF-16 code units (as a browser counts), when found.
    public var trigger: Range<Int>?
    /// The reading's confidence, 0 to 1.
    public var confidence: Double
    /// Whether the sentence hedges the relation (reportedly, may, plans to).
    public var hedged: Bool
    /// Whether the sentence negates it (kept only with `--keep-negated`).
    public var negated: Bool

    /// Creates a record.
    public init(article: Int, sentence: Int, trigger: Range<Int>?, confidence: Double, hedged: Bool, negated: Bool) {
        self.article = article
        self.sentence = sentence
        self.trigger = trigger
        self.confidence = confidence
        self.hedged = hedged
        self.negated = negated
    }

    /// Where the trigger of `r` stands in its sentence, in UTF-16 code units: from the offsets
    /// extraction gives, checked against the trigger's text, else the trigger's first occurrence
    /// (ignoring case); nil when the sentence does not hold it.
    public static func triggerRange(of r: RelationMention) -> Range<Int>? {
        let text = r.sentence
        let bytes = text.utf8
        let a = r.triggerSpan.start - r.sentenceSpan.start, b = r.triggerSpan.end - r.sentenceSpan.start
        if a >= 0, b > a, b <= bytes.count {
            let ia = bytes.index(bytes.startIndex, offsetBy: a), ib = bytes.index(bytes.startIndex, offsetBy: b)
            if let s = String(bytes[ia..<ib]), s.lowercased() == r.trigger.lowercased() {
                return utf16Range(text, ia..<ib)
            }
        }
        guard !r.trigger.isEmpty, let found = text.range(of: r.trigger, options: .caseInsensitive) else { return nil }
        return utf16Range(text, found)
    }

    private static func utf16Range(_ text: String, _ range: Range<String.Index>) -> Range<Int> {
        let u = text.utf16
        let lower = u.distance(from: u.startIndex, to: range.lowerBound)
        return lower..<(lower + u.distance(from: range.lowerBound, to: range.upperBound))
    }
}
