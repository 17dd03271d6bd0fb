/// The formats a map is written in.
public enum MapFormat: String, Sendable, CaseIterable {
    /// Scalable vector graphics, with tooltips.
    case svg
    /// A raster picture (cairo plugin).
    case png
    /// A document (cairo plugin).
    case pdf
    /// The styled DOT source.
    case dot
}
