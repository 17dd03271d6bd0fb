import Foundation
import RelmapCorpus
import Testing
@testable import RelmapGraph

@Suite struct BlocsAndBalanceTests {
    /// Two tight triangles joined by one weak tie.
    func twoClusters() -> RelationGraph {
        var g = RelationGraph()
        for (s, t, w) in [("A", "B", 5.0), ("B", "C", 5.0), ("A", "C", 5.0), ("D", "E", 5.0), ("E", "F", 5.0), ("D", "F", 5.0), ("C", "D", 1.0)] {
            g.edges.append(.init(source: g.addNode(.init(id: s)), target: g.addNode(.init(id: t)), type: "alliance", directed: false, weight: w))
        }
        return g
    }

    @Test func louvainFindsTheTwoClustersDeterministically() {
        let g = twoClusters()
        let blocs = Louvain.blocs(g, seed: 3)
        #expect(blocs == Louvain.blocs(g, seed: 3))
        #expect(Set(blocs[0...2]).count == 1 && Set(blocs[3...5]).count == 1 && blocs[0] != blocs[3])
        // Blocs are numbered by size, ties by their first id: A's bloc is 1.
        #expect(blocs[0] == 1 && blocs[3] == 2)
        // networkx: community.modularity(G, [{A,B,C},{D,E,F}]) = 0.467741935483871 for these weights.
        let q = Louvain.modularity(g, blocs: blocs)
        #expect(abs(q - 0.467741935483871) < 1e-12, "\(q)")
        // A high resolution splits into smaller blocs.
        #expect(Set(Louvain.blocs(g, resolution: 10, seed: 3)).count > 2)
    }

    @Test func balanceCountsTriadsFriendsAndFoes() {
        var g = RelationGraph()
        func add(_ s: String, _ t: String, _ type: String, _ p: String, _ w: Double = 1) {
            g.edges.append(
                .init(
                    source: g.addNode(.init(id: s)), target: g.addNode(.init(id: t)), type: type, directed: type != "alliance",
                    weight: w, polarity: Polarity(rawValue: p)))
        }
        add("A", "B", "alliance", "cooperative")  // + friends
        add("A", "C", "protest", "hostile")  // - common foe
        add("B", "C", "attack", "hostile")  // -   => (+)(-)(-) balanced
        add("C", "D", "alliance", "cooperative")
        add("B", "D", "alliance", "cooperative")  // B-C(-) C-D(+) B-D(+) => unbalanced
        add("A", "D", "protest", "hostile", 1)
        add("A", "D", "support", "cooperative", 3)  // sums to +2: friends
        let b = Balance(g)
        #expect(b.triads == 4)
        #expect(b.balanced == 2)
        #expect(b.balancedShare == 0.5)
        let a = b.stances.first { $0.id == "A" }
        #expect(a?.friends == ["B", "D"] && a?.foes == ["C"])
    }

    @Test func graphMLFromNetworkx() throws {
        let xml = """
            <?xml version='1.0' encoding='utf-8'?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <key id="d1" for="edge" attr.name="type" attr.type="string"/>
              <key id="d0" for="edge" attr.name="weight" attr.type="double"/>
              <key id="d2" for="node" attr.name="label" attr.type="string"/>
              <graph edgedefault="directed">
                <node id="KOR"><data key="d2">South Korea</data></node>
                <node id="RUS"/>
                <edge source="KOR" target="RUS"><data key="d0">2.5</data><data key="d1">protest</data></edge>
              </graph>
            </graphml>
            """
        let g = try GraphMLReader.decode(Data(xml.utf8), path: "g.graphml")
        #expect(g.nodes.map(\.id) == ["KOR", "RUS"] && g.nodes[0].label == "South Korea")
        #expect(g.edges.count == 1 && g.edges[0].weight == 2.5 && g.edges[0].type == "protest" && g.edges[0].directed)
        #expect(throws: GraphError.self) { try GraphMLReader.decode(Data("<html/>".utf8), path: "x.graphml") }
    }
}
