import Foundation
import Testing

/// Blocs in `rank` and `render --cluster blocs` keep rivals apart (signed modularity), and the
/// ranking table prints every label in full.
@Suite struct BlocsAndTablesTests {
    /// China and the Philippines protest against each other; both meet the same four ASEAN states;
    /// each has two allies of its own. Labels as `--level actor` writes them.
    func rivalsGraph(in folder: String) throws -> String {
        var edges: [String] = []
        func add(_ s: String, _ t: String, _ type: String, _ polarity: String, _ w: Int, directed: Bool = false) {
            edges.append(
                #"{"source": "\#(s)", "target": "\#(t)", "type": "\#(type)", "directed": \#(directed), "weight": \#(w), "polarity": "\#(polarity)"}"#)
        }
        add("CHN", "PHL", "protest", "hostile", 6, directed: true)
        add("PHL", "CHN", "protest", "hostile", 6, directed: true)
        for partner in ["VNM", "IDN", "MYS", "SGP"] {
            add("CHN", partner, "meeting", "cooperative", 1)
            add("PHL", partner, "meeting", "cooperative", 1)
        }
        for (s, t) in [("CHN", "RUS"), ("CHN", "PRK"), ("RUS", "PRK"), ("PHL", "USA"), ("PHL", "JPN"), ("USA", "JPN")] {
            add(s, t, "alliance", "cooperative", 3)
        }
        let nodes = [
            #"{"id": "CHN", "label": "China"}"#, #"{"id": "PHL", "label": "Philippines (foreign ministry)", "kind": "agency"}"#,
            #"{"id": "USA", "label": "United States (Department of Defense and armed forces)", "kind": "agency"}"#
        ]
        let path = folder + "/rivals.json"
        try #"{"directed": true, "multigraph": true, "nodes": [\#(nodes.joined(separator: ", "))], "edges": [\#(edges.joined(separator: ", "))]}"#
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The bloc column of `rank --format csv`, by id.
    func blocs(_ csv: String) -> [String: String] {
        var out: [String: String] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",")
            if f.count >= 5 { out[String(f[1])] = String(f[f.count - 1]) }
        }
        return out
    }

    @Test func rankPutsRivalsInBlocsOfTheirOwn() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let graph = try rivalsGraph(in: dir)
        let r = try CLIRunner.run(["rank", graph, "--measure", "degree", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let b = blocs(r.stdout)
        #expect(b["CHN"] != nil && b["CHN"] != b["PHL"], "\(r.stdout)")
        #expect(b["RUS"] == b["CHN"] && b["USA"] == b["PHL"], "\(r.stdout)")
        // The same blocs every run.
        #expect(try CLIRunner.run(["rank", graph, "--measure", "degree", "--format", "csv"]).stdout == r.stdout)
    }

    @Test func renderClustersRivalsApart() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let graph = try rivalsGraph(in: dir)
        let r = try CLIRunner.run(["render", graph, "--cluster", "blocs", "-o", dir + "/m.dot"])
        #expect(r.status == 0, "\(r.stderr)")
        let dot = try String(contentsOfFile: dir + "/m.dot", encoding: .utf8)
        // The cluster each node is drawn in: the text between one "subgraph cluster" and the next.
        let clusters = dot.components(separatedBy: "subgraph cluster").dropFirst()
        func cluster(_ id: String) -> Int? { clusters.firstIndex { $0.contains("id=\"node-\(id)\"") } }
        #expect(cluster("CHN") != nil && cluster("PHL") != nil && cluster("CHN") != cluster("PHL"), "\(dot)")
        #expect(cluster("RUS") == cluster("CHN") && cluster("JPN") == cluster("PHL"))
    }

    @Test func rankTablePrintsLabelsInFull() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let graph = try rivalsGraph(in: dir)
        let r = try CLIRunner.run(["rank", graph, "--measure", "degree"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Philippines (foreign ministry)"), "\(r.stdout)")
        #expect(r.stdout.contains("United States (Department of Defense and armed forces)"), "\(r.stdout)")
        // Columns still line up: every row as wide as the header, or less only by trailing space.
        let lines = r.stdout.split(separator: "\n")
        let width = lines.first?.count ?? 0
        #expect(lines.allSatisfy { $0.count == width }, "\(r.stdout)")
    }

    /// The diff table printed ids cut at 8 characters and edges at 34 ("PHL.foreign-m").
    @Test func diffTablePrintsIdsInFull() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let ids = ("PHL.foreign-ministry", "CHN.coast-guard-and-maritime-militia")
        try "source,target,type,weight\n\(ids.0),\(ids.1),protest,1\n".write(toFile: dir + "/a.csv", atomically: true, encoding: .utf8)
        try "source,target,type,weight\n\(ids.0),\(ids.1),protest,3\n\(ids.1),USA,meeting,1\n"
            .write(toFile: dir + "/b.csv", atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["diff", dir + "/a.csv", dir + "/b.csv", "--measure", "degree"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\(ids.0) -> \(ids.1)  protest"), "\(r.stdout)")
        #expect(r.stdout.contains("  \(ids.1) "), "\(r.stdout)")
    }
}
