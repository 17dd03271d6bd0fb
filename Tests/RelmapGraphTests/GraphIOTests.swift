import Foundation
import Testing
@testable import RelmapGraph

@Suite struct GraphIOTests {
    @Test func edgeListCSV() throws {
        let g = try EdgeListCSV.decode(
            "source,target,type,weight\nA,B,protest,2\nA,B,protest,3\nB,A,alliance,1\n\"C, Inc\",A,alliance,4\n",
            path: "e.csv", directedTypes: ["protest"])
        #expect(g.nodes.map(\.id) == ["A", "B", "C, Inc"])
        #expect(g.edges.count == 3)
        #expect(g.edges[0].weight == 5 && g.edges[0].directed)
        #expect(!g.edges[1].directed && g.nodes[g.edges[1].source].id == "A")
        let plain = try EdgeListCSV.decode("X,Y\nY,Z\n", path: "p.csv")
        #expect(plain.edges.count == 2 && plain.edges.allSatisfy { $0.weight == 1 })
    }

    @Test func edgeListErrorsNameTheLine() {
        #expect(throws: GraphError(path: "e.csv", line: 3, reason: "weight \"heavy\" of edge A -> C is not a number: it must be a number from 0 to 10^15")) {
            try EdgeListCSV.decode("source,target,weight\nA,B,1\nA,C,heavy\n", path: "e.csv")
        }
        #expect(throws: GraphError(path: "g.json", reason: "missing \"nodes\" list: not a node-link graph")) {
            try GraphJSON.decode(Data("{\"edges\": []}".utf8), path: "g.json")
        }
    }

    /// A first or last date that is not a day is an error naming the file, the line (where the
    /// format has lines) and the edge, as a bad number is; an empty one is no date.
    @Test func badDatesNameTheFileLineAndEdge() throws {
        #expect(throws: GraphError(path: "e.csv", line: 3, reason: "first date \"2024-02-30\" of edge A -> C is not a day: it must be YYYY-MM-DD")) {
            try EdgeListCSV.decode("source,target,weight,first\nA,B,1,2024-02-29\nA,C,1,2024-02-30\n", path: "e.csv")
        }
        let graphML = """
            <?xml version="1.0"?>
            <graphml><key id="last" for="edge" attr.name="last" attr.type="string"/><graph edgedefault="directed">
            <node id="A"/><node id="B"/>
            <edge source="A" target="B"><data key="last">2024</data></edge>
            </graph></graphml>
            """
        #expect(throws: GraphError(path: "g.graphml", line: 4, reason: "last date \"2024\" of edge A -> B is not a day: it must be YYYY-MM-DD")) {
            try GraphMLReader.decode(Data(graphML.utf8), path: "g.graphml")
        }
        let gexf = """
            <?xml version="1.0"?>
            <gexf><graph defaultedgetype="directed" timeformat="date"><nodes><node id="A"/><node id="B"/></nodes>
            <edges><edge source="A" target="B" start="2023-Q1"/></edges>
            </graph></gexf>
            """
        #expect(throws: GraphError(path: "g.gexf", line: 3, reason: "first date \"2023-Q1\" of edge A -> B is not a day: it must be YYYY-MM-DD")) {
            try GEXFReader.decode(Data(gexf.utf8), path: "g.gexf")
        }
        let json = #"{"nodes": [{"id": "A"}, {"id": "B"}], "links": [{"source": "A", "target": "B", "first": "2024-1-5"}]}"#
        #expect(throws: GraphError(path: "g.json", reason: "first date \"2024-1-5\" of edge 1 (A -> B) is not a day: it must be YYYY-MM-DD")) {
            try GraphJSON.decode(Data(json.utf8), path: "g.json")
        }
        let dated = try EdgeListCSV.decode("source,target,first,last\nA,B, 2024-02-29 ,\n", path: "e.csv")
        #expect(dated.edges[0].first == "2024-02-29" && dated.edges[0].last == nil)
    }
}
