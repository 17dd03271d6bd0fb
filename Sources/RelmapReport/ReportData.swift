import RelmapCorpus
import RelmapExtraction
import RelmapGraph
import RelmapRender

/// The JSON a report's page reads (in a `<script type="application/json">` element): compact,
/// with evidence as arrays and articles and sentences in tables they index, so that a corpus of
/// thousands of articles stays a page a browser opens.
///
/// - `types`: `[{name, label, color, polarity, directed}]`, the types met, in the style's order;
/// - `nodes`: `[{id, label, kind, state}]`;
/// - `edges`: one array an edge, `[s, t, type, directed, weight, mentions, articles, first, last,
///   confidence, months, ev, more]`: `s`, `t` index `nodes`, `type` indexes `types`, `directed` is
///   0 or 1; `months` is `[month, n, month, n, ...]` with `month` an index into `timeline.months`;
///   `ev` is `[[article, sentence, triggerStart, triggerEnd, confidence, flags]]` (trigger offsets
///   in UTF-16 units, `flags` 1 hedged + 2 negated); `more` counts the mentions whose sentence is
///   not embedded (``ReportOptions/evidencePerEdge``);
/// - `articles`: `[[id, date, title, url, source]]`; `sentences`: `[text]`;
/// - `ranking`: `{measures, rows: [[id, value..., bloc]]}`;
/// - `timeline`: `{months, types, counts: [[n per type] per month], undated: {type: n}}`;
/// - `coverage`: the ``ReportCoverage`` figures; `diff`: `relmap diff --format json`'s object, or null.
public enum ReportData {
    /// The page's data for `graph` and what `collector` gathered.
    public static func value(
        _ collector: ReportCollector, graph g: RelationGraph, ranking: Ranking, diff: (GraphDiff, String, String)?, style: MapStyle
    ) -> JSONText.Value {
        let order = typeOrder(collector, graph: g, style: style)
        let typeIndex = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let months = collector.timeline.months
        let monthIndex = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
        return .object([
            ("types", types(collector, graph: g, style: style)),
            ("nodes", .array(g.nodes.map(node))),
            (
                "edges",
                .array(
                    g.edges.map {
                        edge($0, of: g, evidence: collector.evidence, typeIndex: typeIndex, monthIndex: monthIndex)
                    })
            ),
            ("articles", .array(collector.articles.map(article))),
            ("sentences", .array(collector.sentences.map { .string($0) })),
            ("ranking", rankingValue(ranking)),
            ("timeline", timeline(collector.timeline, types: typeOrder(collector, graph: g, style: style))),
            ("coverage", coverage(collector.coverage)),
            ("diff", diff.map { $0.0.jsonValue(before: $0.1, after: $0.2) } ?? .null)
        ])
    }

    /// The types met in the graph or the timeline: the style's order first, then by name.
    static func typeOrder(_ collector: ReportCollector, graph g: RelationGraph, style: MapStyle) -> [String] {
        var met = Set(g.edges.map(\.type))
        for counts in collector.timeline.counts.values { met.formUnion(counts.keys) }
        met.formUnion(collector.timeline.undated.keys)
        return style.typeOrder.filter { met.contains($0) } + met.subtracting(style.typeOrder).sorted()
    }

    static func types(_ collector: ReportCollector, graph g: RelationGraph, style: MapStyle) -> JSONText.Value {
        .array(
            typeOrder(collector, graph: g, style: style).map { name in
                let t = collector.lexicon.type(named: name)
                let polarity = t?.polarity ?? g.edges.first { $0.type == name }?.polarity
                let look = style.style(ofType: name)
                return .object([
                    ("name", .string(name)), ("label", .string(look.label)), ("color", .string(look.color)),
                    ("polarity", polarity.map { .string($0.rawValue) } ?? .null),
                    ("directed", .bool(t?.directed ?? g.edges.contains { $0.type == name && $0.directed }))
                ])
            })
    }

    static func node(_ n: RelationGraph.Node) -> JSONText.Value {
        .object([
            ("id", .string(n.id)), ("label", .string(n.label)), ("kind", .string(n.kind.rawValue)),
            ("state", n.state.map { .string($0) } ?? .null)
        ])
    }

    static func edge(
        _ e: RelationGraph.Edge, of g: RelationGraph, evidence: [EdgeKey: ReportCollector.EdgeEvidence],
        typeIndex: [String: Int], monthIndex: [String: Int]
    ) -> JSONText.Value {
        let found = evidence[EdgeKey(e, of: g)] ?? ReportCollector.EdgeEvidence()
        let items: [JSONText.Value] = found.items.map { x in
            .array([
                .int(x.article), .int(x.sentence), x.trigger.map { .int($0.lowerBound) } ?? .null,
                x.trigger.map { .int($0.upperBound) } ?? .null, .number((x.confidence * 100).rounded() / 100),
                .int((x.hedged ? 1 : 0) + (x.negated ? 2 : 0))
            ])
        }
        func day(_ d: Day?) -> JSONText.Value { d.map { .string($0.description) } ?? .null }
        let months = found.months.compactMap { m, n in monthIndex[m].map { ($0, n) } }.sorted { $0.0 < $1.0 }
        return .array([
            .int(e.source), .int(e.target), .int(typeIndex[e.type] ?? -1), .int(e.directed ? 1 : 0), .number(e.weight),
            .int(e.mentions), .int(e.articles), day(e.first), day(e.last), .number(e.confidence),
            .array(months.flatMap { [JSONText.Value.int($0.0), .int($0.1)] }), .array(items),
            .int(max(0, e.mentions - found.items.count))
        ])
    }

    static func article(_ a: ReportArticle) -> JSONText.Value {
        func text(_ s: String?) -> JSONText.Value { s.map { .string($0) } ?? .null }
        return .array([.string(a.id), text(a.date?.description), text(a.title), text(a.url), text(a.source)])
    }

    static func rankingValue(_ r: Ranking) -> JSONText.Value {
        .object([
            ("measures", .array(r.measures.map { .string($0.rawValue) })),
            ("blocs", .bool(r.blocs != nil)),
            (
                "rows",
                .array(
                    r.rows.map { row in
                        .array([.string(row.id)] + row.values.map { .number($0) } + (r.blocs.map { [.int($0[row.id] ?? 0)] } ?? []))
                    })
            )
        ])
    }

    static func timeline(_ t: ReportTimeline, types: [String]) -> JSONText.Value {
        let months = t.months
        return .object([
            ("months", .array(months.map { .string($0) })),
            ("types", .array(types.map { .string($0) })),
            ("counts", .array(months.map { m in .array(types.map { .int(t.counts[m]?[$0] ?? 0) }) })),
            ("undated", .object(t.undated.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) }))
        ])
    }

    static func coverage(_ c: ReportCoverage) -> JSONText.Value {
        .object([
            ("articles", .int(c.articles)), ("relations", .int(c.relations)),
            ("languages", .object(c.languages.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
            ("detected", .int(c.detected)), ("undated", .int(c.undated)), ("undated_ids", .array(c.undatedIDs.map { .string($0) })),
            ("without_relation", .int(c.withoutRelation)), ("without_relation_ids", .array(c.withoutRelationIDs.map { .string($0) })),
            ("first", c.first.map { .string($0.description) } ?? .null), ("last", c.last.map { .string($0.description) } ?? .null)
        ])
    }
}
