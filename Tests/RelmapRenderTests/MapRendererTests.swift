import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import RelmapCorpus
import Testing
import RelmapGraph
@testable import RelmapRender

func sampleGraph() -> RelationGraph {
    var g = RelationGraph()
    let prk = g.addNode(.init(id: "PRK", label: "North Korea"))
    let rus = g.addNode(.init(id: "RUS", label: "Russia"))
    let kor = g.addNode(.init(id: "KOR", label: "South Korea"))
    let nato = g.addNode(.init(id: "NATO", label: "NATO", kind: .organisation))
    g.edges = [
        .init(
            source: prk, target: rus, type: "alliance", directed: false, weight: 3, first: "2023-07-27", last: "2024-06-19",
            confidence: 0.8, evidence: [.init(article: "a1", sentence: 2, trigger: "perjanjian", text: "Putin & Kim <signed> a treaty.")]),
        .init(source: prk, target: rus, type: "support", directed: true, weight: 1, confidence: 0.5),
        .init(source: kor, target: rus, type: "protest", directed: true, weight: 2, confidence: 0.9),
        .init(source: kor, target: nato, type: "meeting", directed: false, weight: 1, confidence: 0.9)
    ]
    return g
}

@Suite(.serialized) struct MapRendererTests {
    let renderer = MapRenderer(style: try! MapStyle.load())

    func svgDocument(_ options: MapOptions = MapOptions()) throws -> XMLDocument {
        var o = options
        o.title = "Test map"
        o.caption = "2023 to 2024"
        let data = try renderer.render(sampleGraph(), options: o)
        return try XMLDocument(data: data)
    }

    func texts(_ doc: XMLDocument, _ xpath: String) throws -> [String] {
        try doc.nodes(forXPath: xpath).compactMap { $0.stringValue }
    }

    @Test func svgHasEveryNodeEdgeAndLegendEntry() throws {
        let doc = try svgDocument()
        let titles = try texts(doc, "//*[local-name()='g'][@class='node']/*[local-name()='title']")
        #expect(Set(titles) == ["PRK", "RUS", "KOR", "NATO"])
        let edges = try doc.nodes(forXPath: "//*[local-name()='g'][contains(concat(' ', @class, ' '), ' edge ')]")
        #expect(edges.count == 4)
        let ids = try doc.nodes(forXPath: "//*[local-name()='g'][contains(concat(' ', @class, ' '), ' edge ')]/@id").compactMap(\.stringValue)
        #expect(Set(ids) == ["edge-PRK-RUS-alliance", "edge-PRK-RUS-support", "edge-KOR-RUS-protest", "edge-KOR-NATO-meeting"])
        let allText = try texts(doc, "//*[local-name()='text']").joined(separator: " ")
        for entry in ["alliance", "support", "protest", "meeting", "Test map", "2023 to 2024"] {
            #expect(allText.contains(entry), "legend or caption lacks \(entry)")
        }
        #expect(!allText.contains("attack"), "the legend lists only the types drawn")
    }

    @Test func tooltipsCarryEvidenceAndMeasures() throws {
        let doc = try svgDocument()
        let tips = try doc.nodes(forXPath: "//*[local-name()='a']/@*[local-name()='title']").compactMap(\.stringValue)
        #expect(tips.contains { $0.contains("alliance, weight 3") && $0.contains("2023-07-27 to 2024-06-19") && $0.contains("Putin & Kim <signed> a treaty.") })
        #expect(tips.contains { $0.contains("North Korea (PRK)") && $0.contains("pagerank") && $0.contains("degree: 0.3333") && $0.contains("strength: 4") })
    }

