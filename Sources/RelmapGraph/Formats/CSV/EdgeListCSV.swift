import Foundation
import RelmapCorpus

/// Edge lists as CSV: `source,target[,type][,weight]`, with or without a header line. Named
/// columns may come in any order; rows for the same pair and type add up, as parallel edges do in
/// every reader (``RelationGraph/mergingParallelEdges(path:)``). relmap's own
/// `edges.csv` also carries `directed`, `mentions`, `articles`, `first`, `last`, `confidence` and
/// `polarity`, and its `nodes.csv` the labels and kinds (``applyNodes(_:to:path:)``).
public enum EdgeListCSV {
    /// Header names read as the source, target, type and weight columns (`src,dst,w` as well as
    /// `source,target,weight`).
    static let synonyms: [(column: String, names: Set<String>)] = [
        ("source", ["source", "src", "from", "u", "node1", "actor1", "source_id"]),
        ("target", ["target", "dst", "to", "v", "node2", "actor2", "target_id", "dest", "destination"]),
        ("type", ["type", "relation", "rel", "key", "label"]),
        ("weight", ["weight", "w", "value", "count"])
    ]
    /// relmap's own columns beyond those.
    static let extraColumns = ["directed", "mentions", "articles", "first", "last", "confidence", "polarity"]

    /// Reads an edge list; `directedTypes` says which types are directed (others are symmetric;
    /// an edge list without types is undirected). A first line that names columns is a header;
    /// one that looks like a header but names no source and target is an error, as is any row
    /// that cannot be read (with its line).
    ///
    /// Read in one pass over the UTF-8 bytes: ids and types are interned as bytes (a String is
    /// made once for each distinct one), a plain weight is read from its digits, and a row of a
    /// pair and type met before adds into that edge at once.
    public static func decode(_ text: String, path: String, directedTypes: Set<String> = []) throws(GraphError) -> RelationGraph {
        var text = text
        return try text.withUTF8 { bytes in
            Result { () throws(GraphError) in
                var reader = Reader(bytes, path: path, directedTypes: directedTypes)
                return try reader.read()
            }
        }.get()
    }

    /// The state of one read: the scanner, the graph so far, and the interned ids and types.
    private struct Reader {
        var scanner: CSVRecords
        let path: String
        let directedTypes: Set<String>
        var g = RelationGraph()
        var ids: ByteInterner
        /// The graph's node index of each interned id (-1 until added: ends are added in the
        /// order of the edge, smaller id first when symmetric).
        var nodeOf: [Int] = []
        var types = ByteInterner()
        /// Each interned type field's relation type (an index into `typeNames`) and, for Gephi's
        /// Directed or Undirected, the direction it names.
        var typeOf: [(type: Int, direction: Bool?)] = []
        var typeNames: [String] = ["relation"]
        var typeIndex: [String: Int] = ["relation": 0]
        /// The edge each pair and type is in.
        var edgeOf: EdgeSlots

        init(_ bytes: UnsafeBufferPointer<UInt8>, path: String, directedTypes: Set<String>) {
            scanner = CSVRecords(bytes, path: path)
            self.path = path
            self.directedTypes = directedTypes
            // About a row a line: room made once.
            let lines = bytes.reduce(into: 0) { n, c in if c == 0x0A { n += 1 } }
            g.edges.reserveCapacity(lines + 1)
            edgeOf = EdgeSlots(capacity: lines + 1)
            ids = ByteInterner(capacity: min(lines + 1, 1 << 16))
        }

        mutating func read() throws(GraphError) -> RelationGraph {
            guard let firstLine = try scanner.next() else { return RelationGraph() }
            let header = scanner.strings()
            var columns = Columns(width: header.count)
            var ahead = scanner
            let next = try ahead.next() != nil ? ahead.strings() : nil
            var line: Int? = firstLine
            if let named = try Columns(header: header, next: next, path: path, line: firstLine) {
                columns = named
                line = try scanner.next()
            }
            while let lineNo = line {
                try row(columns, line: lineNo)
                line = try scanner.next()
            }
            return g
        }

