import Foundation
import Testing
@testable import RelmapGraph

/// GraphML and GEXF carry each edge's evidence as a string attribute (yEd and Gephi show it):
/// the sentences the graph keeps, then a count of the mentions kept without one.
@Suite struct EvidenceTextTests {
    static func edgeWithEvidence() -> RelationGraph {
        var g = RelationGraph()
        g.addNode(.init(id: "JPN", label: "Japan"))
        g.addNode(.init(id: "PRK", label: "North Korea"))
        var e = RelationGraph.Edge(source: 0, target: 1, type: "protest", directed: true, weight: 2)
        e.evidence = [
            .init(article: "a1", sentence: 0, trigger: "mengecam", text: "Jepang mengecam Korea Utara & \"uji coba\" itu."),
            .init(article: "a2", sentence: 3, trigger: "protested", text: "Japan protested to North Korea."),
            .init(article: "a2", sentence: 5, trigger: "protested"),
            .init(article: "a3", sentence: 1, trigger: "condemned")
        ]
        g.edges.append(e)
        return g
    }

    @Test func theTextListsTheSentencesKeptAndCountsTheRest() throws {
        let text = try #require(EvidenceText.of(Self.edgeWithEvidence().edges[0]))
        #expect(
            text.split(separator: "\n").map(String.init) == [
                "a1 #0 \"mengecam\": Jepang mengecam Korea Utara & \"uji coba\" itu.",
                "a2 #3 \"protested\": Japan protested to North Korea.",
                "(2 more mentions without the sentence kept; the graph JSON lists each)"
            ])
        #expect(EvidenceText.of(RelationGraph.Edge(source: 0, target: 1, type: "protest", directed: true, weight: 1)) == nil)
    }

    @Test func graphMLAndGEXFCarryItEscaped() throws {
        let g = Self.edgeWithEvidence()
        let graphML = try GraphMLWriter.encode(g)
        #expect(graphML.contains("<key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>"))
        #expect(graphML.contains("Jepang mengecam Korea Utara &amp; &quot;uji coba&quot; itu.&#10;a2 #3"))
        let gexf = try GEXFWriter.encode(g)
        #expect(gexf.contains("<attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>"))
        #expect(gexf.contains("<attvalue for=\"evidence\" value=\"a1 #0 &quot;mengecam&quot;: Jepang"))
        // Both still read back into the same edge.
        let back = try GraphMLReader.decode(Data(graphML.utf8), path: "g.graphml")
        #expect(back.edges.count == 1 && back.edges[0].weight == 2)
        let backGEXF = try GEXFReader.decode(Data(gexf.utf8), path: "g.gexf")
        #expect(backGEXF.edges.count == 1 && backGEXF.edges[0].weight == 2)
    }
}
