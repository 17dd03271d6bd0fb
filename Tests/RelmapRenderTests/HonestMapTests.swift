import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import RelmapCorpus
import Testing
import RelmapGraph
@testable import RelmapRender

/// Maps that never mislead (issue 16, point 3): arrows of merged types, captions of what is
/// drawn, a legend of every visual channel, diff labels apart, people beside their state.
@Suite(.serialized) struct HonestMapTests {
    let style = try! MapStyle.load()
    var renderer: MapRenderer { MapRenderer(style: style) }

    /// The SVG of `g` drawn with `options`.
    func svg(_ g: RelationGraph, _ options: MapOptions = MapOptions()) throws -> XMLDocument {
        try XMLDocument(data: try renderer.render(g, options: options))
    }

    /// The arrowheads (polygons) the SVG draws for the edge with id `id`.
    func arrowheads(_ doc: XMLDocument, edge id: String) throws -> Int {
        let groups = try doc.nodes(forXPath: "//*[local-name()='g'][@id='\(id)']")
        try #require(groups.count == 1, "edge \(id) drawn once")
        return try groups[0].nodes(forXPath: ".//*[local-name()='polygon']").count
    }

    /// The DOT value of attribute `name` of the edge with id `id` in DOT source `dot`.
    func dotAttribute(_ dot: String, edge id: String, _ name: String) throws -> String? {
        let marker = "id=\"\(id)\""
        let range = try #require(dot.range(of: marker))
        let open = try #require(dot[..<range.lowerBound].lastIndex(of: "["))
        let close = try #require(dot[range.upperBound...].firstIndex(of: "]"))
        let block = dot[dot.index(after: open)..<close]
        for part in block.split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == "\t" }) {
            let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if kv.count == 2, kv[0] == name { return kv[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return nil
    }

    func merged() -> MapOptions {
        var o = MapOptions()
        o.mergeTypes = true
        return o
    }

    // MARK: merged types

    /// Two actors `a` and `b` and relations between them: (type, from a to b, directed, weight).
    func pair(_ a: String, _ b: String, _ relations: [(String, Bool, Bool, Double)]) -> RelationGraph {
        var g = RelationGraph()
        let x = g.addNode(.init(id: a)), y = g.addNode(.init(id: b))
        g.edges = relations.map { t, forward, directed, w in
            .init(source: forward ? x : y, target: forward ? y : x, type: t, directed: directed, weight: w)
        }
        return g
    }

    /// The DOT source of `g` drawn with types merged.
    func mergedDOT(_ g: RelationGraph) throws -> String {
        var o = merged()
        o.format = .dot
        return String(decoding: try renderer.render(g, options: o), as: UTF8.self)
    }

    @Test func mergedRelationsRunningBothWaysDrawTwoArrowheads() throws {
        let g = pair("CHN", "PHL", [("threat", true, true, 2), ("protest", false, true, 3)])
        #expect(try arrowheads(try svg(g, merged()), edge: "edge-CHN-PHL-threat+protest") == 2)
    }

    @Test func aOneWaySupportMergedWithAnAllianceKeepsItsArrow() throws {
        // PRK-RUS: alliance (undirected) and support PRK -> RUS.
        let doc = try svg(sampleGraph(), merged())
        #expect(try arrowheads(doc, edge: "edge-PRK-RUS-alliance+support") == 1)
        #expect(try dotAttribute(try mergedDOT(sampleGraph()), edge: "edge-PRK-RUS-alliance+support", "dir") == "forward")
    }

    @Test func anArrowPointsTheWayTheMergedRelationsRun() throws {
        // Drawn from PRK (its first edge's source) to RUS, but the one directed relation runs RUS -> PRK.
        let g = pair("PRK", "RUS", [("alliance", true, false, 2), ("support", false, true, 1)])
        #expect(try dotAttribute(try mergedDOT(g), edge: "edge-PRK-RUS-alliance+support", "dir") == "back")
        // Undirected relations only: no arrowhead.
        let undirected = pair("PRK", "RUS", [("alliance", true, false, 2), ("meeting", false, false, 1)])
        #expect(try arrowheads(try svg(undirected, merged()), edge: "edge-PRK-RUS-alliance+meeting") == 0)
    }

    // MARK: captions

    @Test func theCaptionCountsWhatIsDrawnAfterTop() throws {
        var o = MapOptions()
        o.top = 2
        o.caption = "from a file"
        let plan = try MapPlan(sampleGraph(), options: o, style: style)
        let relations = plan.graph.edges.map(\.mentions).reduce(0, +)
        #expect(
            plan.caption
                == "from a file; drawn: \(plan.graph.nodes.count) actors, \(plan.edgeGroups.count) edge\(plan.edgeGroups.count == 1 ? "" : "s"), \(relations) relation\(relations == 1 ? "" : "s")"
        )
        #expect(plan.graph.nodes.count == 2)
    }

    @Test func theEdgeCapDropsActorsLeftWithoutAnEdge() throws {
        var o = MapOptions()
        o.maxEdges = 2
        let plan = try MapPlan(sampleGraph(), options: o, style: style)
        // The heaviest: PRK-RUS alliance (3) and KOR -> RUS protest (2); NATO is left alone.
        #expect(plan.graph.nodes.map(\.id).sorted() == ["KOR", "PRK", "RUS"])
        #expect(plan.sizes.count == 3)
        #expect(plan.tooltipMeasures.allSatisfy { $0.values.count == 3 })
        let ids = plan.graph.nodes.map(\.id)
        let full = try MapPlan(sampleGraph(), options: MapOptions(), style: style)
        for (i, id) in ids.enumerated() {
            // Each actor keeps the size measured on the whole graph.
            #expect(plan.sizes[i] == full.sizes[try #require(full.graph.nodeIndex(id))])
        }
        #expect(plan.caption?.contains("drawn: 3 actors, 2 edges, 2 relations") == true)
        let doc = try svg(sampleGraph(), o)
        #expect(try doc.nodes(forXPath: "//*[local-name()='g'][@id='node-NATO']").isEmpty)
    }

    // MARK: legend

    /// Every text of the SVG's header (the graph's label).
    func headerText(_ doc: XMLDocument) throws -> String {
        let texts = try doc.nodes(forXPath: "//*[local-name()='g'][@id='graph0']/*[local-name()='text']").compactMap(\.stringValue)
        return texts.joined(separator: " ")
    }

    @Test func theLegendExplainsDashesWidthsSizesAndShapes() throws {
        var o = MapOptions()
        o.title = "T"
        let text = try headerText(try svg(sampleGraph(), o))
        #expect(text.contains("uncertain"))
        #expect(text.contains("weight"))
        #expect(text.contains("pagerank"))
        #expect(text.contains("state") && text.contains("organisation"))
        // Kinds not on the map are not explained.
        #expect(!text.contains("agency"))
    }

    @Test func typesOfTheUsersOwnGetTheirOwnColourFromThePalette() throws {
        var g = sampleGraph()
        g.edges.append(.init(source: 0, target: 2, type: "zeal", directed: true, weight: 1))
        g.edges.append(.init(source: 1, target: 2, type: "accord", directed: false, weight: 1))
        let plan = try MapPlan(g, options: MapOptions(), style: style)
        let zeal = try #require(plan.legend.entries.first { $0.label == "zeal" }?.color)
        let accord = try #require(plan.legend.entries.first { $0.label == "accord" }?.color)
        #expect(zeal != accord)
        #expect(!style.types.values.map(\.color).contains(zeal))
        #expect(!style.types.values.map(\.color).contains(accord))
        #expect(style.palette.contains(zeal) && style.palette.contains(accord))
        // The edge is drawn in the colour its legend entry shows.
        let doc = try svg(g)
        let zealPaths = try doc.nodes(forXPath: "//*[local-name()='g'][@id='edge-PRK-KOR-zeal']//*[local-name()='path']")
        let strokes: [String] = zealPaths.flatMap { ($0 as? XMLElement)?.attributes ?? [] }.filter { $0.name == "stroke" }.compactMap(\.stringValue)
        #expect(strokes.contains(zeal), "\(strokes)")
    }

    @Test func aStyleFileSetsThePaletteAndABadOneIsAnErrorNamingIt() throws {
        let dir = NSTemporaryDirectory() + "relmap-palette-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let good = dir + "/good.yaml", bad = dir + "/bad.yaml"
        try "palette: [\"#112233\", teal]\n".write(toFile: good, atomically: true, encoding: .utf8)
        try "palette: \"#112233\"\n".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(try MapStyle.load(overrides: good).palette == ["#112233", "teal"])
        #expect(throws: RenderError.style(path: bad, reason: "palette must be a list of colours, such as [\"#999933\", \"#88ccee\"]")) {
            try MapStyle.load(overrides: bad)
        }
    }

    /// Hue in degrees and lightness (0...1) of `#rrggbb`.
    static func hueAndLightness(_ hex: String) throws -> (Double, Double) {
        let v = try #require(Int(hex.dropFirst(), radix: 16))
        let r = Double(v >> 16 & 0xFF) / 255, g = Double(v >> 8 & 0xFF) / 255, b = Double(v & 0xFF) / 255
        let mx = max(r, g, b), mn = min(r, g, b), d = mx - mn
        var h = 0.0
        if d > 0 {
            if mx == r { h = 60 * ((g - b) / d).truncatingRemainder(dividingBy: 6) } else if mx == g { h = 60 * ((b - r) / d + 2) } else { h = 60 * ((r - g) / d + 4) }
        }
        return ((h + 360).truncatingRemainder(dividingBy: 360), (mx + mn) / 2)
    }

    @Test func protestAndThreatAreClearlyApart() throws {
        let (hp, lp) = try Self.hueAndLightness(style.style(ofType: "protest").color)
        let (ht, lt) = try Self.hueAndLightness(style.style(ofType: "threat").color)
        let hueGap = min(abs(hp - ht), 360 - abs(hp - ht))
        // Another hue, and another lightness (what tells them apart without colour vision).
        #expect(hueGap >= 60, "hues \(hp) and \(ht)")
        #expect(abs(lp - lt) >= 0.15, "lightness \(lp) and \(lt)")
    }

    // MARK: diff labels

    /// Estimated boxes (x, y, width, height) of the edge label texts of an SVG.
    static func labelBoxes(_ doc: XMLDocument) throws -> [(String, CGRect)] {
        let texts = try doc.nodes(forXPath: "//*[local-name()='g'][contains(@class,'edge')]//*[local-name()='text']")
        return texts.compactMap { node -> (String, CGRect)? in
            // By name from the list: FoundationXML's attribute(forName:) misses them in the SVG namespace.
            let attributes = Dictionary(((node as? XMLElement)?.attributes ?? []).map { ($0.name ?? "", $0.stringValue ?? "") }) { a, _ in a }
            guard let x = Double(attributes["x"] ?? ""), let y = Double(attributes["y"] ?? ""), let size = Double(attributes["font-size"] ?? "") else {
                return nil
            }
            let text = node.stringValue ?? ""
            // Helvetica's mean advance is about 0.55 of the size; the box sits on the baseline.
            let w = Double(text.count) * size * 0.55
            let anchor = attributes["text-anchor"] ?? "start"
            let left = anchor == "middle" ? x - w / 2 : anchor == "end" ? x - w : x
            return (text, CGRect(x: left, y: y - size * 0.8, width: w, height: size))
        }
    }

    @Test func diffLabelsDoNotOverlap() throws {
        var before = RelationGraph(), after = RelationGraph()
        for g in [0, 1] {
            var x = RelationGraph()
            let a = x.addNode(.init(id: "CHN")), b = x.addNode(.init(id: "PHL")), c = x.addNode(.init(id: "USA")), d = x.addNode(.init(id: "VNM"))
            let w = Double(g + 1)
            for (t, directed) in [("protest", true), ("threat", true), ("meeting", false), ("attack", true)] {
                x.edges.append(.init(source: a, target: b, type: t, directed: directed, weight: w * (t == "meeting" ? 2 : 1)))
                x.edges.append(.init(source: b, target: c, type: t, directed: directed, weight: w + (t == "threat" ? 1 : 0)))
                x.edges.append(.init(source: a, target: d, type: t, directed: directed, weight: w * 3))
            }
            if g == 0 { before = x } else { after = x }
        }
        let diff = GraphDiff(before: before, after: after, measures: [.pagerank])
        let (g, options) = DiffMap.make(diff, before: before, after: after, options: MapOptions())
        let doc = try svg(g, options)
        let boxes = try Self.labelBoxes(doc)
        #expect(boxes.count >= 6)
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                #expect(!boxes[i].1.intersects(boxes[j].1), "labels '\(boxes[i].0)' and '\(boxes[j].0)' overlap")
            }
        }
    }

    // MARK: actor level

    @Test func peopleAreDrawnBesideTheirState() throws {
        // A chain A - C - D - B; the person P, of state A, deals only with B.
        var g = RelationGraph()
        let a = g.addNode(.init(id: "AAA")), b = g.addNode(.init(id: "BBB")), c = g.addNode(.init(id: "CCC")), d = g.addNode(.init(id: "DDD"))
        let p = g.addNode(.init(id: "AAA_PRES", label: "President of A", kind: .person, state: "AAA"))
        g.edges = [
            .init(source: a, target: c, type: "alliance", directed: false, weight: 3),
            .init(source: c, target: d, type: "alliance", directed: false, weight: 3),
            .init(source: d, target: b, type: "alliance", directed: false, weight: 3),
            .init(source: p, target: b, type: "meeting", directed: false, weight: 3)
        ]
        let pos = try renderer.positions(of: g, options: MapOptions())
        func distance(_ x: String, _ y: String) throws -> Double {
            let (p, q) = (try #require(pos[x]), try #require(pos[y]))
            return hypot(p.0 - q.0, p.1 - q.1)
        }
        #expect(try distance("AAA_PRES", "AAA") < distance("AAA_PRES", "BBB"))
        // The tether that holds them together is no relation: the DOT source reads back without it.
        var o = MapOptions()
        o.format = .dot
        let read = try DOTReader.decode(String(decoding: try renderer.render(g, options: o), as: UTF8.self), path: "t.dot")
        #expect(read.edges.count == 4)
    }
}
