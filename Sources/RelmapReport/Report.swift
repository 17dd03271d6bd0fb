import Foundation
import RelmapExtraction
import RelmapGraph
import RelmapRender

/// A report made: the data the page embeds, and its maps as SVG markup, ready for ``ReportPage``.
public struct Report: Sendable {
    /// The page's title.
    public var title: String
    /// One line under the title: what was read and how edges are weighted.
    public var subtitle: String
    /// The graph drawn and tabulated.
    public var graph: RelationGraph
    /// Everything the page's script reads: actors, edges with their evidence, ranking, timeline,
    /// coverage and diff (``ReportData``).
    public var data: JSONText.Value
    /// The map, an `<svg>` element (no XML prolog).
    public var map: String
    /// The diff's map, when the report has a diff.
    public var diffMap: String?

    /// The report of what `collector` gathered: the graph is ranked (with blocs unless the
    /// options say not), drawn by Graphviz, and with two periods diffed and drawn again.
    public init(_ collector: ReportCollector) throws(ReportError) {
        let options = collector.options
        let g = collector.relationGraph()
        graph = g
        title = options.title
        subtitle = "\(collector.coverage.articles) articles, \(collector.coverage.relations) relations; edge weight: \(options.weight.rawValue)"
        let measureOptions = MeasureOptions()
        let columns = options.measures.map { $0.compute(g, options: measureOptions) }
        let blocs = options.blocs ? Louvain.blocs(g) : nil
        let ranking = Ranking(g, measures: options.measures, columns: columns, blocs: blocs)
        let renderer = MapRenderer(style: options.style)
        var mapOptions = options.map
        mapOptions.format = .svg
        // The page's heading carries the title; the map keeps its caption (with the note of the
        // edges left out) and its legend.
        mapOptions.title = nil
        mapOptions.caption = mapOptions.caption ?? subtitle
        if options.clusterBlocs, let b = ranking.blocs { mapOptions.blocs = b }
        map = try Self.svg(renderer, g, mapOptions)
        var diff: (GraphDiff, String, String)?
        diffMap = nil
        if let (before, after) = collector.periodGraphs(), let b = options.before, let a = options.after {
            let d = GraphDiff(before: before, after: after, measures: [.pagerank])
            var o = MapOptions()
            o.title = "What changed: \(b.text) → \(a.text)"
            o.caption = "\(d.edgesAdded.count) added, \(d.edgesRemoved.count) removed, \(d.edgesChanged.count) changed; edge weight: \(options.weight.rawValue)"
            let (union, drawn) = DiffMap.make(d, before: before, after: after, options: o)
            diffMap = try Self.svg(renderer, union, drawn)
            diff = (d, b.text, a.text)
        }
        data = ReportData.value(collector, graph: g, ranking: ranking, diff: diff, style: options.style)
    }

    /// The `<svg>` element of the map of `g`, without the XML prolog and doctype.
    static func svg(_ renderer: MapRenderer, _ g: RelationGraph, _ options: MapOptions) throws(ReportError) -> String {
        let data: Data
        do { data = try renderer.render(g, options: options) } catch { throw .map("\(error)") }
        let text = String(decoding: data, as: UTF8.self)
        guard let start = text.range(of: "<svg") else { throw .map("Graphviz wrote no <svg> element") }
        return String(text[start.lowerBound...])
    }
}
