import Foundation

/// Edge lists as CSV: `source,target[,type][,weight]`, with or without a header line. Named
/// columns may come in any order; rows for the same pair and type add up. relmap's own
/// `edges.csv` also carries `directed`, `mentions`, `articles`, `first`, `last`, `confidence` and
/// `polarity`, and its `nodes.csv` the labels and kinds (``applyNodes(_:to:path:)``).
public enum EdgeListCSV {
    /// Reads an edge list; `directedTypes` says which types are directed (others are symmetric;
    /// an edge list without types is undirected).
    public static func decode(_ text: String, path: String, directedTypes: Set<String> = []) throws(GraphError) -> RelationGraph {
        var g = RelationGraph()
        var columns: (s: Int, t: Int, type: Int?, w: Int?) = (0, 1, nil, nil)
        var extra: [String: Int] = [:]
        var index: [String: Int] = [:]
        var lineNo = 0
        var headerSeen = false
        for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNo += 1
            let line = String(decoding: raw.last == 0x0D ? raw.dropLast() : raw, as: UTF8.self)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = try split(line, path: path, line: lineNo)
            if !headerSeen {
                headerSeen = true
                let names = fields.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
                if let s = names.firstIndex(of: "source"), let t = names.firstIndex(of: "target") {
                    columns = (s, t, names.firstIndex(of: "type"), names.firstIndex(of: "weight"))
                    for key in ["directed", "mentions", "articles", "first", "last", "confidence", "polarity"] {
                        if let i = names.firstIndex(of: key) { extra[key] = i }
                    }
                    continue
                }
                if fields.count >= 4 { columns = (0, 1, 2, 3) }
                else if fields.count == 3 { columns = Double(fields[2]) != nil ? (0, 1, nil, 2) : (0, 1, 2, nil) }
            }
            guard fields.count > max(columns.s, columns.t) else {
                throw GraphError(path: path, line: lineNo, reason: "expected source,target[,type][,weight]")
            }
            let s = trim(fields[columns.s])
            let t = trim(fields[columns.t])
            guard !s.isEmpty, !t.isEmpty else { throw GraphError(path: path, line: lineNo, reason: "empty source or target") }
            let type = columns.type.flatMap { $0 < fields.count ? trim(fields[$0]) : nil } ?? "relation"
            var weight = 1.0
            if let w = columns.w, w < fields.count, !fields[w].isEmpty {
                guard let v = Double(trim(fields[w])), v.isFinite, v >= 0 else {
                    throw GraphError(path: path, line: lineNo, reason: "weight \"\(fields[w])\" is not a non-negative number")
                }
                weight = v
            }
            func field(_ key: String) -> String? {
                guard let i = extra[key], i < fields.count, !fields[i].isEmpty else { return nil }
                return fields[i]
            }
            let directed = field("directed").map { $0 == "true" || $0 == "1" } ?? directedTypes.contains(type)
            var (a, b) = (s, t)
            if !directed && b < a { swap(&a, &b) }
            let ai = g.addNode(.init(id: a)), bi = g.addNode(.init(id: b))
            let key = "\(a)\u{1}\(b)\u{1}\(type)"
            if let i = index[key] {
                g.edges[i].weight += weight
                g.edges[i].mentions += 1
            } else {
                index[key] = g.edges.count
                g.edges.append(.init(source: ai, target: bi, type: type, directed: directed, weight: weight,
                                     mentions: field("mentions").flatMap { Int($0) } ?? 1,
                                     articles: field("articles").flatMap { Int($0) } ?? 1,
                                     first: field("first"), last: field("last"),
                                     confidence: field("confidence").flatMap { Double($0) } ?? 1,
                                     polarity: field("polarity")))
            }
        }
        return g
    }

    /// Labels, kinds and states from a `nodes.csv` (`id,label,kind,state`) applied to `graph`;
    /// nodes without edges are added.
    public static func applyNodes(_ text: String, to graph: RelationGraph, path: String) throws(GraphError) -> RelationGraph {
        var rows: [[String]] = []
        var lineNo = 0
        for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: true) {
            lineNo += 1
            let line = String(decoding: raw.last == 0x0D ? raw.dropLast() : raw, as: UTF8.self)
            rows.append(try split(line, path: path, line: lineNo))
        }
        guard let header = rows.first?.map({ $0.lowercased() }), let idColumn = header.firstIndex(of: "id") else {
            throw GraphError(path: path, line: 1, reason: "expected a header with an id column")
        }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        var g = RelationGraph()
        g.attributes = graph.attributes
        var info: [String: RelationGraph.Node] = [:]
        for row in rows.dropFirst() where idColumn < row.count {
            let id = row[idColumn]
            func value(_ name: String) -> String? { column(name).flatMap { $0 < row.count && !row[$0].isEmpty ? row[$0] : nil } }
            info[id] = .init(id: id, label: value("label"), kind: value("kind") ?? "state", state: value("state"))
            g.addNode(info[id]!)
        }
        for n in graph.nodes where info[n.id] == nil { g.addNode(n) }
        for e in graph.edges {
            var copy = e
            copy.source = g.addNode(graph.nodes[e.source])
            copy.target = g.addNode(graph.nodes[e.target])
            g.edges.append(copy)
        }
        return g
    }

    private static func trim(_ s: String) -> String {
        guard let f = s.utf8.first, let l = s.utf8.last, f == 0x20 || l == 0x20 || f == 0x09 || l == 0x09 else { return s }
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// Splits one CSV line, with RFC 4180 quoting.
    static func split(_ line: String, path: String, line number: Int) throws(GraphError) -> [String] {
        // Most lines have no quotes: split their bytes at commas.
        if !line.utf8.contains(0x22) {
            return line.utf8.split(separator: 0x2C, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }
        var fields: [String] = []
        var current = ""
        var quoted = false
        var chars = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = chars.next() {
                        if n == "\"" { current.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else { current.append(c) }
            } else if c == "\"" && current.isEmpty {
                quoted = true
            } else if c == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        if quoted { throw GraphError(path: path, line: number, reason: "unclosed quote") }
        fields.append(current)
        return fields
    }
}
