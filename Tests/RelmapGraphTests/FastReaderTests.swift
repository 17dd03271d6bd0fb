import Foundation
import Testing
@testable import RelmapGraph

/// The byte-level readers (edge-list CSV, graph JSON) and the views built from them: what they
/// read, in what order, and the errors they name.
@Suite struct FastReaderTests {
    /// Quoted, escaped and plain rows of one edge list read alike, and rows of one pair and type
    /// add up in their first edge.
    @Test func csvRowsWithAndWithoutQuotesAddUp() throws {
        let g = try EdgeListCSV.decode(
            "source,target,type,weight\nA,B,t,2\n\"A\",\"B\",\"t\",\"3\"\n B , A ,t,1.5\n\"x \"\"y\"\"\",A,t,1\n", path: "e.csv")
        #expect(g.nodes.map(\.id) == ["A", "B", "x \"y\""])
        #expect(g.edges.count == 2)
        #expect(g.edges[0].weight == 6.5 && g.edges[0].mentions == 3)
        #expect(g.nodes[g.edges[1].source].id == "A" && g.nodes[g.edges[1].target].id == "x \"y\"")
    }

    /// A weight of plain digits and one in any other decimal form read the same.
    @Test func csvWeightsInEveryForm() throws {
        let g = try EdgeListCSV.decode("A,B,12\nC,D,1.2e1\nE,F, 12 \nG,H,000000000000000012\n", path: "w.csv")
        #expect(g.edges.map(\.weight) == [12, 12, 12, 12])
    }

    /// An empty type is "relation", and Gephi's Directed or Undirected is a direction, both one
    /// type with a row that names it.
    @Test func csvTypesAreInterned() throws {
        let g = try EdgeListCSV.decode("source,target,type\nA,B,\nA,B,relation\nB,C,Directed\nC,B,undirected\n", path: "t.csv")
        #expect(g.edges.count == 3)
        #expect(g.edges[0].mentions == 2 && !g.edges[0].directed)
        #expect(g.edges[1].directed && g.edges[1].type == "relation" && !g.edges[2].directed)
    }

    /// A quote left open names the line it opened on, after records that span lines.
    @Test func csvUnclosedQuoteNamesItsLine() throws {
        let e = try #require(throws: GraphError.self) { try EdgeListCSV.decode("A,\"B\nC\",1\nD,\"E,1\n", path: "q.csv") }
        #expect(e == GraphError(path: "q.csv", line: 3, reason: "a quote opened on this line is never closed"))
    }

    /// The views built in linear time are the views built by sorting the arcs (the public
    /// initialiser), with repeated arcs summed in the order they come.
    @Test func viewsMatchTheSortedArcs() throws {
        let g = try EdgeListCSV.decode(
            "source,target,type,weight\nC,A,x,0.1\nA,C,y,0.2\nB,A,x,3\nA,B,z,0.7\nC,C,x,9\nD,A,x,1\n", path: "v.csv", directedTypes: ["x"])
        var arcs: [(Int, Int, Double)] = [], both: [(Int, Int, Double)] = []
        var sums: [[Int]: Double] = [:], undirected: [[Int]: Double] = [:]
        for e in g.edges where e.source != e.target {
            sums[[e.source, e.target], default: 0] += e.weight
            if !e.directed { sums[[e.target, e.source], default: 0] += e.weight }
            undirected[[min(e.source, e.target), max(e.source, e.target)], default: 0] += e.weight
        }
        for (k, w) in sums { arcs.append((k[0], k[1], w)) }
        for (k, w) in undirected { both += [(k[0], k[1], w), (k[1], k[0], w)] }
        for (fast, sorted) in [
            (GraphView.directedView(g), GraphView(count: g.nodes.count, directed: true, arcs: arcs)),
            (GraphView.undirected(g), GraphView(count: g.nodes.count, directed: false, arcs: both))
        ] {
            #expect(fast.outOffsets == sorted.outOffsets && fast.outTargets == sorted.outTargets && fast.outWeights == sorted.outWeights)
            #expect(fast.inOffsets == sorted.inOffsets && fast.inSources == sorted.inSources && fast.inWeights == sorted.inWeights)
        }
    }

