/// How one edge is drawn, replacing its type's colour.
public struct EdgeLook: Sendable {
    /// Graphviz colour.
    public var color: String
    /// solid, dashed or dotted.
    public var style: String
    /// A label drawn on the edge ("+2").
    public var label: String?

    /// Creates a look.
    public init(color: String, style: String = "solid", label: String? = nil) {
        self.color = color
        self.style = style
        self.label = label
    }
}
