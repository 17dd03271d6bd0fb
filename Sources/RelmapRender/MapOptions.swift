import RelmapGraph

/// What a map shows and how.
public struct MapOptions: Sendable {
    /// The layout engine; nil picks by size (``MapStyle/defaultEngine(nodes:)``).
    public var engine: LayoutEngine?
    /// Output format: svg, png, pdf or dot.
    public var format: MapFormat = .svg
    /// The measure that sizes and shades nodes.
    public var sizeBy: Measure = .pagerank
    /// One edge per pair, its types merged, instead of one per type.
    public var mergeTypes = false
    /// Keep only the top N actors by ``sizeBy``.
    public var top: Int?
    /// Drop edges lighter than this.
    public var minWeight: Double = 0
    /// Draw at most this many edges, the heaviest (0: all); nil takes the style's `max_edges`.
    public var maxEdges: Int?
    /// The title at the top.
    public var title: String?
    /// The caption under the title (the period, the weight mode).
    public var caption: String?
    /// Bloc of each node id, to draw clusters (from community detection).
    public var blocs: [String: Int] = [:]
    /// Fixed node positions in points (from ``MapRenderer/positions(of:options:)``): the map is
    /// drawn with these positions pinned, so maps of several periods can be compared side by side.
    public var positions: [String: (Double, Double)] = [:]
    /// Per-edge looks that replace the type's (diff maps), keyed by the edge's ids, type and direction.
    public var edgeLooks: [EdgeKey: EdgeLook] = [:]
    /// Whether the caption counts the relations drawn (the mentions of the edges drawn); diff
    /// maps, whose edges are changes, count only actors and edges.
    public var countsRelations = true
    /// Legend entries that replace the relation types' (diff maps): label and colour.
    public var legend: [(String, String)]? = nil

    /// Default options.
    public init() {}
}
