import Foundation
import Testing
@testable import RelmapGraph

/// Seeded random damage to valid graph files: every reader either reads the result or throws a
/// one-line ``GraphError``; none traps, hangs or throws anything else.
@Suite struct GraphReaderFuzzTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let graphML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="label" for="node" attr.name="label" attr.type="string"><default>x</default></key>
          <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
          <key id="mentions" for="edge" attr.name="mentions" attr.type="int"/>
          <graph edgedefault="directed">
            <node id="A&amp;B"><data key="label"><![CDATA[A <b>]]> &#233;</data></node><node id="C"/>
            <edge source="A&amp;B" target="C"><data key="weight">2.5</data><data key="mentions">3</data></edge>
            <!-- a comment --><?pi x?>
          </graph>
        </graphml>
        """
    static let gexf = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
        <attributes class="edge"><attribute id="0" title="mentions" type="integer"/></attributes>
        <nodes><node id="A" label="a &lt;"/><node id="B"/></nodes>
        <edges><edge source="A" target="B" weight="2" start="2024-01-01"><attvalues><attvalue for="0" value="4"/></attvalues></edge></edges>
        </graph></gexf>
        """
    static let json = """
        {"directed": true, "graph": {"level": "state"}, "nodes": [{"id": "A", "label": "Ä"}, {"id": 7}],
         "edges": [{"source": "A", "target": 7, "type": "protest", "weight": 2, "mentions": 3, "confidence": 0.5,
                    "evidence": [{"article": "a", "sentence": 1, "trigger": "t", "text": "x"}]}]}
        """
    static let csv = "source,target,type,weight,directed,mentions\nA,B,protest,2,true,3\n\"C, Inc\",A,\"al\"\"li\",1.5,false,1\n# comment\n"

    /// `text` with a few random bytes changed, inserted, removed or cut off.
    func mutate(_ text: String, _ rng: inout Seeded) -> [UInt8] {
        var b = Array(text.utf8)
        let specials: [UInt8] = Array("<>&;\"',#=/!?[]{}:\n\0\\-0123456789e.".utf8) + [0xFF, 0xC3]
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            guard !b.isEmpty else { break }
            let i = Int.random(in: 0..<b.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: b[i] = specials.randomElement(using: &rng) ?? 0
            case 1: b.insert(specials.randomElement(using: &rng) ?? 0, at: i)
            case 2: b.remove(at: i)
            case 3: b.removeSubrange(i...)
            default: b.insert(contentsOf: b[i..<min(b.count, i + Int.random(in: 1...20, using: &rng))], at: i)
            }
        }
        return b
    }

    func survives(_ name: String, _ seed: String, rounds: Int = 1500, _ read: (Data) throws -> RelationGraph) {
        var rng = Seeded(state: UInt64(name.utf8.count) &* 7919 &+ 13)
        #expect((try? read(Data(seed.utf8))) != nil, "\(name): the seed itself reads")
        for round in 0..<rounds {
            let bytes = mutate(seed, &rng)
            do {
                _ = try read(Data(bytes))
            } catch let e as GraphError {
                if e.description.contains("\n") { Issue.record("\(name) round \(round): a multi-line error: \(e)") }
            } catch {
                Issue.record("\(name) round \(round): not a GraphError: \(error)")
            }
        }
    }

    @Test func graphMLReaderSurvivesDamage() {
        survives("GraphML", Self.graphML) { try GraphMLReader.decode($0, path: "f.graphml") }
    }

    @Test func gexfReaderSurvivesDamage() {
        survives("GEXF", Self.gexf) { try GEXFReader.decode($0, path: "f.gexf") }
    }

    @Test func jsonReaderSurvivesDamage() {
        survives("JSON", Self.json) { try GraphJSON.decode($0, path: "f.json") }
    }

    @Test func csvReaderSurvivesDamage() {
        survives("CSV", Self.csv) { try EdgeListCSV.decode(String(decoding: $0, as: UTF8.self), path: "f.csv", directedTypes: ["protest"]) }
        survives("nodes CSV", "id,label,kind\nA,\"x, y\",state\nB,,person\n") {
            try EdgeListCSV.applyNodes(String(decoding: $0, as: UTF8.self), to: RelationGraph(), path: "nodes.csv")
        }
    }

    @Test func deepNestingIsRefused() throws {
        let deep = "<graphml>" + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</graphml>"
        #expect(throws: GraphError.self) { try GraphMLReader.decode(Data(deep.utf8), path: "deep.graphml") }
    }

    @Test func deepJSONIsAnErrorNotACrash() throws {
        let deep = "{\"nodes\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        let e = try #require(throws: GraphError.self) { try GraphJSON.decode(Data(deep.utf8), path: "deep.json") }
        #expect(!e.description.contains("\n"))
    }

    @Test func utf16AndOtherEncodingsAreRefusedWithAWayOut() throws {
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(Self.graphML.data(using: .utf16LittleEndian) ?? Data())
        let e = try #require(throws: GraphError.self) { try GraphMLReader.decode(utf16, path: "u.graphml") }
        #expect(e.reason.contains("UTF-8"))
        let latin = Self.graphML.replacingOccurrences(of: "UTF-8", with: "ISO-8859-1")
        let l = try #require(throws: GraphError.self) { try GraphMLReader.decode(Data(latin.utf8), path: "l.graphml") }
        #expect(l.reason.contains("iconv"))
    }
}
