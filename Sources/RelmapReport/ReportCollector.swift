import RelmapCorpus
import RelmapExtraction
import RelmapGraph
import RelmapGraphBuilding

/// Gathers what a report shows as extraction hands on each article's relations, in corpus
/// order: the graph, each edge's evidence sentences (at most ``ReportOptions/evidencePerEdge``
/// an edge, the rest counted), relations per month and type, the coverage summary, and with a
/// diff the graphs of its two periods. Articles' texts are not kept, only the sentences embedded.
///
/// ```swift
/// var collector = ReportCollector(lexicon: extractor.lexicon.source, options: options)
/// try CorpusExtraction(extractor: extractor).run(corpus) { article, found in
///     collector.add(ReportArticle(article, relations: found, extractor: extractor), relations: found)
/// }
/// let html = try ReportPage(collector.report()).html()
/// ```
public struct ReportCollector: Sendable {
    /// An edge's evidence: the sentences kept, the mentions counted, its mentions by month.
    public struct EdgeEvidence: Sendable, Equatable {
        /// The sentences kept, in corpus order.
        public var items: [ReportEvidence] = []
        /// All mentions of the edge, kept or not.
        public var mentions = 0
        /// Mentions by month (`2024-03`); undated ones are not counted here.
        public var months: [String: Int] = [:]
    }

    /// The options.
    public let options: ReportOptions
    /// The lexicon (types, polarities, labels).
    public let lexicon: Lexicon
    /// The articles whose sentences are embedded, in order of first use.
    public private(set) var articles: [ReportArticle] = []
    /// The sentences embedded, each once however many edges it states.
    public private(set) var sentences: [String] = []
    /// Each edge's evidence, by key as the graph builder keys edges.
    public private(set) var evidence: [EdgeKey: EdgeEvidence] = [:]
    /// Relations per month and type (those the filter keeps).
    public private(set) var timeline = ReportTimeline()
    /// The coverage summary.
    public private(set) var coverage = ReportCoverage()

    private var graph: GraphBuilder.Accumulator
    private var before: GraphBuilder.Accumulator?
    private var after: GraphBuilder.Accumulator?
    private var articleIndex: [String: Int] = [:]
    private var sentenceIndex: [SentenceKey: Int] = [:]

    private struct SentenceKey: Hashable, Sendable {
        var article: Int
        var sentence: Int
    }

    /// A collector for a report with `options`, reading types and labels from `lexicon`.
    public init(lexicon: Lexicon, options: ReportOptions) {
        self.options = options
        self.lexicon = lexicon
        graph = GraphBuilder(lexicon: lexicon, weight: options.weight, filter: options.filter).accumulator()
        if let b = options.before, let a = options.after {
            func builder(_ p: Period) -> GraphBuilder.Accumulator {
                var f = options.filter
                f.since = p.start
                f.until = p.end
                return GraphBuilder(lexicon: lexicon, weight: options.weight, filter: f).accumulator()
            }
            before = builder(b)
            after = builder(a)
        }
    }

    /// Adds `article` and the relations found in it.
    public mutating func add(_ article: ReportArticle, relations: [RelationMention]) {
        coverage.add(article, relations: relations.count)
        for r in relations {
            graph.add(r)
            before?.add(r)
            after?.add(r)
            let type = lexicon.type(named: r.type)
            guard options.filter.accepts(type: r.type, polarity: type?.polarity, date: r.date) else { continue }
            timeline.count(type: r.type, date: r.date)
            // The edge's key as GraphBuilder makes it: a symmetric type's smaller id first.
            let directed = type?.directed ?? r.directed
            let (s, t) = !directed && r.target < r.source ? (r.target, r.source) : (r.source, r.target)
            let key = EdgeKey(source: s, target: t, type: r.type, directed: directed)
            var e = evidence[key] ?? EdgeEvidence()
            e.mentions += 1
            if let d = r.date { e.months[ReportTimeline.month(of: d), default: 0] += 1 }
            if options.evidencePerEdge == 0 || e.items.count < options.evidencePerEdge {
                let a = index(of: article)
                e.items.append(
                    ReportEvidence(
                        article: a, sentence: index(ofSentence: r.sentenceIndex, in: a, text: r.sentence),
                        trigger: ReportEvidence.triggerRange(of: r), confidence: r.confidence, hedged: r.hedged, negated: r.negated))
            }
            evidence[key] = e
        }
    }

    private mutating func index(of article: ReportArticle) -> Int {
        if let i = articleIndex[article.id] { return i }
        articleIndex[article.id] = articles.count
        articles.append(article)
        return articles.count - 1
    }

    private mutating func index(ofSentence number: Int, in article: Int, text: String) -> Int {
        let key = SentenceKey(article: article, sentence: number)
        if let i = sentenceIndex[key] { return i }
        sentenceIndex[key] = sentences.count
        sentences.append(text)
        return sentences.count - 1
    }

    /// The graph of the relations added so far, filtered as the options say.
    public func relationGraph() -> RelationGraph { graph.graph() }

    /// The graphs of the diff's two periods, when the options give both.
    public func periodGraphs() -> (before: RelationGraph, after: RelationGraph)? {
        guard let before, let after else { return nil }
        return (before.graph(), after.graph())
    }
}
