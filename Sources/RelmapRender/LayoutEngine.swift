/// A Graphviz layout engine, by the name Graphviz knows it by.
public enum LayoutEngine: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Layered drawing of directed graphs.
    case dot
    /// Spring model (stress majorisation): relmap's default.
    case neato
    /// Force-directed placement.
    case fdp
    /// Scalable force-directed placement, for large maps.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout.
    case twopi
    /// Nested boxes for clusters.
    case osage
    /// Squarified tree map of clusters.
    case patchwork

    /// The engine's name.
    public var description: String { rawValue }
}
