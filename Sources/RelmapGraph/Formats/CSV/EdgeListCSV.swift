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
    public static func decode(_ text: String, path: String, directedTypes: Set<String> = []) throws(GraphError) -> RelationGraph {
        var rows = try CSVRecords.read(text, path: path)
        guard let first = rows.first else { return RelationGraph() }
        var columns = Columns(width: first.fields.count)
        if let named = try Columns(header: first.fields, next: rows.dropFirst().first?.fields, path: path, line: first.line) {
            columns = named
            rows.removeFirst()
        }
        var g = RelationGraph()
        // The sum of each pair and type's weights so far, to name the line where it passes the limit.
        var sums: [EdgeKey: Double] = [:]
        for (lineNo, fields) in rows {
            guard fields.count > max(columns.s, columns.t) else {
                throw GraphError(path: path, line: lineNo, reason: "\(fields.count) field\(fields.count == 1 ? "" : "s") where source,target[,type][,weight] was expected")
            }
            let s = fields[columns.s]
            let t = fields[columns.t]
            guard !s.isEmpty, !t.isEmpty else { throw GraphError(path: path, line: lineNo, reason: "empty source or target") }
            var type = columns.type.flatMap { $0 < fields.count ? fields[$0] : nil }.flatMap { $0.isEmpty ? nil : $0 } ?? "relation"
            // Gephi's edge table has a Type column of Directed or Undirected: a direction, not a relation.
            let gephiDirection = ["directed": true, "undirected": false][type.lowercased()]
            if gephiDirection != nil { type = "relation" }
            func field(_ i: Int?) -> String? {
                guard let i, i < fields.count else { return nil }
                let v = fields[i]
                return v.isEmpty ? nil : v
            }
            func number(_ f: NumberField, _ i: Int?) throws(GraphError) -> Double? {
                guard let text = field(i) else { return nil }
                return try f.value(text, of: "edge \(s) -> \(t)", path: path, line: lineNo)
            }
            let weight = try number(.weight, columns.w) ?? 1
            var directed = gephiDirection ?? directedTypes.contains(type)
            if let d = field(columns.extra["directed"]) {
                switch d.lowercased() {
                case "true", "1": directed = true
                case "false", "0": directed = false
                default: throw GraphError(path: path, line: lineNo, reason: "directed \"\(NumberField.shown(d))\" is not true or false")
                }
            }
            let mentions = try number(.mentions, columns.extra["mentions"]).map { Int($0) }
            let articles = try number(.articles, columns.extra["articles"]).map { Int($0) }
            let confidence = try number(.confidence, columns.extra["confidence"])
            var (a, b) = (s, t)
            if !directed && b < a { swap(&a, &b) }
            let ai = g.addNode(.init(id: a)), bi = g.addNode(.init(id: b))
            let key = EdgeKey(source: a, target: b, type: type, directed: directed)
            let sum = sums[key, default: 0] + weight
            guard sum <= NumberField.maxWeight else {
                throw GraphError(path: path, line: lineNo, reason: "the weights of edge \(s) -> \(t) add up past 10^15")
            }
            sums[key] = sum
            g.edges.append(
                .init(
                    source: ai, target: bi, type: type, directed: directed, weight: weight,
                    mentions: mentions ?? 1, articles: articles ?? 1,
                    first: try DateField.first.value(field(columns.extra["first"]), of: "edge \(s) -> \(t)", path: path, line: lineNo),
                    last: try DateField.last.value(field(columns.extra["last"]), of: "edge \(s) -> \(t)", path: path, line: lineNo),
                    confidence: confidence ?? 1, polarity: field(columns.extra["polarity"]).map(Polarity.init(rawValue:))))
        }
        return try g.mergingParallelEdges(path: path)
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
