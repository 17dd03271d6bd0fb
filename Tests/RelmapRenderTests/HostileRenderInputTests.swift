import Foundation
import Testing
import RelmapGraph
@testable import RelmapRender

/// DOT files, weights and style files that used to crash or mislead: numbers checked, sums that
/// cannot trap, style values that cannot break out of the SVG.
@Suite(.serialized) struct HostileRenderInputTests {
    let renderer = MapRenderer(style: try! MapStyle.load())

    func dotError(_ text: String) -> GraphError? {
        do {
            let g = try DOTReader.decode(text, path: "in.dot")
            Issue.record("no error; read \(g.edges.map(\.weight))")
        } catch let e as GraphError {
            #expect(!e.description.contains("\n"), "one line: \(e)")
            return e
        } catch { Issue.record("not a GraphError: \(error)") }
        return nil
    }

    // MARK: DOT

    @Test(arguments: ["value=\"1e19\"", "value=\"1e300\"", "weight=nan", "weight=inf", "value=-2", "mentions=\"1e300\"", "articles=2.5", "confidence=3"])
    func dotNumbersAreChecked(_ attribute: String) throws {
        let e = try #require(dotError("digraph {\n A -> B [\(attribute)]\n}\n"))
        let field = attribute.hasPrefix("value") ? "weight" : String(attribute.split(separator: "=")[0])
        #expect(e.path == "in.dot" && e.reason.contains("A -> B") && e.reason.contains(field), "\(e)")
    }

    @Test func dotSyntaxErrorSaysWhereAndWhy() throws {
        let e = try #require(dotError("digraph {\n  A -> B\n  C -> ;\n}\n"))
        #expect(e.line == 3 && e.reason.hasPrefix("not valid DOT: ") && e.reason.count > "not valid DOT: ".count, "\(e)")
    }

    @Test func dotWithNULIsRefusedNotCut() throws {
        let e = try #require(dotError("digraph {\n A -> B\u{0} C -> D\n}\n"))
        #expect(e.line == 2 && e.reason.contains("NUL"))
    }

    @Test func dotKeepsNodesWithoutEdges() throws {
        let g = try DOTReader.decode("graph { A -- B; C }", path: "i.dot")
        #expect(Set(GraphFilter().apply(to: g).nodes.map(\.id)) == ["A", "B", "C"])
    }