        /// Adds the current record, a row of data at `lineNo`.
        mutating func row(_ columns: Columns, line lineNo: Int) throws(GraphError) {
            let width = scanner.count
            guard width > max(columns.s, columns.t) else {
                throw GraphError(path: path, line: lineNo, reason: "\(width) field\(width == 1 ? "" : "s") where source,target[,type][,weight] was expected")
            }
            guard !scanner.isEmpty(columns.s), !scanner.isEmpty(columns.t) else { throw GraphError(path: path, line: lineNo, reason: "empty source or target") }
            let si = intern(columns.s), ti = intern(columns.t)
            let s = ids.strings[si], t = ids.strings[ti]
            var typeID = 0
            var gephiDirection: Bool?
            if let k = columns.type, k < width, !scanner.isEmpty(k) { (typeID, gephiDirection) = type(k) }
            let type = typeNames[typeID]
            func field(_ i: Int?) -> String? {
                guard let i, i < width, !scanner.isEmpty(i) else { return nil }
                return scanner.string(i)
            }
            func number(_ f: NumberField, _ i: Int?) throws(GraphError) -> Double? {
                guard let text = field(i) else { return nil }
                return try f.value(text, of: "edge \(s) -> \(t)", path: path, line: lineNo)
            }
            var weight = 1.0
            if let k = columns.w, k < width, !scanner.isEmpty(k) {
                let plain = if let p = scanner.inPlace(k) { Self.plainNumber(p) } else { scanner.copy(k).withUnsafeBufferPointer(Self.plainNumber) }
                if let plain { weight = plain } else { weight = try number(.weight, k) ?? 1 }
            }
            var directed = gephiDirection ?? directedTypes.contains(type)
            var edge = RelationGraph.Edge(source: 0, target: 0, type: type, directed: directed, weight: weight)
            if !columns.extra.isEmpty {
                if let d = field(columns.extra["directed"]) {
                    switch d.lowercased() {
                    case "true", "1": directed = true
                    case "false", "0": directed = false
                    default: throw GraphError(path: path, line: lineNo, reason: "directed \"\(NumberField.shown(d))\" is not true or false")
                    }
                }
                edge.directed = directed
                edge.mentions = try number(.mentions, columns.extra["mentions"]).map { Int($0) } ?? 1
                edge.articles = try number(.articles, columns.extra["articles"]).map { Int($0) } ?? 1
                edge.confidence = try number(.confidence, columns.extra["confidence"]) ?? 1
                edge.first = try DateField.first.value(field(columns.extra["first"]), of: "edge \(s) -> \(t)", path: path, line: lineNo)
                edge.last = try DateField.last.value(field(columns.extra["last"]), of: "edge \(s) -> \(t)", path: path, line: lineNo)
                edge.polarity = field(columns.extra["polarity"]).map(Polarity.init(rawValue:))
            }
            let (a, b) = !directed && t < s ? (ti, si) : (si, ti)
            edge.source = node(a)
            edge.target = node(b)
            guard let i = edgeOf.edge(source: edge.source, target: edge.target, type: typeID, directed: directed) else {
                g.edges.append(edge)
                return
            }
            guard g.edges[i].weight + weight <= NumberField.maxWeight else {
                throw GraphError(path: path, line: lineNo, reason: "the weights of edge \(s) -> \(t) add up past 10^15")
            }
            RelationGraph.add(edge, into: &g.edges[i])
        }

        /// The interned id of field `k`.
        mutating func intern(_ k: Int) -> Int {
            let id = scanner.inPlace(k).map { ids.id($0).id } ?? scanner.copy(k).withUnsafeBufferPointer { ids.id($0).id }
            if id >= nodeOf.count { nodeOf.append(-1) }
            return id
        }

        /// The graph's node for interned id `id`, added when new.
        mutating func node(_ id: Int) -> Int {
            if nodeOf[id] < 0 { nodeOf[id] = g.addNode(.init(id: ids.strings[id])) }
            return nodeOf[id]
        }

