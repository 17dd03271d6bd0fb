import Foundation
import RelmapCorpus
import Testing
@testable import RelmapGraph
@testable import RelmapRender

/// Every writer escapes every attribute, and every export reads back into the same graph, with
/// awkward strings in every field; what a format cannot hold (NUL in XML or DOT) is refused.
@Suite(.serialized) struct ExportRoundTripTests {
    /// Ids, labels, types, dates and polarities that break naive writers.
    static let awkward = [
        "say \"hi\"", "back\\slash", "ends\\", "\\\"both", "two\nlines", "cr\rlf", "tab\there", "<&>", "<script>x</script>",
        "'single'", "#hash", "a,b", "ünïcödé 中文 🙂", "\\n not a break", "\\N"
    ]

    /// What DOT (as Graphviz reads it back) holds: no odd run of backslashes before a quote or
    /// at the end.
    static let awkwardForDOT = awkward.filter { $0 != "ends\\" && $0 != "\\\"both" } + ["even\\\\", "\\\\\"even"]

    static func awkwardGraph(_ ids: [String] = awkward) -> RelationGraph {
        var g = RelationGraph()
        for (i, id) in ids.enumerated() {
            g.addNode(
                .init(
                    id: id, label: ids[(i + 1) % ids.count], kind: i % 2 == 0 ? .state : ActorKind(rawValue: ids[(i + 2) % ids.count]),
                    state: i % 3 == 0 ? ids[(i + 3) % ids.count] : nil))
        }
        for i in ids.indices {
            g.edges.append(
                .init(
                    source: i, target: (i + 1) % ids.count, type: ids[(i + 4) % ids.count], directed: i % 2 == 0,
                    weight: Double(i + 1), mentions: i + 1, articles: 1, first: Day(year: 2020, month: 1 + i % 12, day: 1 + i),
                    last: i % 3 == 0 ? nil : Day(year: 2024, month: 12, day: 31 - i), confidence: 0.5, polarity: Polarity(rawValue: ids[(i + 7) % ids.count])))
        }
        return g
    }

    /// Nodes (id, label, kind, state) and edges (every field but evidence) of `g`, by id.
    func same(_ a: RelationGraph, _ b: RelationGraph, format: String, kinds: Bool = true) {
        func nodes(_ g: RelationGraph) -> [String] {
            g.nodes.map { "\($0.id)|\($0.label)|" + (kinds ? "\($0.kind)|\($0.state ?? "-")" : "") }.sorted()
        }
        func edges(_ g: RelationGraph) -> [String] {
            g.edges.map { e in
                // A symmetric edge is the same either way round.
                let ends = [g.nodes[e.source].id, g.nodes[e.target].id]
                let (s, t) = e.directed ? (ends[0], ends[1]) : (ends.min() ?? "", ends.max() ?? "")
                return "\(s)|\(t)|\(e.type)|\(e.directed)|\(e.weight)|\(e.mentions)|\(e.articles)|"
                    + "\(e.first?.description ?? "-")|\(e.last?.description ?? "-")|\(e.confidence)|\(e.polarity?.rawValue ?? "-")"
            }.sorted()
        }
        #expect(nodes(a) == nodes(b), "\(format) nodes")
        #expect(edges(a) == edges(b), "\(format) edges")
    }

    @Test func jsonRoundTripsAwkwardStrings() throws {
        var g = Self.awkwardGraph()
        g.addNode(.init(id: "nul\u{0}inside"))
        same(g, try GraphJSON.decode(Data(GraphJSON.encode(g).utf8), path: "g.json"), format: "JSON")
    }

    @Test func graphMLRoundTripsAwkwardStrings() throws {
        let g = Self.awkwardGraph()
        same(g, try GraphMLReader.decode(Data(try GraphMLWriter.encode(g).utf8), path: "g.graphml"), format: "GraphML")
    }

    @Test func gexfRoundTripsAwkwardStringsAndEscapesEveryAttribute() throws {
        let g = Self.awkwardGraph()
        let text = try GEXFWriter.encode(g)
        #expect(!text.contains("<script>"), "an unescaped attribute")
        same(g, try GEXFReader.decode(Data(text.utf8), path: "g.gexf"), format: "GEXF")
    }

    @Test func csvRoundTripsAwkwardStrings() throws {
        var g = Self.awkwardGraph()
        g.addNode(.init(id: "nul\u{0}inside"))
        let edges = try EdgeListCSV.decode(CSVWriter.edges(g), path: "edges.csv")
        same(g, try EdgeListCSV.applyNodes(CSVWriter.nodes(g), to: edges, path: "nodes.csv"), format: "CSV")
    }

    @Test func dotRoundTripsAwkwardStrings() throws {
        let g = Self.awkwardGraph(Self.awkwardForDOT)
        var o = MapOptions()
        o.format = .dot
        let dot = String(decoding: try MapRenderer(style: try MapStyle.load()).render(g, options: o), as: UTF8.self)
        same(g, try DOTReader.decode(dot, path: "g.dot"), format: "DOT")
    }

    @Test func nulInIdsNeverMergesNodes() throws {
        var g = RelationGraph()
        let a = g.addNode(.init(id: "A\u{0}1")), b = g.addNode(.init(id: "A\u{0}2")), c = g.addNode(.init(id: "A"))
        g.edges = [
            .init(source: a, target: c, type: "protest", directed: true, weight: 1),
            .init(source: b, target: c, type: "protest", directed: true, weight: 1)
        ]
        #expect(throws: ExportError.self) { try GraphMLWriter.encode(g) }
        #expect(throws: ExportError.self) { try GEXFWriter.encode(g) }
        var o = MapOptions()
        o.format = .dot
        #expect(throws: ExportError.self) { try MapRenderer(style: try MapStyle.load()).render(g, options: o) }
        o.format = .svg
        #expect(throws: ExportError.self) { try MapRenderer(style: try MapStyle.load()).render(g, options: o) }
        do {
            _ = try GraphMLWriter.encode(g)
        } catch {
            #expect("\(error)".contains("U+0000") && !"\(error)".contains("\n"), "\(error)")
        }
    }

    @Test func dotRefusesBackslashesItCannotWriteInsteadOfWritingInvalidDOT() throws {
        var o = MapOptions()
        o.format = .dot
        let renderer = MapRenderer(style: try MapStyle.load())
        for id in ["ends\\", "\\\"both", "back\\\nslash"] {
            var g = RelationGraph()
            g.edges = [.init(source: g.addNode(.init(id: id)), target: g.addNode(.init(id: "B")), type: "protest", directed: true, weight: 1)]
            do {
                _ = try renderer.render(g, options: o)
                Issue.record("no error for \(id)")
            } catch let e as ExportError {
                #expect(e.description.contains("DOT cannot hold") && !e.description.contains("\n"), "\(e)")
            }
            // SVG takes them: only DOT text cannot.
            o.format = .svg
            _ = try renderer.render(g, options: o)
            o.format = .dot
        }
    }

    @Test func svgOfAwkwardNamesIsWellFormedAndHasNoInjectedElement() throws {
        var o = MapOptions()
        o.title = "<title> & \"quotes\""
        let svg = try MapRenderer(style: try MapStyle.load()).render(Self.awkwardGraph(), options: o)
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.contains("<script>"))
        // relmap's strict XML reader takes the SVG (Graphviz writes a DOCTYPE: cut it first).
        let body = text.range(of: "<svg").map { String(text[$0.lowerBound...]) } ?? text
        _ = try XMLTree.parse(Data(body.utf8), path: "map.svg")
    }
}
