import RelmapCorpus

/// The weighted relation graph: actors as nodes, and one edge per (source, target, type) that
/// aggregates every mention of that relation.
///
/// Symmetric types (alliance, meeting) are undirected: their edges keep the smaller id as source.
/// Node order is stable (first appearance, or file order), so rankings and outputs are reproducible.
public struct RelationGraph: Sendable, Equatable {
    /// An actor.
    public struct Node: Sendable, Equatable {
        /// The id: an ISO 3166-1 alpha-3 code, an organisation's code, or an actor-level id.
        public var id: String
        /// A readable name.
        public var label: String
        /// state, organisation, person or agency (or a kind a graph file names).
        public var kind: ActorKind
        /// The state an actor-level node belongs to.
        public var state: String?

        /// Creates a node.
        public init(id: String, label: String? = nil, kind: ActorKind = .state, state: String? = nil) {
            self.id = id
            self.label = label ?? id
            self.kind = kind
            self.state = state
        }
    }

    /// A reference to a sentence that states an edge's relation.
    public struct Evidence: Sendable, Equatable, Codable {
        /// The article's id.
        public var article: String
        /// The sentence's index in the article.
        public var sentence: Int
        /// The trigger as written.
        public var trigger: String
        /// The sentence's text (kept for the first few references of an edge).
        public var text: String?

        /// Creates a reference.
        public init(article: String, sentence: Int, trigger: String, text: String? = nil) {
            self.article = article
            self.sentence = sentence
            self.trigger = trigger
            self.text = text
        }
    }

    /// A relation between two actors, aggregated over mentions.
    public struct Edge: Sendable, Equatable {
        /// Index of the source node.
        public var source: Int
        /// Index of the target node.
        public var target: Int
        /// The relation type.
        public var type: String
        /// Whether the type is directed.
        public var directed: Bool
        /// The weight in the graph's ``WeightMode``.
        public var weight: Double
        /// How many sentences state the relation.
        public var mentions: Int
        /// How many distinct articles state it.
        public var articles: Int
        /// The earliest article date.
        public var first: Day?
        /// The latest article date.
        public var last: Day?
        /// Mean confidence of the mentions.
        public var confidence: Double
        /// cooperative or hostile, from the codebook (or a polarity a graph file names).
        public var polarity: Polarity?
        /// The sentences that state it.
        public var evidence: [Evidence]

        /// How many of its mentions have no sentence text in ``evidence`` (kept as a reference
        /// only, or not kept at all): the graph JSON writes it as `evidence_omitted`.
        public var evidenceOmitted: Int {
            max(0, mentions - evidence.reduce(0) { $0 + ($1.text == nil ? 0 : 1) })
        }

        /// Creates an edge.
        public init(
            source: Int, target: Int, type: String, directed: Bool, weight: Double, mentions: Int = 1,
            articles: Int = 1, first: Day? = nil, last: Day? = nil, confidence: Double = 1,
            polarity: Polarity? = nil, evidence: [Evidence] = []
        ) {
            self.source = source
            self.target = target
            self.type = type
            self.directed = directed
            self.weight = weight
            self.mentions = mentions
            self.articles = articles
            self.first = first
            self.last = last
            self.confidence = confidence
            self.polarity = polarity
            self.evidence = evidence
        }
    }

    /// The nodes, in stable order.
    public private(set) var nodes: [Node] = []
    /// The edges, in stable order.
    public var edges: [Edge] = []
    /// Graph-level attributes (how it was built: weight mode, level, period).
    public var attributes: [String: String] = [:]
    private var index: [String: Int] = [:]

    /// An empty graph.
    public init() {}

    /// The index of the node `id`, if present.
    public func nodeIndex(_ id: String) -> Int? { index[id] }

    /// Adds a node, or returns the index of the node with its id.
    @discardableResult
    public mutating func addNode(_ node: Node) -> Int {
        if let i = index[node.id] { return i }
        index[node.id] = nodes.count
        nodes.append(node)
        return nodes.count - 1
    }

    /// The graph with only the edges that `keep` accepts, and the nodes they touch.
    public func filtered(_ keep: (Edge) -> Bool) -> RelationGraph {
        var g = RelationGraph()
        g.attributes = attributes
        for e in edges where keep(e) {
            var copy = e
            copy.source = g.addNode(nodes[e.source])
            copy.target = g.addNode(nodes[e.target])
            g.edges.append(copy)
        }
        return g
    }

    /// Whether the nodes are numbered in the order the edges first name them (source before
    /// target), nodes without edges last: the order ``filtered(_:)`` gives.
    func nodesInEdgeOrder() -> Bool {
        var next = 0
        func meets(_ x: Int) -> Bool {
            guard x >= next else { return true }
            next += 1
            return x == next - 1
        }
        return edges.allSatisfy { meets($0.source) && meets($0.target) }
    }

    /// The graph restricted to `ids` (and the edges among them).
    public func induced(by ids: Set<String>) -> RelationGraph {
        filtered { ids.contains(nodes[$0.source].id) && ids.contains(nodes[$0.target].id) }
    }
}