    @Test func directedTypesOnlyHaveArrows() throws {
        var o = MapOptions()
        o.format = .dot
        let dot = String(decoding: try renderer.render(sampleGraph(), options: o), as: UTF8.self)
        let lines = dot.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("PRK -> RUS") && $0.contains("alliance") } || dot.contains("alliance"))
        let allianceBlock = dot.components(separatedBy: "PRK -> RUS").dropFirst().first { $0.contains("alliance") } ?? ""
        #expect(allianceBlock.contains("dir=none"))
        #expect(dot.contains("style=dashed"), "low confidence edges are dashed")
    }

    @Test func mergedTypesDrawOneEdgePerPair() throws {
        var o = MapOptions()
        o.mergeTypes = true
        let data = try renderer.render(sampleGraph(), options: o)
        let doc = try XMLDocument(data: data)
        #expect(try doc.nodes(forXPath: "//*[local-name()='g'][contains(concat(' ', @class, ' '), ' edge ')]").count == 3)
    }

    @Test func pngAndPdfHaveTheirSignatures() throws {
        var o = MapOptions()
        o.format = .png
        let png = try renderer.render(sampleGraph(), options: o)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        o.format = .pdf
        let pdf = try renderer.render(sampleGraph(), options: o)
        #expect(String(decoding: pdf.prefix(4), as: UTF8.self) == "%PDF")
    }

    @Test func aMissingEnginePluginIsAClearError() {
        #expect(LayoutEngine(rawValue: "nonesuch") == nil)
        #expect(RenderError.unknownEngine(.osage).description.contains("'osage'"))
    }

    @Test func everyEngineLaysOut() throws {
        for engine in [LayoutEngine.dot, .neato, .fdp, .sfdp, .circo] {
            var o = MapOptions()
            o.engine = engine
            let data = try renderer.render(sampleGraph(), options: o)
            #expect(String(decoding: data.prefix(200), as: UTF8.self).contains("<svg") || String(decoding: data, as: UTF8.self).contains("<svg"))
        }
    }

    @Test func pastTheCapOnlyTheHeaviestEdgesAreDrawnAndTheCaptionSaysSo() throws {
        var o = MapOptions()
        o.maxEdges = 2
        o.caption = "2023 to 2024"
        let doc = try XMLDocument(data: try renderer.render(sampleGraph(), options: o))
        let ids = try doc.nodes(forXPath: "//*[local-name()='g'][contains(concat(' ', @class, ' '), ' edge ')]/@id").compactMap(\.stringValue)
        // Weights 3 (alliance), 2 (protest), then 1 and 1: the two heaviest stay.
        #expect(Set(ids) == ["edge-PRK-RUS-alliance", "edge-KOR-RUS-protest"])
        let allText = try texts(doc, "//*[local-name()='text']").joined(separator: " ")
        #expect(allText.contains("2023 to 2024; drawn: 3 actors, 2 edges, 2 relations; the 2 heaviest of 4 edges (--max-edges)"))
        // Actors with an edge left stay, with the measures of the whole graph; NATO, left alone, goes.
        #expect(Set(try texts(doc, "//*[local-name()='g'][@class='node']/*[local-name()='title']")) == ["PRK", "RUS", "KOR"])
        o.maxEdges = 0
        let all = try XMLDocument(data: try renderer.render(sampleGraph(), options: o))
        #expect(try all.nodes(forXPath: "//*[local-name()='g'][contains(concat(' ', @class, ' '), ' edge ')]").count == 4)
    }

    @Test func manyEdgesAreDrawnStraight() throws {
        var style = renderer.style
        style.splineEdgeLimit = 3
        var o = MapOptions()
        o.format = .dot
        let straight = String(decoding: try MapRenderer(style: style).render(sampleGraph(), options: o), as: UTF8.self)
        #expect(straight.contains("splines=false"))
        let curved = String(decoding: try renderer.render(sampleGraph(), options: o), as: UTF8.self)
        #expect(curved.contains("splines=true"))
    }

    @Test func topKeepsTheMostCentralActors() throws {
        var o = MapOptions()
        o.top = 2
        let doc = try XMLDocument(data: try renderer.render(sampleGraph(), options: o))
        let titles = try texts(doc, "//*[local-name()='g'][@class='node']/*[local-name()='title']")
        #expect(Set(titles) == ["RUS", "KOR"] || Set(titles) == ["RUS", "PRK"])
    }
}