    @Test func dotReaderSurvivesDamage() throws {
        var o = MapOptions()
        o.format = .dot
        let seed = String(decoding: try renderer.render(sampleGraph(), options: o), as: UTF8.self)
        var state: UInt64 = 0x5EED
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(n, 1)))
        }
        let specials = Array("{}[]\";=,-><\\\n#/*".utf8)
        for round in 0..<400 {
            var b = Array(seed.utf8)
            for _ in 0...next(3) where !b.isEmpty {
                let i = next(b.count)
                switch next(4) {
                case 0: b[i] = specials[next(specials.count)]
                case 1: b.insert(specials[next(specials.count)], at: i)
                case 2: b.removeSubrange(i...)
                default: b.remove(at: i)
                }
            }
            do {
                _ = try DOTReader.decode(String(decoding: b, as: UTF8.self), path: "f.dot")
            } catch let e as GraphError {
                #expect(!e.description.contains("\n"), "round \(round): \(e)")
            } catch {
                Issue.record("round \(round): not a GraphError: \(error)")
            }
        }
    }

    // MARK: Weights past Int.max and sums past any number

    func heavy(_ weights: [Double]) -> RelationGraph {
        var g = RelationGraph()
        let a = g.addNode(.init(id: "A")), b = g.addNode(.init(id: "B"))
        g.edges = weights.enumerated().map { i, w in .init(source: a, target: b, type: "t\(i)", directed: true, weight: w) }
        return g
    }

    @Test func weightsPastIntMaxRenderWithoutTrapping() throws {
        for format in [MapFormat.svg, .dot] {
            var o = MapOptions()
            o.format = format
            o.mergeTypes = true
            let out = String(decoding: try renderer.render(heavy([1e19, 5e18]), options: o), as: UTF8.self)
            #expect(out.contains("1.5e+19"), "\(format): the merged weight is written")
        }
    }

    @Test func weightsThatAddUpToInfinityAreAnError() throws {
        var o = MapOptions()
        o.mergeTypes = true
        #expect(throws: RenderError.self) { try renderer.render(heavy([1e308, 1e308]), options: o) }
        #expect(throws: RenderError.self) { try renderer.render(heavy([.infinity]), options: o) }
        #expect(throws: RenderError.self) { try renderer.render(heavy([.nan]), options: o) }
        o.format = .dot
        #expect(throws: RenderError.self) { try renderer.render(heavy([1e308, 1e308]), options: o) }
    }

    @Test func diffMapOfHugeWeightsDrawsWithoutTrapping() throws {
        let before = heavy([1e19]), after = heavy([9e18, 1e19])
        let diff = GraphDiff(before: before, after: after)
        let (g, o) = DiffMap.make(diff, before: before, after: after, options: MapOptions())
        let svg = try renderer.render(g, options: o)
        #expect(!svg.isEmpty)
    }

    // MARK: Style files

    func styleError(_ yaml: String) throws -> String? {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relmap-style-\(UUID().uuidString).yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try MapStyle.load(overrides: url.path)
            Issue.record("no error for \(yaml)")
            return nil
        } catch {
            let text = error.description
            #expect(text.hasPrefix(url.path) && !text.contains("\n"), "\(text)")
            return text
        }
    }

    @Test(arguments: [
        "max_edges: 1e300", "max_edges: nan", "max_edges: .inf", "max_edges: inf", "max_edges: -1", "max_edges: 2.5",
        "spline_limit: 1e19", "fontsize: .nan", "fontsize: 0"
    ])
    func styleNumbersAreChecked(_ line: String) throws {
        let e = try #require(try styleError("graph:\n  \(line)\n"))
        #expect(e.contains(String(line.split(separator: ":")[0])))
    }

    @Test func styleUnknownKeysAreErrorsListingTheKnown() throws {
        let e = try #require(try styleError("graph:\n  max_edge: 10\n"))
        #expect(e.contains("max_edge") && e.contains("max_edges"))
        #expect(try styleError("colours:\n  a: b\n")?.contains("types") == true)
    }

    @Test func styleFontNameCannotBreakOutOfTheSVG() throws {
        let e = try #require(try styleError("graph:\n  fontname: 'Arial\"/><script>alert(1)</script><text x=\"'\n"))
        #expect(e.contains("fontname"))
        #expect(try styleError("kinds:\n  state: {fill: '\"><script>'}\n")?.contains("fill") == true)
    }

    /// A range upside down (min above max) is an error, and a key given twice too, each one line.
    @Test func styleRangesAndDuplicateKeysAreChecked() throws {
        #expect(try styleError("nodes:\n  min_width: 5\n  max_width: 1\n")?.contains("min_width 5.0 is above max_width 1.0") == true)
        #expect(try styleError("edges:\n  min_width: 9\n")?.contains("edges: min_width") == true)
        #expect(try styleError("nodes:\n  max_fontsize: 5\n")?.contains("min_fontsize") == true)
        #expect(try styleError("graph:\n  fontsize: 3\n  fontsize: 4\n")?.contains("'fontsize' appears twice") == true)
    }

    @Test func styleYAMLErrorIsOneLine() throws {
        let e = try #require(try styleError("graph:\n  fontsize: [1,\n"))
        #expect(e.contains("not valid YAML"))
    }

    @Test func styleThatIsAFolderOrMissingSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: RenderError.style(path: folder, reason: "is a folder: give the style file (a .yaml) inside it")) {
            try MapStyle.load(overrides: folder)
        }
        #expect(throws: RenderError.style(path: "/nonexistent/style.yaml", reason: "no such file: check the --style path")) {
            try MapStyle.load(overrides: "/nonexistent/style.yaml")
        }
    }
}
