import RelmapCorpus
import RelmapExtraction
import RelmapGraph

/// Builds a ``RelationGraph`` from relation mentions: one edge per (source, target, type), its
/// weight in the chosen ``WeightMode``, its first and last dates, and references to its evidence.
public struct GraphBuilder: Sendable {
    /// The lexicon, for labels, kinds and the codebook.
    public let lexicon: Lexicon
    /// What a weight counts.
    public var weight: WeightMode
    /// Which relations to keep.
    public var filter: GraphFilter
    /// How many evidence sentences an edge keeps the text of.
    public var evidenceTexts = 3

    /// Creates a builder.
    public init(lexicon: Lexicon, weight: WeightMode = .articles, filter: GraphFilter = .init()) {
        self.lexicon = lexicon
        self.weight = weight
        self.filter = filter
    }

    /// The graph of `relations`.
    public func build(_ relations: [RelationMention]) -> RelationGraph {
        var accumulator = self.accumulator()
        for r in relations { accumulator.add(r) }
        return accumulator.graph()
    }

    /// A graph built one relation at a time, as relations come out of extraction, so that a
    /// corpus's relations need not all be held: ``Accumulator/graph()`` is what ``build(_:)`` gives.
    public func accumulator() -> Accumulator { Accumulator(builder: self) }

    /// The edges of a graph being built, a relation at a time.
    public struct Accumulator: Sendable {
        struct Acc: Sendable {
            var edge: RelationGraph.Edge
            var articles: Set<String>
            var intensity: Double
            var confidence: Double
        }
        let builder: GraphBuilder
        /// The nodes met so far, and the graph's attributes.
        private var nodes: RelationGraph
        private var accs: [EdgeKey: Int] = [:]
        private var list: [Acc] = []

        init(builder: GraphBuilder) {
            self.builder = builder
            nodes = RelationGraph()
            nodes.attributes["weight"] = builder.weight.rawValue
            if let s = builder.filter.since { nodes.attributes["since"] = s.description }
            if let u = builder.filter.until { nodes.attributes["until"] = u.description }
        }

        /// Counts `r` in its edge, when the filter takes it.
        public mutating func add(_ r: RelationMention) {
            let type = builder.lexicon.type(named: r.type)
            let polarity = type?.polarity
            guard builder.filter.accepts(type: r.type, polarity: polarity, date: r.date) else { return }
            let directed = type?.directed ?? r.directed
            var (s, t) = (r.source, r.target)
            var (sa, ta) = (r.sourceActor, r.targetActor)
            if !directed && t < s { swap(&s, &t); swap(&sa, &ta) }
            let si = nodes.addNode(builder.node(s, actor: sa))
            let ti = nodes.addNode(builder.node(t, actor: ta))
            let key = EdgeKey(source: s, target: t, type: r.type, directed: directed)
            // The first evidence sentences of an edge keep their text.
            var ev = RelationGraph.Evidence(article: r.article, sentence: r.sentenceIndex, trigger: r.trigger)
            if let i = accs[key] {
                // In place: a copy of the accumulator taken out and put back would copy its set of
                // articles and its evidence list on every mention (quadratic in an edge's mentions).
                list[i].edge.mentions += 1
                list[i].articles.insert(r.article)
                list[i].intensity += abs(type?.intensity ?? 0)
                list[i].confidence += r.confidence
                if let d = r.date {
                    if list[i].edge.first.map({ d < $0 }) ?? true { list[i].edge.first = d }
                    if list[i].edge.last.map({ d > $0 }) ?? true { list[i].edge.last = d }
                }
                if list[i].edge.evidence.count < builder.evidenceTexts { ev.text = r.sentence }
                list[i].edge.evidence.append(ev)
            } else {
                accs[key] = list.count
                if builder.evidenceTexts > 0 { ev.text = r.sentence }
                let edge = RelationGraph.Edge(
                    source: si, target: ti, type: r.type, directed: directed, weight: 0,
                    first: r.date, last: r.date, polarity: polarity, evidence: [ev])
                list.append(Acc(edge: edge, articles: [r.article], intensity: abs(type?.intensity ?? 0), confidence: r.confidence))
            }
        }

        /// The graph of the relations added so far.
        public func graph() -> RelationGraph {
            var graph = nodes
            let weight = builder.weight, filter = builder.filter
            for a in list {
                var e = a.edge
                e.articles = a.articles.count
                e.confidence = (a.confidence / Double(e.mentions) * 1000).rounded() / 1000
                switch weight {
                case .articles: e.weight = Double(e.articles)
                case .mentions: e.weight = Double(e.mentions)
                case .intensity: e.weight = a.intensity
                case .confidence: e.weight = (a.confidence * 1000).rounded() / 1000
                }
                guard e.weight >= filter.minWeight else { continue }
                graph.edges.append(e)
            }
            if filter.minWeight > 0 { graph = graph.filtered { _ in true } }
            return graph
        }
    }

    fileprivate func node(_ id: String, actor: String) -> RelationGraph.Node {
        if let a = lexicon.actor(id) {
            return .init(id: id, label: a.label, kind: a.kind)
        }
        // Actor level: a person or an agency of a state.
        let state = lexicon.actor(actor)
        let kind: ActorKind = id.contains(":") ? .agency : (id == actor ? (state?.kind ?? .state) : .person)
        var label = id
        if id.contains(":"), let s = state { label = "\(s.label) (\(id.split(separator: ":").last ?? ""))" }
        return .init(id: id, label: label, kind: kind, state: actor)
    }
}
