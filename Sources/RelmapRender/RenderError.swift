import RelmapCorpus
import RelmapGraph

/// What can go wrong drawing a map, in words a user can act on.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// This Graphviz has no plugin for the layout engine.
    case unknownEngine(LayoutEngine)
    /// Graphviz cannot write the format (its plugin is missing).
    case unsupportedFormat(String)
    /// Graphviz's plugins are not configured.
    case pluginsMissing
    /// Layout failed.
    case layout(String)
    /// Rendering failed.
    case render(String)
    /// A style file cannot be used.
    case style(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownEngine(let e):
            return "this Graphviz has no layout engine '\(e)' (use dot, neato, fdp, sfdp or circo)"
        case .unsupportedFormat(let f):
            return "Graphviz cannot write '\(f)' here: png and pdf come from its cairo plugin (install libgvc6 with its plugins: apt-get install libgraphviz-dev graphviz)"
        case .pluginsMissing:
            return "Graphviz's plugins are not configured (no config6a): reinstall libgvc6 (apt-get install --reinstall libgvc6)"
        case .layout(let m): return "Graphviz layout failed: \(m)"
        case .render(let m): return "Graphviz rendering failed: \(m)"
        case .style(let path, let reason): return "\(path): style: \(OneLine.escape(reason))"
        }
    }
}
