import Foundation
import RelmapCorpus

/// Reads node-link JSON for ``GraphJSON/decode(_:path:)`` in one pass over its bytes with
/// ``JSONScanner``: nodes and edges go into the graph as they are read (an edge list that comes
/// before the nodes, or before the graph's `directed`, is read once they are known), parallel
/// edges add up as they come, and every field is checked for its type and range.
struct GraphJSONReader {
    let path: String
    var g = RelationGraph()
    var graphDirected = false
    /// The relation types met, numbered for ``EdgeSlots``.
    var typeIndex: [String: Int] = [:]
    var slots = EdgeSlots(capacity: 1024)
    /// The first sum of parallel weights past the limit, reported once the ids are checked.
    var overflow: GraphError?

    init(path: String) {
        self.path = path
    }

    /// The graph in `bytes`.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(GraphError) -> RelationGraph {
        var scanner = JSONScanner(bytes, path: path)
        guard scanner.peek() == 0x7B else {
            _ = try scanner.value(depth: 0)
            try scanner.end()
            throw GraphError(path: path, reason: "expected a JSON object with \"nodes\" and \"edges\"")
        }
        var directed: JSONScanner.Value?
        var nodesRead = false, nodesSeen = false, edgesRead = false
        var edges: JSONScanner.Value?, links: JSONScanner.Value?
        try scanner.object(depth: 0) { s, key throws(GraphError) in
            switch Key(key) {
            case .directed:
                directed = try s.value(depth: 1)
            case .graph where s.peek() == 0x7B:
                try s.object(depth: 1) { s, name throws(GraphError) in
                    let k = String(decoding: name, as: UTF8.self)
                    switch try s.value(depth: 2) {
                    case .string(let v) where k != "generator": g.attributes[k] = v
                    case .number(_, let text) where k != "generator": g.attributes[k] = text
                    case .bool(let v) where k != "generator": g.attributes[k] = v ? "true" : "false"
                    default: break
                    }
                }
            case .nodes where s.peek() == 0x5B:
                nodesSeen = true
                try nodes(&s)
                nodesRead = true
            case .nodes:
                nodesSeen = false
                _ = try s.value(depth: 1)
            case .edges where nodesRead && directed != nil && s.peek() == 0x5B:
                graphDirected = try Self.bool(directed, "directed", of: "the graph", path: path) ?? false
                try self.edges(&s)
                edgesRead = true
            case .edges:
                edges = try s.value(depth: 1)
            case .links:
                links = try s.value(depth: 1)
            default:
                _ = try s.value(depth: 1)
            }
        }
        try scanner.end()
        guard nodesSeen else { throw GraphError(path: path, reason: "missing \"nodes\" list: not a node-link graph") }
        if !edgesRead {
            switch edges ?? links {
            case .array(let start):
                graphDirected = try Self.bool(directed, "directed", of: "the graph", path: path) ?? false
                scanner.i = start
                try self.edges(&scanner)
            case nil: break
            default: throw GraphError(path: path, reason: "\"edges\" is not a list")
            }
        }
        if g.nodes.contains(where: { $0.id.isEmpty }) {
            throw GraphError(path: path, reason: "a node has an empty id: give every node a name")
        }
        if let overflow { throw overflow }
        return g
    }

    /// The keys relmap reads.
    enum Key: Int, CaseIterable {
        case directed, graph, nodes, edges, links
        case id, label, kind, state
        case source, target, key, type, weight, mentions, articles, first, last, confidence, polarity, evidence
        case evidenceOmitted, article, sentence, trigger, text
        case other

        init(_ k: UnsafeBufferPointer<UInt8>) {
            func eq(_ name: StaticString) -> Bool {
                name.utf8CodeUnitCount == k.count && memcmp(name.utf8Start, k.baseAddress ?? name.utf8Start, k.count) == 0
            }
            switch k.first {
            case 0x61: self = eq("articles") ? .articles : eq("article") ? .article : .other
            case 0x63: self = eq("confidence") ? .confidence : .other
            case 0x64: self = eq("directed") ? .directed : .other
            case 0x65: self = eq("edges") ? .edges : eq("evidence") ? .evidence : eq("evidence_omitted") ? .evidenceOmitted : .other
            case 0x66: self = eq("first") ? .first : .other
            case 0x67: self = eq("graph") ? .graph : .other
            case 0x69: self = eq("id") ? .id : .other
            case 0x6B: self = eq("key") ? .key : eq("kind") ? .kind : .other
            case 0x6C: self = eq("label") ? .label : eq("last") ? .last : eq("links") ? .links : .other
            case 0x6D: self = eq("mentions") ? .mentions : .other
            case 0x6E: self = eq("nodes") ? .nodes : .other
            case 0x70: self = eq("polarity") ? .polarity : .other
            case 0x73: self = eq("source") ? .source : eq("state") ? .state : eq("sentence") ? .sentence : .other
            case 0x74: self = eq("target") ? .target : eq("type") ? .type : eq("trigger") ? .trigger : eq("text") ? .text : .other
            case 0x77: self = eq("weight") ? .weight : .other
            default: self = .other
            }
        }
    }

    // MARK: Nodes

    /// The node list, at the scanner.
    mutating func nodes(_ scanner: inout JSONScanner) throws(GraphError) {
        try scanner.array(depth: 1) { s, n throws(GraphError) in
            func owner() -> String { "node \(n + 1)" }
            guard s.peek() == 0x7B else {
                _ = try s.value(depth: 2)
                throw GraphError(path: path, reason: "\(owner()) is not a JSON object")
            }
            let m = try Members(&s, depth: 2)
            guard let id = try Self.id(m[.id], "id", of: owner(), path: path) else { throw GraphError(path: path, reason: "\(owner()) has no \"id\"") }
            guard g.nodeIndex(id) == nil else { throw GraphError.nodeListedTwice(id, path: path, line: nil) }
            g.addNode(
                .init(
                    id: id, label: try Self.id(m[.label], "label", of: owner(), path: path),
                    kind: try Self.string(m[.kind], "kind", of: owner(), path: path).map(ActorKind.init(rawValue:)) ?? .state,
                    state: try Self.string(m[.state], "state", of: owner(), path: path)))
        }
    }

    // MARK: Edges

    /// The members of an object whose keys relmap reads, checked once the object is done (an
    /// edge's source and target name it in messages, wherever they stand in it).
    struct Members {
        private var values = [JSONScanner.Value?](repeating: nil, count: Key.allCases.count)

        /// Reads the object at `s`.
        init(_ s: inout JSONScanner, depth: Int) throws(GraphError) {
            var values = self.values
            try s.object(depth: depth) { s, key throws(GraphError) in
                let v = try s.value(depth: depth + 1)
                values[Key(key).rawValue] = v
            }
            self.values = values
        }

        /// The value of `key`, if the object has it.
        subscript(_ key: Key) -> JSONScanner.Value? { values[key.rawValue] }
    }

    /// The edge list, at the scanner.
    mutating func edges(_ scanner: inout JSONScanner) throws(GraphError) {
        try scanner.array(depth: 1) { s, n throws(GraphError) in
            guard s.peek() == 0x7B else {
                _ = try s.value(depth: 2)
                throw GraphError(path: path, reason: "edge \(n + 1) is not a JSON object")
            }
            let f = try Members(&s, depth: 2)
            let evidenceScanner = s
            try edge(f, index: n + 1, evidenceScanner)
        }
    }

    /// Adds the edge of `f`, the `index`th of the list (from 1).
    mutating func edge(_ f: Members, index: Int, _ evidenceScanner: JSONScanner) throws(GraphError) {
        guard let s = try Self.id(f[.source], "source", of: "edge \(index)", path: path),
            let t = try Self.id(f[.target], "target", of: "edge \(index)", path: path)
        else {
            throw GraphError(path: path, reason: "edge \(index) needs \"source\" and \"target\"")
        }
        func owner() -> String { "edge \(index) (\(s) -> \(t))" }
        let si = g.addNode(.init(id: s)), ti = g.addNode(.init(id: t))
        let evidence = try self.evidence(f[.evidence], of: owner, scanner: evidenceScanner)
        let type = try Self.id(f[.type], "type", of: owner(), path: path), key = try Self.id(f[.key], "key", of: owner(), path: path)
        var e = RelationGraph.Edge(
            source: si, target: ti, type: type ?? key ?? "relation",
            directed: try Self.bool(f[.directed], "directed", of: owner(), path: path) ?? graphDirected,
            weight: try number(f[.weight], .weight, of: owner()) ?? 1,
            mentions: Int(try number(f[.mentions], .mentions, of: owner()) ?? 1),
            articles: Int(try number(f[.articles], .articles, of: owner()) ?? 1),
            first: try DateField.first.value(try Self.string(f[.first], "first", of: owner(), path: path), of: owner(), path: path),
            last: try DateField.last.value(try Self.string(f[.last], "last", of: owner(), path: path), of: owner(), path: path),
            confidence: try number(f[.confidence], .confidence, of: owner()) ?? 1,
            polarity: try Self.string(f[.polarity], "polarity", of: owner(), path: path).map(Polarity.init(rawValue:)),
            evidence: evidence)
        if let omitted = try number(f[.evidenceOmitted], .evidenceOmitted, of: owner()) {
            // The mentions an edge has are at least those whose sentences it lists and those it counts.
            let kept = evidence.reduce(0) { $0 + ($1.text == nil ? 0 : 1) }
            if f[.mentions] == nil || e.mentions < kept + Int(omitted) { e.mentions = min(kept + Int(omitted), NumberField.maxCount) }
        }
        let typeID = typeIndex[e.type] ?? typeIndex.count
        if typeID == typeIndex.count { typeIndex[e.type] = typeID }
        let (a, b) = e.directed || e.source <= e.target ? (e.source, e.target) : (e.target, e.source)
        guard let i = slots.edge(source: a, target: b, type: typeID, directed: e.directed) else {
            g.edges.append(e)
            return
        }
        guard g.edges[i].weight + e.weight <= NumberField.maxWeight else {
            if overflow == nil {
                overflow = GraphError(path: path, reason: "the weights of the edges \(s) -> \(t) (\(e.type)) add up past 10^15")
            }
            return
        }
        RelationGraph.add(e, into: &g.edges[i])
    }

    /// The evidence list `v` of the edge `owner`, read with `scanner` (which has read past it).
    func evidence(_ v: JSONScanner.Value?, of owner: () -> String, scanner: JSONScanner) throws(GraphError) -> [RelationGraph.Evidence] {
        switch v {
        case nil, .null?: return []
        case .array(let start)?:
            var s = scanner
            s.i = start
            var out: [RelationGraph.Evidence] = []
            try s.array(depth: 3) { s, _ throws(GraphError) in
                guard s.peek() == 0x7B else { throw GraphError(path: path, reason: "evidence of \(owner()) holds something other than objects") }
                let m = try Members(&s, depth: 4)
                out.append(
                    RelationGraph.Evidence(
                        article: try Self.id(m[.article], "article", of: owner(), path: path) ?? "",
                        sentence: Int(try number(m[.sentence], .sentence, of: owner()) ?? 0),
                        trigger: try Self.string(m[.trigger], "trigger", of: owner(), path: path) ?? "",
                        text: try Self.string(m[.text], "text", of: owner(), path: path)))
            }
            return out
        default:
            throw GraphError(path: path, reason: "evidence of \(owner()) is not a list")
        }
    }

    // MARK: Typed fields

    /// A string field; nil when absent or null.
    static func string(_ v: JSONScanner.Value?, _ name: String, of owner: @autoclosure () -> String, path: String) throws(GraphError) -> String? {
        switch v {
        case nil, .null?: return nil
        case .string(let s)?: return s
        case let v?: throw wrong(v, name, owner, "a string", path: path)
        }
    }

    /// An id-like field: a string, or a number as networkx writes integer ids.
    static func id(_ v: JSONScanner.Value?, _ name: String, of owner: @autoclosure () -> String, path: String) throws(GraphError) -> String? {
        switch v {
        case nil, .null?: return nil
        case .string(let s)?: return s
        case .number(_, let text)?: return text
        case let v?: throw wrong(v, name, owner, "a string or a number", path: path)
        }
    }

    /// A boolean field.
    static func bool(_ v: JSONScanner.Value?, _ name: String, of owner: @autoclosure () -> String, path: String) throws(GraphError) -> Bool? {
        switch v {
        case nil, .null?: return nil
        case .bool(let b)?: return b
        case let v?: throw wrong(v, name, owner, "true or false", path: path)
        }
    }

    /// A number field, checked by `field`.
    func number(_ v: JSONScanner.Value?, _ field: NumberField, of owner: @autoclosure () -> String) throws(GraphError) -> Double? {
        switch v {
        case nil, .null?: return nil
        case .number(let d, let text)?:
            // The range checked here first, so that the owner is named only in a message.
            if d.isFinite, field.range.contains(d), !field.integer || d == d.rounded() { return d == 0 ? 0 : d }
            return try field.value(d, written: text, of: owner(), path: path)
        case let v?: throw Self.wrong(v, field.name, owner, "a number", path: path)
        }
    }

    private static func wrong(_ v: JSONScanner.Value, _ name: String, _ owner: () -> String, _ expected: String, path: String) -> GraphError {
        let shown: String
        switch v {
        case .string(let s): shown = "the string \"\(NumberField.shown(s))\""
        case .array: shown = "a list"
        case .object: shown = "an object"
        case .bool(let b): shown = b ? "true" : "false"
        case .number(_, let text): shown = text
        case .null: shown = "null"
        }
        return GraphError(path: path, reason: "\(name) of \(owner()) must be \(expected), not \(shown)")
    }
}