        /// The relation type of type field `k`, and the direction when it is Gephi's.
        mutating func type(_ k: Int) -> (Int, Bool?) {
            let (id, isNew) = scanner.inPlace(k).map { types.id($0) } ?? scanner.copy(k).withUnsafeBufferPointer { types.id($0) }
            if isNew {
                var name = types.strings[id]
                // Gephi's edge table has a Type column of Directed or Undirected: a direction, not a relation.
                let direction = ["directed": true, "undirected": false][name.lowercased()]
                if direction != nil { name = "relation" }
                if typeIndex[name] == nil {
                    typeIndex[name] = typeNames.count
                    typeNames.append(name)
                }
                typeOf.append((typeIndex[name] ?? 0, direction))
            }
            return typeOf[id]
        }

        /// A weight written as up to 15 decimal digits, read without making a String; nil for
        /// anything else (the general reader then reads it, or says what is wrong).
        static func plainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
            guard !bytes.isEmpty, bytes.count <= 15 else { return nil }
            var v = 0
            for c in bytes {
                guard c >= 0x30 && c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            return Double(v)
        }
    }

    /// Which field holds what.
    struct Columns {
        var s = 0, t = 1
        var type: Int?, w: Int?
        var extra: [String: Int] = [:]

        /// Columns by position: `source,target`, `source,target,weight` or
        /// `source,target,type,weight`.
        init(width: Int) {
            if width >= 4 { (type, w) = (2, 3) } else if width == 3 { w = 2 }
        }

        /// Columns named by `header`, or nil when it is a row of data.
        init?(header: [String], next: [String]?, path: String, line: Int) throws(GraphError) {
            let names = header.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
            func find(_ column: String) -> Int? {
                if let exact = names.firstIndex(of: column) { return exact }
                let set = EdgeListCSV.synonyms.first { $0.column == column }?.names ?? []
                return names.firstIndex { set.contains($0) }
            }
            guard let s = find("source"), let t = find("target"), s != t else {
                // A header of other names: text where the next row has numbers.
                if let next, zip(header, next).dropFirst(2).contains(where: { Double($0.0) == nil && Double($0.1) != nil }) {
                    throw GraphError(
                        path: path, line: line,
                        reason: "this looks like a header (\(NumberField.shown(header.joined(separator: ",")))) but names no source and target columns: name them source,target[,type][,weight]")
                }
                return nil
            }
            (self.s, self.t) = (s, t)
            type = find("type")
            w = find("weight")
            for key in EdgeListCSV.extraColumns { if let i = names.firstIndex(of: key) { extra[key] = i } }
        }
    }

    /// Labels, kinds and states from a `nodes.csv` (`id,label,kind,state`) applied to `graph`;
    /// nodes without edges are added.
    public static func applyNodes(_ text: String, to graph: RelationGraph, path: String) throws(GraphError) -> RelationGraph {
        let rows = try CSVRecords.read(text, path: path)
        guard let header = rows.first?.fields.map({ $0.lowercased() }), let idColumn = header.firstIndex(of: "id") else {
            throw GraphError(path: path, line: 1, reason: "expected a header with an id column (id,label,kind,state)")
        }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        var g = RelationGraph()
        g.attributes = graph.attributes
        var listed: Set<String> = []
        for (lineNo, row) in rows.dropFirst() {
            guard idColumn < row.count, !row[idColumn].isEmpty else { throw GraphError(path: path, line: lineNo, reason: "no id in this row") }
            let id = row[idColumn]
            guard listed.insert(id).inserted else { throw GraphError(path: path, line: lineNo, reason: "node \(NumberField.shown(id)) is listed twice") }
            func value(_ name: String) -> String? { column(name).flatMap { $0 < row.count && !row[$0].isEmpty ? row[$0] : nil } }
            g.addNode(.init(id: id, label: value("label"), kind: value("kind").map(ActorKind.init(rawValue:)) ?? .state, state: value("state")))
        }
        for n in graph.nodes where !listed.contains(n.id) { g.addNode(n) }
        for e in graph.edges {
            var copy = e
            copy.source = g.addNode(graph.nodes[e.source])
            copy.target = g.addNode(graph.nodes[e.target])
            g.edges.append(copy)
        }
        return g
    }
}
