import Foundation
import RelmapCorpus
import RelmapExtraction
import RelmapGraph
import RelmapRender
import RelmapReport

/// Relations and articles made by hand for the report's tests, with text that HTML and a
/// `<script>` element must not take as markup.
enum ReportFixture {
    /// Text no page may take as markup: the end of a script element, a comment, an element,
    /// character references, quotes, and a line separator.
    static let hostile = "</script><script>alert(1)</script><!-- & \"quoted\" 'single' <b>bold</b> &amp; \u{2028}"

    /// A mention of `type` from `source` to `target` in `article`, its sentence `sentence` with
    /// `trigger` in it (spans in UTF-8 bytes, as extraction gives them).
    static func mention(
        _ article: String, _ date: String?, _ source: String, _ target: String, _ type: String, sentence: String, trigger: String,
        index: Int = 0, confidence: Double = 0.9, hedged: Bool = false, negated: Bool = false, directed: Bool = false
    ) -> RelationMention {
        let offset = 100
        let start = sentence.range(of: trigger).map { sentence.utf8.distance(from: sentence.startIndex, to: $0.lowerBound) } ?? 0
        return RelationMention(
            article: article, date: date.flatMap { Day($0) }, source: source, target: target, type: type, confidence: confidence,
            sentence: sentence, sentenceIndex: index, trigger: trigger, sourceText: source, targetText: target,
            sourceActor: source, targetActor: target,
            sentenceSpan: TextSpan(start: offset, end: offset + sentence.utf8.count),
            triggerSpan: TextSpan(start: offset + start, end: offset + start + trigger.utf8.count),
            sourceSpan: TextSpan(start: offset, end: offset), targetSpan: TextSpan(start: offset, end: offset),
            negated: negated, hedged: hedged, directed: directed, lang: "en")
    }

    /// A collector fed with four articles: a1 (2024-01, with hostile title, URL and sentence) and
    /// a2 (2024-03) state CHN-PHL protest and meeting; a3 is undated with a meeting; a4 has none.
    static func collector(_ configure: (inout ReportOptions) -> Void = { _ in }) throws -> ReportCollector {
        var options = ReportOptions(style: try MapStyle.load())
        options.title = "Report " + hostile
        configure(&options)
        var c = ReportCollector(lexicon: try Lexicon.bundled(), options: options)
        let s1 = "China protested 🇵🇭 ships near the reef " + hostile
        c.add(
            ReportArticle(id: "a1", title: "Title " + hostile, date: Day("2024-01-05"), source: "Wire", url: "https://example.org/a?x=1&y=\"2\"", language: "en"),
            relations: [
                mention("a1", "2024-01-05", "CHN", "PHL", "protest", sentence: s1, trigger: "protested", directed: true),
                mention("a1", "2024-01-05", "PHL", "CHN", "meeting", sentence: "The Philippines met China.", trigger: "met", index: 1, hedged: true)
            ])
        c.add(
            ReportArticle(id: "a2", title: nil, date: Day("2024-03-02"), url: "javascript:alert(1)", language: "id", languageDetected: true),
            relations: [
                mention("a2", "2024-03-02", "CHN", "PHL", "protest", sentence: "China again protested.", trigger: "protested", confidence: 0.5, negated: true, directed: true)
            ])
        c.add(
            ReportArticle(id: "a3", date: nil, language: "en"),
            relations: [mention("a3", nil, "CHN", "PHL", "meeting", sentence: "China met the Philippines.", trigger: "met")])
        c.add(ReportArticle(id: "a4", date: Day("2024-02-01"), language: "en"), relations: [])
        return c
    }

    /// The page of `collector`.
    static func page(_ collector: ReportCollector) throws -> String {
        try ReportPage(try Report(collector)).html()
    }

    /// The JSON data embedded in `html`, parsed.
    static func data(_ html: String) throws -> [String: Any] {
        let open = "<script type=\"application/json\" id=\"relmap-data\">"
        guard let start = html.range(of: open), let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex) else {
            throw FixtureError.noData
        }
        let json = Data(html[start.upperBound..<end.lowerBound].utf8)
        guard let object = try JSONSerialization.jsonObject(with: json) as? [String: Any] else { throw FixtureError.noData }
        return object
    }

    enum FixtureError: Error { case noData }
}
