import Foundation
import Testing
@testable import RelmapGraph

@Suite struct GraphIOTests {
    @Test func edgeListCSV() throws {
        let g = try EdgeListCSV.decode("source,target,type,weight\nA,B,protest,2\nA,B,protest,3\nB,A,alliance,1\n\"C, Inc\",A,alliance,4\n",
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
}
