import Foundation
import Testing
@testable import RelmapGraph

/// Graph files from other people's tools, read as hostile input: XML without DTDs or recovery,
/// numbers checked in every reader, CSV headers of other names, nodes without edges kept.
@Suite struct HostileGraphInputTests {
    /// The error `body` throws, or a failed expectation when it throws none.
    func error(_ body: () throws -> RelationGraph) -> GraphError? {
        do {
            let g = try body()
            Issue.record("no error; read \(g.nodes.count) nodes, \(g.edges.count) edges: \(g.nodes.map(\.label))")
            return nil
        } catch let e as GraphError {
            #expect(!e.description.contains("\n"), "one line: \(e.description)")
            #expect(!e.description.contains("NSCocoaErrorDomain") && !e.description.contains("UserInfo"))
            return e
        } catch {
            Issue.record("not a GraphError: \(error)")
            return nil
        }
    }

    func graphML(_ body: String, prolog: String = "") -> Data {
        Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            \(prolog)<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <key id="mentions" for="edge" attr.name="mentions" attr.type="int"/>
              <graph edgedefault="directed">
            \(body)
              </graph>
            </graphml>
            """.utf8)
    }

    func gexf(_ body: String, prolog: String = "") -> Data {
        Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            \(prolog)<gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph defaultedgetype="directed">
                <attributes class="edge"><attribute id="mentions" title="mentions" type="integer"/></attributes>
            \(body)
              </graph>
            </gexf>
            """.utf8)
    }

    /// A node listed twice (with two labels) is an error naming it, in JSON, GraphML and GEXF
    /// alike, as in a nodes.csv: the first label no longer wins silently.
    @Test func aNodeListedTwiceIsAnError() {
        let json = Data(#"{"nodes":[{"id":"A","label":"One"},{"id":"A","label":"Two"}],"edges":[]}"#.utf8)
        #expect(error { try GraphJSON.decode(json, path: "g.json") }?.description == "g.json: node \"A\" is listed twice: keep one")
        let ml = error { try GraphMLReader.decode(graphML(#"<node id="A"/>\n<node id="A"/>"#), path: "g.graphml") }
        #expect(ml?.line == 7 && ml?.reason.contains("listed twice") == true, "\(String(describing: ml))")
        let gx = error { try GEXFReader.decode(gexf(#"<nodes><node id="A"/><node id="A"/></nodes>"#), path: "g.gexf") }
        #expect(gx?.reason.contains("listed twice") == true, "\(String(describing: gx))")
    }

    // MARK: XML: no DTD, no entities, no network, no recovery

    @Test func externalFileEntityIsRefused() throws {
        let prolog = "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n"
        let body = "<node id=\"A\"><data key=\"label\">&xxe;</data></node>"
        let e = try #require(error { try GraphMLReader.decode(graphML(body, prolog: prolog), path: "xxe.graphml") })
        #expect(e.path == "xxe.graphml" && e.line == 2 && e.reason.contains("DOCTYPE"))
        let g = try #require(error { try GEXFReader.decode(gexf("<nodes><node id=\"A\" label=\"&xxe;\"/></nodes>", prolog: prolog), path: "xxe.gexf") })
        #expect(g.line == 2 && g.reason.contains("DOCTYPE"))
    }

    @Test func httpEntityIsRefusedWithoutFetching() throws {
        let server = try LocalListener()
        let prolog = "<!DOCTYPE graphml [<!ENTITY web SYSTEM \"http://127.0.0.1:\(server.port)/x\">]>\n"
        let body = "<node id=\"A\"><data key=\"label\">&web;</data></node>"
        let e = try #require(error { try GraphMLReader.decode(graphML(body, prolog: prolog), path: "web.graphml") })
        #expect(e.reason.contains("DOCTYPE"))
        #expect(!server.wasContacted, "the URL was fetched")
    }

    @Test func billionLaughsIsRefusedAtTheDoctype() throws {
        var prolog = "<!DOCTYPE graphml [<!ENTITY lol0 \"lol\">"
        for i in 1...9 { prolog += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">" }
        prolog += "]>\n"
        // Refused at the DOCTYPE, before any entity is expanded.
        let e = try #require(error { try GraphMLReader.decode(graphML("<node id=\"&lol9;\"/>", prolog: prolog), path: "lol.graphml") })
        #expect(e.reason.contains("DOCTYPE"))
        let g = try #require(error { try GEXFReader.decode(gexf("<nodes><node id=\"&lol9;\"/></nodes>", prolog: prolog), path: "lol.gexf") })
        #expect(g.reason.contains("DOCTYPE"))
    }

    @Test func undeclaredEntityIsAnErrorWithItsPlace() throws {
        let e = try #require(error { try GraphMLReader.decode(graphML("<node id=\"A\"><data key=\"label\">&nbsp;</data></node>"), path: "e.graphml") })
        #expect(e.line == 7 && e.column != nil && e.reason.contains("&nbsp;"), "\(e)")
    }

    @Test func truncatedXMLIsAnErrorWithLineAndColumnAndNothingOnStderr() throws {
        let full = String(decoding: graphML("<node id=\"A\"/><node id=\"B\"/><edge source=\"A\" target=\"B\"/>"), as: UTF8.self)
        let end = try #require(full.range(of: "target=\"B")).upperBound
        let cut = Data(full[..<end].utf8)
        let (e, stderr) = captureStderr { error { try GraphMLReader.decode(cut, path: "cut.graphml") } }
        let err = try #require(e)
        #expect(err.path == "cut.graphml" && err.line == 7 && err.column != nil)
        #expect(err.description.hasPrefix("cut.graphml:7:"))
        // Other tests print on stderr meanwhile: look for libxml2's lines only.
        #expect(!stderr.contains("parser error") && !stderr.contains("Entity: line"), "printed on stderr: \(stderr)")
        let g = String(decoding: gexf("<nodes><node id=\"A\"/></nodes>"), as: UTF8.self)
        let gcut = Data(g.prefix(g.count - 20).utf8)
        let (ge, gerr) = captureStderr { error { try GEXFReader.decode(gcut, path: "cut.gexf") } }
        #expect(try #require(ge).reason.contains("truncated"), "\(String(describing: ge))")
        #expect(!gerr.contains("parser error") && !gerr.contains("Entity: line"))
    }

    @Test func unclosedElementIsAnErrorNamingIt() throws {
        let e = try #require(error { try GraphMLReader.decode(graphML("<node id=\"A\"><data key=\"label\">x</node>"), path: "open.graphml") })
        #expect(e.line == 7 && e.reason.contains("<data>"))
        let g = try #require(error { try GEXFReader.decode(gexf("<nodes><node id=\"A\"></nodes>"), path: "open.gexf") })
        #expect(g.line == 5 && g.reason.contains("<node>"))
    }

    @Test func characterReferencesAndCDATAAreRead() throws {
        let body = "<node id=\"A&amp;B\"><data key=\"label\"><![CDATA[<x> & y]]> &#233;&#x4e2d;</data></node><node id=\"L&#10;M\"/>"
        let g = try GraphMLReader.decode(graphML(body), path: "ok.graphml")
        #expect(g.nodes.map(\.id) == ["A&B", "L\nM"])
        #expect(g.nodes[0].label == "<x> & y é中")
    }

    // MARK: Numbers: finite, in range, the right type

    @Test(arguments: ["1e19", "1e300", "nan", "inf", "-1", "0x10", "5 apples"])
    func graphMLWeightsAreChecked(_ weight: String) throws {
        let body = "<node id=\"A\"/><node id=\"B\"/>\n<edge source=\"A\" target=\"B\"><data key=\"weight\">\(weight)</data></edge>"
        let e = try #require(error { try GraphMLReader.decode(graphML(body), path: "w.graphml") })
        #expect(e.line == 8 && e.reason.contains("weight") && e.reason.contains("A -> B"), "\(e)")
    }

    @Test func graphMLCountsAreWholeNumbersInRange() throws {
        for v in ["1e300", "2.5", "-3"] {
            let body = "<edge source=\"A\" target=\"B\"><data key=\"mentions\">\(v)</data></edge>"
            let e = try #require(error { try GraphMLReader.decode(graphML(body), path: "m.graphml") })
            #expect(e.reason.contains("mentions"))
        }
    }

    @Test(arguments: ["1e19", "1e300", "NaN", "-INF", "-2"])
    func gexfWeightsAreChecked(_ weight: String) throws {
        let body = "<edges><edge source=\"A\" target=\"B\" weight=\"\(weight)\"/></edges>"
        let e = try #require(error { try GEXFReader.decode(gexf(body), path: "w.gexf") })
        #expect(e.line == 5 && e.reason.contains("weight"))
        let m = "<edges><edge source=\"A\" target=\"B\"><attvalues><attvalue for=\"mentions\" value=\"\(weight)\"/></attvalues></edge></edges>"
        #expect(error { try GEXFReader.decode(gexf(m), path: "m.gexf") }?.reason.contains("mentions") == true)
    }

    @Test func jsonNumbersDoNotWrapAndStringsAreNotNumbers() throws {
        func edge(_ fields: String) -> Data {
            Data("{\"directed\": true, \"nodes\": [{\"id\": \"A\"}, {\"id\": \"B\"}],\n \"edges\": [{\"source\": \"A\", \"target\": \"B\", \(fields)}]}".utf8)
        }
        let huge = try #require(error { try GraphJSON.decode(edge("\"mentions\": 1e300"), path: "m.json") })
        #expect(huge.reason.contains("mentions") && huge.reason.contains("out of range"))
        let string = try #require(error { try GraphJSON.decode(edge("\"weight\": \"5\""), path: "s.json") })
        #expect(string.reason.contains("weight") && string.reason.contains("must be a number"))
        #expect(error { try GraphJSON.decode(edge("\"weight\": 1e19"), path: "b.json") }?.reason.contains("out of range") == true)
        #expect(error { try GraphJSON.decode(edge("\"weight\": true"), path: "t.json") }?.reason.contains("weight") == true)
        #expect(error { try GraphJSON.decode(edge("\"articles\": 2.5"), path: "a.json") }?.reason.contains("whole number") == true)
        #expect(error { try GraphJSON.decode(edge("\"directed\": \"yes\""), path: "d.json") }?.reason.contains("true or false") == true)
        #expect(error { try GraphJSON.decode(edge("\"confidence\": 7"), path: "c.json") }?.reason.contains("confidence") == true)
        let nan = try #require(error { try GraphJSON.decode(edge("\"weight\": nan"), path: "n.json") })
        #expect(nan.line == 2 && nan.column != nil && nan.description.hasPrefix("n.json:2:"))
        #expect(error { try GraphJSON.decode(edge("\"weight\": 1e400"), path: "i.json") } != nil)
    }

    @Test func csvNumbersAreCheckedWithTheirLine() throws {
        for bad in ["1e19", "1e300", "nan", "inf", "-1"] {
            let e = try #require(error { try EdgeListCSV.decode("source,target,weight\nA,B,1\nA,C,\(bad)\n", path: "w.csv") })
            #expect(e.line == 3 && e.description.hasPrefix("w.csv:3:"))
        }
        let m = try #require(error { try EdgeListCSV.decode("source,target,weight,mentions\nA,B,1,1e300\n", path: "m.csv") })
        #expect(m.line == 2 && m.reason.contains("mentions"))
        let d = try #require(error { try EdgeListCSV.decode("source,target,directed\nA,B,yes\n", path: "d.csv") })
        #expect(d.line == 2 && d.reason.contains("directed"))
        let sum = try #require(error { try EdgeListCSV.decode("A,B,900000000000000\nA,B,900000000000000\n", path: "sum.csv") })
        #expect(sum.line == 2)
    }

    @Test func directionWordsAreCheckedNotGuessed() throws {
        let ml = try #require(error { try GraphMLReader.decode(graphML("<edge source=\"A\" target=\"B\" directed=\"yes\"/>"), path: "d.graphml") })
        #expect(ml.line == 7 && ml.reason.contains("directed"))
        let gx = try #require(
            error { try GEXFReader.decode(Data(String(decoding: gexf("<nodes/>"), as: UTF8.self).replacingOccurrences(of: "\"directed\"", with: "\"sideways\"").utf8), path: "d.gexf") })
        #expect(gx.line == 3 && gx.reason.contains("sideways"))
        // networkx writes an edge attribute "type" into GEXF's type: it is the relation type.
        let nx = try GEXFReader.decode(gexf("<edges><edge source=\"A\" target=\"B\" type=\"protest\"/></edges>"), path: "nx.gexf")
        #expect(nx.edges.first?.type == "protest" && nx.edges.first?.directed == true)
    }

    // MARK: CSV headers

    @Test func csvHeaderOfOtherNamesIsAHeader() throws {
        let g = try EdgeListCSV.decode("src,dst,w\nA,B,2\nB,C,3\n", path: "e.csv")
        #expect(g.nodes.map(\.id) == ["A", "B", "C"])
        #expect(g.edges.map(\.weight) == [2, 3])
        let two = try EdgeListCSV.decode("from,to\nA,B\n", path: "e.csv")
        #expect(two.edges.count == 1 && two.nodes.map(\.id) == ["A", "B"])
        let gephi = try EdgeListCSV.decode("Source,Target,Type,Id,Label,Weight\nA,B,Directed,0,,2\nB,C,Undirected,1,,1\n", path: "gephi.csv")
        #expect(gephi.edges.map(\.directed) == [true, false] && gephi.edges.allSatisfy { $0.type == "relation" })
        let unknown = try #require(error { try EdgeListCSV.decode("alpha,beta,gamma\nA,B,2\n", path: "u.csv") })
        #expect(unknown.line == 1 && unknown.reason.contains("header"))
    }

    @Test func badCSVRowsAreFileLineErrors() throws {
        let short = try #require(error { try EdgeListCSV.decode("source,target\nA,B\n\nC\n", path: "r.csv") })
        #expect(short.description.hasPrefix("r.csv:4:"))
        let nodes = try #require(error { try EdgeListCSV.applyNodes("id,label\n\nA,x\n,y\n", to: RelationGraph(), path: "nodes.csv") })
        #expect(nodes.line == 4)
    }

    // MARK: Nodes without edges

    @Test func nodesWithoutEdgesAreKeptByEveryReader() throws {
        let ml = try GraphMLReader.decode(graphML("<node id=\"A\"/><node id=\"B\"/><node id=\"C\"/><edge source=\"A\" target=\"B\"/>"), path: "i.graphml")
        let gx = try GEXFReader.decode(
            gexf("<nodes><node id=\"A\"/><node id=\"B\"/><node id=\"C\"/></nodes><edges><edge source=\"A\" target=\"B\"/></edges>"),
            path: "i.gexf")
        let js = try GraphJSON.decode(
            Data("{\"nodes\":[{\"id\":\"A\"},{\"id\":\"B\"},{\"id\":\"C\"}],\"links\":[{\"source\":\"A\",\"target\":\"B\"}]}".utf8),
            path: "i.json")
        let csv = try EdgeListCSV.applyNodes("id,label\nA,A\nB,B\nC,C\n", to: try EdgeListCSV.decode("A,B\n", path: "edges.csv"), path: "nodes.csv")
        for g in [ml, gx, js, csv] {
            // What every command does to a graph file before measuring it.
            let read = GraphFilter().apply(to: g)
            #expect(Set(read.nodes.map(\.id)) == ["A", "B", "C"])
            let view = GraphView.undirected(read)
            let pagerank = Measure.pagerank.compute(view)
            let degree = Measure.degree.compute(view)
            let c = try #require(read.nodeIndex("C")), a = try #require(read.nodeIndex("A"))
            // networkx: nx.pagerank(G) on A-B plus an isolated C
            #expect(abs(pagerank[c] - 0.06976769083996354) < 1e-6 && abs(pagerank[a] - 0.46511615458001815) < 1e-6)
            #expect(degree[c] == 0 && degree[a] > 0)
        }
        // A filter that drops an edge drops the nodes it leaves alone, but keeps isolated ones.
        let filtered = GraphFilter(minWeight: 2).apply(to: ml)
        #expect(filtered.nodes.map(\.id) == ["C"])
    }
}

/// Runs `body` with file descriptor 2 sent to a temporary file; returns what was written there.
func captureStderr<T>(_ body: () -> T) -> (T, String) {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("relmap-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: url) }
    guard let handle = try? FileHandle(forWritingTo: url) else { return (body(), "") }
    fflush(nil)
    let saved = dup(2)
    dup2(handle.fileDescriptor, 2)
    let result = body()
    fflush(nil)
    dup2(saved, 2)
    close(saved)
    try? handle.close()
    return (result, (try? String(contentsOf: url, encoding: .utf8)) ?? "")
}

/// A TCP socket listening on a free local port, to tell whether anything connected to it.
final class LocalListener {
    let fd: Int32
    let port: UInt16

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.fd = fd
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        guard bound == 0, listen(fd, 4) == 0 else { port = 0; throw CocoaError(.fileWriteUnknown) }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        port = UInt16(bigEndian: addr.sin_port)
        guard port != 0 else { throw CocoaError(.fileWriteUnknown) }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }

    /// Whether a connection is waiting or was made.
    var wasContacted: Bool {
        let c = accept(fd, nil, nil)
        if c >= 0 { close(c); return true }
        return false
    }

    deinit { close(fd) }
}
