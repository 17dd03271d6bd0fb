import Foundation
import Testing
@testable import RelmapGraph

/// Every measure against networkx on four small graphs (Fixtures/networkx_expected.json, made by
/// scripts/networkx_expected.py), within 1e-6.
@Suite struct NetworkxAgreementTests {
    struct Fixture: Decodable {
        struct Graph: Decodable {
            var name: String
            var directed: Bool
            var nodes: [String]
            var edges: [[Edge]]
            var values: [String: [String: Double]]
        }
        enum Edge: Decodable {
            case name(String), weight(Double)
            init(from decoder: Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let s = try? c.decode(String.self) { self = .name(s) } else { self = .weight(try c.decode(Double.self)) }
            }
        }
        var graphs: [Graph]
    }

    static let fixture: Fixture = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/networkx_expected.json")
        do { return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url)) } catch { fatalError("\(error)") }
    }()

    static func relationGraph(_ f: Fixture.Graph) -> RelationGraph {
        var g = RelationGraph()
        for n in f.nodes { g.addNode(.init(id: n)) }
        for e in f.edges {
            guard case .name(let s) = e[0], case .name(let t) = e[1], case .weight(let w) = e[2] else { continue }
            g.edges.append(.init(source: g.nodeIndex(s)!, target: g.nodeIndex(t)!, type: "relation", directed: f.directed, weight: w))
        }
        return g
    }

    @Test(arguments: fixture.graphs.map(\.name))
    func measuresMatchNetworkx(graph name: String) throws {
        let f = try #require(Self.fixture.graphs.first { $0.name == name })
        let g = Self.relationGraph(f)
        #expect(!f.values.isEmpty)
        for (measureName, expected) in f.values {
            let measure = try #require(Measure(rawValue: measureName), "unknown measure \(measureName)")
            let got = measure.compute(g, options: MeasureOptions(directed: f.directed))
            for (id, value) in expected {
                let i = try #require(g.nodeIndex(id))
                #expect(abs(got[i] - value) < 1e-6, "\(name) \(measureName) \(id): relmap \(got[i]), networkx \(value)")
            }
        }
    }

    @Test func sampledBetweennessIsSeededAndCloseOnAllSources() throws {
        let f = try #require(Self.fixture.graphs.first { $0.name == "karate-unweighted" })
        let g = Self.relationGraph(f)
        let a = Measure.betweenness.compute(g, options: MeasureOptions(samples: 20, seed: 1))
        let b = Measure.betweenness.compute(g, options: MeasureOptions(samples: 20, seed: 1))
        let c = Measure.betweenness.compute(g, options: MeasureOptions(samples: 20, seed: 2))
        #expect(a == b)
        #expect(a != c)
        let all = Measure.betweenness.compute(g, options: MeasureOptions(samples: 34, seed: 1))
        let exact = Measure.betweenness.compute(g)
        for i in all.indices { #expect(abs(all[i] - exact[i]) < 1e-12) }
    }

    @Test func betweennessIsTheSameOnOneOrTwoThreads() throws {
        let f = try #require(Self.fixture.graphs.first { $0.name == "random-power-of-two" })
        let view = GraphView.undirected(Self.relationGraph(f))
        let one = Betweenness.compute(view, threads: 1), two = Betweenness.compute(view, threads: 2)
        for i in one.indices { #expect(abs(one[i] - two[i]) < 1e-12) }
    }
}
