import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

/// Every command that writes maps (render, diff, timeline --maps) writes SVG, PNG or PDF as
/// --format / --map-format or the file's name says; and a map's caption tells what it draws.
@Suite struct MapOutputTests {
    let fm = FileManager.default
    static let png = Data([0x89, 0x50, 0x4E, 0x47]), pdf = Data("%PDF".utf8)

    func head(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path)).prefix(4)
    }

    @Test func diffMapsComeAsPNGAndPDFByTheirName() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let f = CLIRunner.fixture
        for (name, signature) in [("d.png", Self.png), ("d.pdf", Self.pdf), ("d.svg", Data("<?xm".utf8))] {
            let r = try CLIRunner.run(["diff", f, "--before", "2023", "--after", "2024", "--svg", dir + "/" + name])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(try head(dir + "/" + name) == signature, "\(name)")
        }
        let chosen = try CLIRunner.run(["diff", f, "--before", "2023", "--after", "2024", "--map", dir + "/plain", "--map-format", "pdf"])
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(try head(dir + "/plain") == Self.pdf)
    }

    @Test func aDiffMapWhoseNameAndFormatDisagreeIsAnErrorNamingTheFile() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let f = CLIRunner.fixture
        for args in [
            ["--svg", dir + "/x.png", "--map-format", "svg"], ["--map", dir + "/x.jpg"], ["--map", dir + "/x.pdf", "--map-format", "png"]
        ] {
            let r = try CLIRunner.run(["diff", f, "--before", "2023", "--after", "2024"] + args)
            #expect(r.status != 0, "accepted: \(args)")
            #expect(r.stderr.contains(args[1]), "\(args): \(r.stderr)")
        }
        #expect(try fm.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func timelineMapsComeInTheFormatAsked() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let r = try CLIRunner.run(["timeline", CLIRunner.fixture, "--window", "year", "--maps", dir + "/maps", "--map-format", "png", "-o", dir + "/t.json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try fm.contentsOfDirectory(atPath: dir + "/maps").sorted() == ["2023.png", "2024.png"])
        #expect(try head(dir + "/maps/2023.png") == Self.png)
    }

    /// The caption line of an SVG map (the header's second text).
    func caption(_ path: String) throws -> String {
        let doc = try XMLDocument(contentsOf: URL(fileURLWithPath: path))
        let texts = try doc.nodes(forXPath: "//*[local-name()='g'][@id='graph0']/*[local-name()='text']").compactMap(\.stringValue)
        return try #require(texts.first { $0.contains("drawn") }, "\(texts)")
    }

    @Test func theCaptionCountsWhatIsDrawnAfterTheFilters() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let f = CLIRunner.fixture
        let graph = dir + "/g.json"
        #expect(try CLIRunner.run(["build", f, "-o", graph]).status == 0)
        let all = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: graph))) as? [String: Any])
        let nodes = (all["nodes"] as? [Any])?.count ?? 0
        #expect(nodes > 2)
        let r = try CLIRunner.run(["render", graph, "--top", "2", "-o", dir + "/top.svg"])
        #expect(r.status == 0, "\(r.stderr)")
        let top = try caption(dir + "/top.svg")
        #expect(top.contains("drawn: 2 actors"), "\(top)")
        #expect(!top.contains("\(nodes) actors"), "\(top)")
        let h = try CLIRunner.run(["render", f, "--polarity", "hostile", "-o", dir + "/hostile.svg"])
        #expect(h.status == 0, "\(h.stderr)")
        let hostile = try caption(dir + "/hostile.svg")
        // One count of relations, that of the edges drawn.
        #expect(hostile.components(separatedBy: "relation").count == 2, "\(hostile)")
    }
}
