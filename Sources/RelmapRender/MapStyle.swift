import Foundation
import RelmapCorpus
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
    /// The relation types in the order the style files list them (the bundled one first, then
    /// those an override adds), `default` left out: the order of a map's legend.
    public var typeOrder: [String] = []
    /// Colours, in order, of the relation types the style files do not list (a user lexicon's or
    /// codebook's own types): colour-blind safe, and apart from the listed types' colours.
    public var palette: [String] = []
    /// Styles by actor kind.
    public var kinds: [ActorKind: KindStyle] = [:]
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

    /// The engine for a map of `nodes` actors when none is chosen: neato, sfdp past ``sfdpThreshold``;
    /// fdp when the map draws clusters (`clustered`), since neato and sfdp ignore them (their boxes
    /// overlap and nodes cover their labels) while fdp keeps each in a box of its own.
    public func defaultEngine(nodes: Int, clustered: Bool = false) -> LayoutEngine {
        nodes > sfdpThreshold ? .sfdp : clustered ? .fdp : .neato
    }

    /// The style of actor kind `kind`.
    public func style(ofKind kind: ActorKind) -> KindStyle {
        kinds[kind] ?? kinds[.state] ?? KindStyle(shape: "ellipse", fill: "#ffffff", border: "#000000")
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
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw RenderError.style(path: path, reason: "no such file: check the --style path")
        }
        guard !isFolder.boolValue else { throw RenderError.style(path: path, reason: "is a folder: give the style file (a .yaml) inside it") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RenderError.style(path: path, reason: "cannot be read: check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RenderError.style(path: path, reason: "not UTF-8 text: save it as UTF-8")
        }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            let problem = YAMLProblem(error)
            throw RenderError.style(path: path, reason: "\(problem.line.map { "line \($0): " } ?? "")not valid YAML: \(problem.reason)")
        }
        guard let root else { return }
        let file = StyleFile(path: path)
        let map = try file.mapping(root, "the file", known: ["graph", "types", "palette", "kinds", "edges", "nodes"])
        if let colors = try file.colorList(map, "palette") { palette = colors }
        if let g = try file.section(
            map, "graph",
            known: [
                "fontname", "fontsize", "title_fontsize", "background", "text_color", "sfdp_threshold",
                "spline_limit", "spline_edge_limit", "max_edges"
            ])
        {
            fontname = try file.fontName(g, "fontname") ?? fontname
            fontsize = try file.number(g, "fontsize", 1...500) ?? fontsize
            titleFontsize = try file.number(g, "title_fontsize", 1...500) ?? titleFontsize
            background = try file.color(g, "background") ?? background
            textColor = try file.color(g, "text_color") ?? textColor
            sfdpThreshold = try file.count(g, "sfdp_threshold") ?? sfdpThreshold
            splineLimit = try file.count(g, "spline_limit") ?? splineLimit
            splineEdgeLimit = try file.count(g, "spline_edge_limit") ?? splineEdgeLimit
            maxEdges = try file.count(g, "max_edges") ?? maxEdges
        }
        for (k, v) in try file.section(map, "types", known: nil) ?? [:] {
            guard let name = k.string else { continue }
            let t = try file.mapping(v, "types: \(name)", known: ["color", "label"])
            let old = types[name]
            if old == nil, name != "default" { typeOrder.append(name) }
            types[name] = TypeStyle(color: try file.color(t, "color") ?? old?.color ?? "#868e96", label: try file.string(t, "label") ?? old?.label ?? name)
        }
        for (k, v) in try file.section(map, "kinds", known: nil) ?? [:] {
            guard let name = k.string else { continue }
            let m = try file.mapping(v, "kinds: \(name)", known: ["shape", "fill", "border"])
            let old = kinds[ActorKind(rawValue: name)]
            kinds[ActorKind(rawValue: name)] = KindStyle(
                shape: try file.shape(m, "shape") ?? old?.shape ?? "ellipse", fill: try file.color(m, "fill") ?? old?.fill ?? "#ffffff",
                border: try file.color(m, "border") ?? old?.border ?? "#000000")
        }
        if let e = try file.section(map, "edges", known: ["min_width", "max_width", "dashed_below_confidence"]) {
            minEdgeWidth = try file.number(e, "min_width", 0...100) ?? minEdgeWidth
            maxEdgeWidth = try file.number(e, "max_width", 0...100) ?? maxEdgeWidth
            dashedBelow = try file.number(e, "dashed_below_confidence", 0...1) ?? dashedBelow
        }
        if let n = try file.section(map, "nodes", known: ["min_width", "max_width", "min_fontsize", "max_fontsize"]) {
            minNodeWidth = try file.number(n, "min_width", 0...100) ?? minNodeWidth
            maxNodeWidth = try file.number(n, "max_width", 0...100) ?? maxNodeWidth
            minNodeFont = try file.number(n, "min_fontsize", 1...500) ?? minNodeFont
            maxNodeFont = try file.number(n, "max_fontsize", 1...500) ?? maxNodeFont
        }
        // A range upside down would draw the lightest edge widest and the least central actor largest.
        for (section, key, low, high) in [
            ("edges", "width", minEdgeWidth, maxEdgeWidth), ("nodes", "width", minNodeWidth, maxNodeWidth),
            ("nodes", "fontsize", minNodeFont, maxNodeFont)
        ] where low > high {
            throw RenderError.style(path: path, reason: "\(section): min_\(key) \(low) is above max_\(key) \(high): swap them")
        }
    }
}