    /// A graph JSON whose keys come in any order (json.dump(sort_keys=True) puts "edges" and
    /// "directed" before "nodes") reads as relmap's own order does.
    @Test func jsonKeysInAnyOrder() throws {
        let ordered = #"{"directed": true, "nodes": [{"id": "A"}, {"id": "B", "label": "Bee"}], "edges": [{"source": "A", "target": "B", "weight": 2}, {"source": "B", "target": "C"}]}"#
        let sorted = #"{"edges": [{"weight": 2, "target": "B", "source": "A"}, {"target": "C", "source": "B"}], "nodes": [{"label": "Bee", "id": "B"}, {"id": "A"}], "directed": true}"#
        let a = try GraphJSON.decode(Data(ordered.utf8), path: "a.json")
        let b = try GraphJSON.decode(Data(sorted.utf8), path: "b.json")
        #expect(a.nodes.map(\.id) == ["A", "B", "C"] && b.nodes.map(\.id) == ["B", "A", "C"])
        #expect(a.edges.map(\.directed) == [true, true] && b.edges.map(\.directed) == [true, true])
        #expect(b.nodes[0].label == "Bee" && b.edges[0].weight == 2)
        // "links" is read when there is no "edges", and "edges" wins when there are both.
        let links = try GraphJSON.decode(Data(#"{"links": [{"source": 1, "target": 2}], "nodes": [], "edges": [{"source": "x", "target": "y"}]}"#.utf8), path: "l.json")
        #expect(links.nodes.map(\.id) == ["x", "y"])
    }

    /// Escapes, surrogate pairs and numbers as networkx ids read as JSON means them.
    @Test func jsonStringsAndNumbers() throws {
        let json = #"{"nodes": [{"id": "caf\u00e9 \ud83d\ude00 \"q\"\n"}, {"id": 7}], "edges": [{"source": 7, "target": "caf\u00e9 \ud83d\ude00 \"q\"\n", "weight": 2.5e0}]}"#
        let g = try GraphJSON.decode(Data(json.utf8), path: "s.json")
        #expect(g.nodes.map(\.id) == ["café 😀 \"q\"\n", "7"])
        #expect(g.edges[0].weight == 2.5 && g.edges[0].source == 1)
    }

    /// Syntax errors name the line and column, and what is wrong.
    @Test func jsonSyntaxErrorsNameLineAndColumn() throws {
        func error(_ text: String) throws -> GraphError {
            try #require(throws: GraphError.self) { try GraphJSON.decode(Data(text.utf8), path: "x.json") }
        }
        #expect(try error("{\"nodes\": [\n  {\"id\": \"A\",}\n]}") == GraphError(path: "x.json", line: 2, column: 14, reason: "not valid JSON: expected a key in quotes here"))
        #expect(try error("{\"nodes\": [], \"edges\": [{\"source\": \"A\", \"target\": \"B\", \"weight\": 01}]}").reason.contains("leading zero"))
        #expect(try error("{\"nodes\": []} x").reason.contains("after the end"))
        #expect(try error("{\"nodes\": [\"\u{1}\"]}").reason.contains("control character"))
        #expect(try error("{\"nodes\": [\"\\ud800\"]}").reason.contains("surrogate"))
        #expect(try error("{\"nodes\": [").reason.contains("end of file"))
        #expect(try error("[1, 2]").reason == "expected a JSON object with \"nodes\" and \"edges\"")
        #expect(try error("{\"nodes\": [], \"edges\": null}").reason == "\"edges\" is not a list")
    }

    /// The graph JSON counts the mentions whose sentence it does not give, and reads the count
    /// back into the mentions when the file gives fewer.
    @Test func jsonCountsTheEvidenceLeftOut() throws {
        var g = RelationGraph()
        let a = g.addNode(.init(id: "A")), b = g.addNode(.init(id: "B"))
        let kept = (0..<3).map { RelationGraph.Evidence(article: "a\($0)", sentence: $0, trigger: "met", text: "Sentence \($0).") }
        let bare = (3..<5).map { RelationGraph.Evidence(article: "a\($0)", sentence: $0, trigger: "met") }
        g.edges = [
            .init(source: a, target: b, type: "meeting", directed: false, weight: 7, mentions: 7, evidence: kept + bare),
            .init(source: b, target: a, type: "protest", directed: true, weight: 2, mentions: 2)
        ]
        #expect(g.edges.map(\.evidenceOmitted) == [4, 2])
        let text = GraphJSON.encode(g)
        #expect(text.contains("\"evidence_omitted\": 4") && text.contains("\"evidence_omitted\": 2"))
        let back = try GraphJSON.decode(Data(text.utf8), path: "g.json")
        #expect(back.edges.map(\.mentions) == [7, 2] && back.edges.map(\.evidenceOmitted) == [4, 2])
        // Without mentions, the count says how many there are.
        let counted = #"{"nodes": [], "edges": [{"source": "A", "target": "B", "evidence": [{"article": "x", "sentence": 1, "trigger": "t", "text": "T."}], "evidence_omitted": 5}]}"#
        #expect(try GraphJSON.decode(Data(counted.utf8), path: "c.json").edges[0].mentions == 6)
        let bad = #"{"nodes": [], "edges": [{"source": "A", "target": "B", "evidence_omitted": 1.5}]}"#
        let e = try #require(throws: GraphError.self) { try GraphJSON.decode(Data(bad.utf8), path: "b.json") }
        #expect(e.reason.contains("evidence_omitted") && e.reason.contains("whole number"))
    }

    /// Lanczos on the undirected view gives power iteration's vector: on a graph of two
    /// components (the smaller one near zero), and on one whose principal eigenvalue is shared
    /// by two equal components (the start vector's projection: the same values on both).
    @Test func lanczosMatchesPowerIteration() throws {
        let two = try EdgeListCSV.decode("A,B,3\nA,C,1\nB,C,2\nC,D,1\nD,E,4\nF,G,2\n", path: "f.csv")
        let twins = try EdgeListCSV.decode("A,B,1\nB,C,1\nC,A,1\nD,E,1\nE,F,1\nF,D,1\n", path: "t.csv")
        for g in [two, twins] {
            let view = GraphView.undirected(g)
            let lanczos = EigenvectorCentrality.compute(view)
            let power = PowerCheck.eigenvector(view)
            #expect(zip(lanczos, power).allSatisfy { abs($0 - $1) < 1e-9 }, "\(lanczos) vs \(power)")
        }
    }

    /// Sampled closeness from every node as a source is exact closeness, on both views, and
    /// from fewer sources it stays near it.
    @Test func sampledClosenessFromEveryNodeIsExact() throws {
        let g = try EdgeListCSV.decode("A,B,x,3\nA,C,y,1\nB,C,x,2\nC,D,x,1\nD,E,y,4\nF,G,x,2\nE,A,x,1\n", path: "c.csv", directedTypes: ["x"])
        for view in [GraphView.undirected(g), GraphView.directedView(g)] {
            let exact = Closeness.compute(view)
            let all = Closeness.sampled(view, sources: Array(0..<view.count), threads: 2)
            #expect(zip(exact, all).allSatisfy { abs($0 - $1) < 1e-12 }, "\(exact) vs \(all)")
        }
        let sampled = Closeness.compute(GraphView.undirected(g), samples: 5, seed: 3)
        #expect(sampled.count == 7 && sampled.allSatisfy { $0.isFinite && $0 >= 0 })
    }
}

/// Power iteration with A + I from the uniform vector (networkx's `eigenvector_centrality`),
/// converged tightly, as a reference.
enum PowerCheck {
    static func eigenvector(_ view: GraphView) -> [Double] {
        let n = view.count
        var x = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<100_000 {
            var next = x
            for v in 0..<n {
                for k in view.outOffsets[v]..<view.outOffsets[v + 1] { next[view.outTargets[k]] += x[v] * view.outWeights[k] }
            }
            let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
            next = next.map { $0 / norm }
            let change = zip(next, x).reduce(0) { $0 + abs($1.0 - $1.1) }
            x = next
            if change < 1e-15 * Double(n) { break }
        }
        return x
    }
}
