import Foundation
import Yams

/// How a map looks: colours by relation type, shapes by actor kind, fonts and sizes. Read from
/// the bundled `style.yaml`, overridden key by key by a user's file.
public struct MapStyle: Sendable {
    /// A relation type's look.
    public struct TypeStyle: Sendable { public var color: String; public var label: String }
    /// An actor kind's look.
    public struct KindStyle: Sendable { public var shape: String; public var fill: String; public var border: String }

    /// Font names, in Graphviz's fallback form.
    public var fontname = "Helvetica,Arial,sans-serif"
    /// Base font size.
    public var fontsize = 12.0
    /// Title font size.
    public var titleFontsize = 18.0
    /// Background colour.
    public var background = "#ffffff"
    /// Text colour.
    public var textColor = "#212529"
    /// Node count past which sfdp replaces neato.
    public var sfdpThreshold = 300
    /// Node count past which edges are straight lines rather than routed curves.
    public var splineLimit = 150
    /// Edge count past which edges are straight lines: routing thousands of curves takes minutes,
    /// and Graphviz's router can crash on them.
    public var splineEdgeLimit = 600
    /// Edges drawn at most, the heaviest (0: all): a map of thousands of edges is unreadable, and
    /// slow to lay out. `MapOptions.maxEdges` overrides it.
    public var maxEdges = 400
    /// Styles by relation type (`default` for types not listed).
    public var types: [String: TypeStyle] = [:]
    /// Styles by actor kind.
    public var kinds: [String: KindStyle] = [:]
    /// Edge widths.
    public var minEdgeWidth = 1.0, maxEdgeWidth = 6.0
    /// Confidence below which an edge is dashed.
    public var dashedBelow = 0.7
    /// Node widths and font sizes.
    public var minNodeWidth = 0.7, maxNodeWidth = 1.8, minNodeFont = 11.0, maxNodeFont = 20.0

    /// The style of relation type `type`.
    public func style(ofType type: String) -> TypeStyle {
        types[type] ?? types["default"] ?? TypeStyle(color: "#868e96", label: type)
    }

    /// The style of actor kind `kind`.
    public func style(ofKind kind: String) -> KindStyle {
        kinds[kind] ?? kinds["state"] ?? KindStyle(shape: "ellipse", fill: "#ffffff", border: "#000000")
    }

    /// The bundled style, with `path`'s keys on top.
    public static func load(overrides path: String? = nil) throws(RenderError) -> MapStyle {
        var style = MapStyle()
        guard let url = Bundle.module.url(forResource: "style", withExtension: "yaml") else {
            throw RenderError.style(path: "style.yaml", reason: "bundled file missing from the build; rebuild relmap")
        }
        try style.merge(url.path)
        if let path { try style.merge(path) }
        return style
    }

    private mutating func merge(_ path: String) throws(RenderError) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw RenderError.style(path: path, reason: "cannot be read as UTF-8 text")
        }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw RenderError.style(path: path, reason: "not valid YAML: \(error)")
        }
        guard let map = root?.mapping else { return }
        func num(_ n: Node?, _ key: String) -> Double? { n?.mapping?[key]?.scalar.flatMap { Double($0.string) } }
        func str(_ n: Node?, _ key: String) -> String? { n?.mapping?[key]?.scalar?.string }
        let g = map["graph"]
        fontname = str(g, "fontname") ?? fontname
        fontsize = num(g, "fontsize") ?? fontsize
        titleFontsize = num(g, "title_fontsize") ?? titleFontsize
        background = str(g, "background") ?? background
        textColor = str(g, "text_color") ?? textColor
        sfdpThreshold = num(g, "sfdp_threshold").map { Int($0) } ?? sfdpThreshold
        splineLimit = num(g, "spline_limit").map { Int($0) } ?? splineLimit
        splineEdgeLimit = num(g, "spline_edge_limit").map { Int($0) } ?? splineEdgeLimit
        maxEdges = num(g, "max_edges").map { Int($0) } ?? maxEdges
        for (k, v) in map["types"]?.mapping ?? [:] {
            guard let name = k.string else { continue }
            let old = types[name]
            types[name] = TypeStyle(color: str(v, "color") ?? old?.color ?? "#868e96", label: str(v, "label") ?? old?.label ?? name)
        }
        for (k, v) in map["kinds"]?.mapping ?? [:] {
            guard let name = k.string else { continue }
            let old = kinds[name]
            kinds[name] = KindStyle(shape: str(v, "shape") ?? old?.shape ?? "ellipse", fill: str(v, "fill") ?? old?.fill ?? "#ffffff",
                                    border: str(v, "border") ?? old?.border ?? "#000000")
        }
        let e = map["edges"]
        minEdgeWidth = num(e, "min_width") ?? minEdgeWidth
        maxEdgeWidth = num(e, "max_width") ?? maxEdgeWidth
        dashedBelow = num(e, "dashed_below_confidence") ?? dashedBelow
        let n = map["nodes"]
        minNodeWidth = num(n, "min_width") ?? minNodeWidth
        maxNodeWidth = num(n, "max_width") ?? maxNodeWidth
        minNodeFont = num(n, "min_fontsize") ?? minNodeFont
        maxNodeFont = num(n, "max_fontsize") ?? maxNodeFont
    }
}
