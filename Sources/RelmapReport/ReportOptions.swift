import RelmapCorpus
import RelmapGraph
import RelmapRender

/// What a report shows and how.
public struct ReportOptions: Sendable {
    /// The page's title.
    public var title = "relmap report"
    /// Which relations go into the graph (types, polarity, period, minimum weight).
    public var filter = GraphFilter()
    /// What an edge's weight counts.
    public var weight = WeightMode.articles
    /// How the map is drawn (engine, size measure, cap on edges, clusters); its format is SVG.
    public var map = MapOptions()
    /// The map style.
    public var style: MapStyle
    /// The measures of the ranking table, in column order.
    public var measures: [Measure] = [.pagerank, .degree, .strength, .betweenness]
    /// Whether the ranking has a bloc column (Louvain).
    public var blocs = true
    /// Whether the map draws each bloc as a cluster (the ranking's blocs; needs ``blocs``).
    public var clusterBlocs = false
    /// Evidence sentences embedded per edge, the first ones in corpus order (0: all, the
    /// default); the page says how many more each edge has.
    public var evidencePerEdge = 0
    /// The two periods of the diff section, when both are given.
    public var before: Period?
    /// The second period of the diff section.
    public var after: Period?

    /// Default options, drawn in `style`.
    public init(style: MapStyle) {
        self.style = style
    }
}
