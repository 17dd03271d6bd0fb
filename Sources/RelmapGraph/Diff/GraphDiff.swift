/// What changed between two graphs of relations (two periods of a corpus, or two graph files):
/// actors that appeared and disappeared, edges added, removed, strengthened and weakened, rank
/// changes for each measure with Kendall's tau, and the shift in the mix of relation types.
public struct GraphDiff: Sendable {
    /// An edge's weight before and after (0 where absent).
    public struct EdgeChange: Sendable, Equatable {
        /// Source id.
        public var source: String
        /// Target id.
        public var target: String
        /// Relation type.
        public var type: String
        /// Whether the type is directed.
        public var directed: Bool
        /// Weight before.
        public var before: Double
        /// Weight after.
        public var after: Double
        /// after - before.
        public var change: Double { after - before }
    }

    /// An actor's rank and value for one measure, before and after (nil where absent).
    public struct RankChange: Sendable, Equatable {
        /// The actor's id.
        public var id: String
        /// The measure.
        public var measure: Measure
        /// 1-based rank before.
        public var rankBefore: Int?
        /// 1-based rank after.
        public var rankAfter: Int?
        /// Value before.
        public var valueBefore: Double?
        /// Value after.
        public var valueAfter: Double?
        /// Places gained (positive: moved up).
        public var moved: Int? { rankBefore.flatMap { b in rankAfter.map { b - $0 } } }
    }

    /// Actors only in the second graph.
    public let nodesAdded: [String]
    /// Actors only in the first graph.
    public let nodesRemoved: [String]
    /// Edges only in the second graph.
    public let edgesAdded: [EdgeChange]
    /// Edges only in the first graph.
    public let edgesRemoved: [EdgeChange]
    /// Edges in both whose weight changed by at least the minimum change.
    public let edgesChanged: [EdgeChange]
    /// Edges in both with (almost) the same weight.
    public let edgesUnchanged: [EdgeChange]
    /// Rank changes, per measure, largest moves first.
    public let rankChanges: [RankChange]
    /// Kendall's tau-b between the two rankings of the actors present in both, per measure.
    public let kendallTau: [Measure: Double]
    /// Share of weight per relation type, before and after.
    public let typeMix: [String: (before: Double, after: Double)]
    /// Share of cooperative weight, before and after (the rest is hostile).
    public let cooperativeShare: (before: Double?, after: Double?)

    /// Compares `before` with `after`.
    public init(before: RelationGraph, after: RelationGraph, measures: [Measure] = [.pagerank], minChange: Double = 0) {
        let idsBefore = Set(before.nodes.map(\.id)), idsAfter = Set(after.nodes.map(\.id))
        nodesAdded = after.nodes.map(\.id).filter { !idsBefore.contains($0) }
        nodesRemoved = before.nodes.map(\.id).filter { !idsAfter.contains($0) }
        func edges(_ g: RelationGraph) -> [EdgeKey: EdgeChange] {
            var out: [EdgeKey: EdgeChange] = [:]
            for e in g.edges {
                let key = EdgeKey(e, of: g)
                out[key, default: EdgeChange(source: key.source, target: key.target, type: e.type, directed: e.directed, before: 0, after: 0)].before += e.weight
            }
            return out
        }
        let eb = edges(before)
        var ea = edges(after)
        for k in ea.keys { ea[k]!.after = ea[k]!.before; ea[k]!.before = 0 }
        var added: [EdgeChange] = [], removed: [EdgeChange] = [], changed: [EdgeChange] = [], same: [EdgeChange] = []
        for (k, e) in eb {
            if var a = ea[k] {
                a.before = e.before
                if abs(a.change) > max(minChange, 1e-12) { changed.append(a) } else { same.append(a) }
            } else {
                removed.append(e)
            }
        }
        for (k, a) in ea where eb[k] == nil { added.append(a) }
        func order(_ x: EdgeChange, _ y: EdgeChange) -> Bool {
            (abs(x.change), y.source, y.target, y.type) > (abs(y.change), x.source, x.target, x.type)
        }
        edgesAdded = added.sorted(by: order)
        edgesRemoved = removed.sorted(by: order)
        edgesChanged = changed.sorted(by: order)
        edgesUnchanged = same.sorted(by: order)

        var ranks: [RankChange] = []
        var taus: [Measure: Double] = [:]
        for m in measures {
            let rb = Ranking(before, measures: [m]), ra = Ranking(after, measures: [m])
            let byB = Dictionary(uniqueKeysWithValues: rb.rows.map { ($0.id, $0) })
            let byA = Dictionary(uniqueKeysWithValues: ra.rows.map { ($0.id, $0) })
            for id in Set(byB.keys).union(byA.keys).sorted() {
                ranks.append(
                    RankChange(
                        id: id, measure: m, rankBefore: byB[id]?.rank, rankAfter: byA[id]?.rank,
                        valueBefore: byB[id]?.values[0], valueAfter: byA[id]?.values[0]))
            }
            let common = Set(byB.keys).intersection(byA.keys).sorted()
            if let t = KendallTau.tauB(common.map { byB[$0]!.values[0] }, common.map { byA[$0]!.values[0] }) { taus[m] = t }
        }
        rankChanges = ranks.sorted { a, b in
            if a.measure != b.measure { return measures.firstIndex(of: a.measure)! < measures.firstIndex(of: b.measure)! }
            let ma = a.moved.map(abs) ?? Int.max, mb = b.moved.map(abs) ?? Int.max
            return (ma, b.id) > (mb, a.id)
        }
        kendallTau = taus

        func mix(_ g: RelationGraph) -> ([String: Double], Double?) {
            var byType: [String: Double] = [:]
            var cooperative = 0.0, signed = 0.0
            for e in g.edges {
                byType[e.type, default: 0] += e.weight
                if let p = e.polarity { signed += e.weight; if p == .cooperative { cooperative += e.weight } }
            }
            let total = byType.values.reduce(0, +)
            return (total > 0 ? byType.mapValues { $0 / total } : [:], signed > 0 ? cooperative / signed : nil)
        }
        let (mb, cb) = mix(before), (ma, ca) = mix(after)
        var shift: [String: (before: Double, after: Double)] = [:]
        for t in Set(mb.keys).union(ma.keys) { shift[t] = (mb[t] ?? 0, ma[t] ?? 0) }
        typeMix = shift
        cooperativeShare = (cb, ca)
    }
}
