import Foundation

/// Edge lists as CSV: `source,target[,type][,weight]`, with or without a header line. Named
/// columns may come in any order; rows for the same pair and type add up.
public enum EdgeListCSV {
    /// Reads an edge list; `directedTypes` says which types are directed (others are symmetric;
    /// an edge list without types is undirected).
    public static func decode(_ text: String, path: String, directedTypes: Set<String> = []) throws(GraphError) -> RelationGraph {
        var g = RelationGraph()
        var columns: (s: Int, t: Int, type: Int?, w: Int?) = (0, 1, nil, nil)
        var index: [String: Int] = [:]
        var lineNo = 0
        var headerSeen = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = try split(line, path: path, line: lineNo)
            if !headerSeen {
                headerSeen = true
                let names = fields.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
                if let s = names.firstIndex(of: "source"), let t = names.firstIndex(of: "target") {
                    columns = (s, t, names.firstIndex(of: "type"), names.firstIndex(of: "weight"))
                    continue
                }
                if fields.count >= 4 { columns = (0, 1, 2, 3) }
                else if fields.count == 3 { columns = Double(fields[2]) != nil ? (0, 1, nil, 2) : (0, 1, 2, nil) }
            }
            guard fields.count > max(columns.s, columns.t) else {
                throw GraphError(path: path, line: lineNo, reason: "expected source,target[,type][,weight]")
            }
            let s = fields[columns.s].trimmingCharacters(in: .whitespaces)
            let t = fields[columns.t].trimmingCharacters(in: .whitespaces)
            guard !s.isEmpty, !t.isEmpty else { throw GraphError(path: path, line: lineNo, reason: "empty source or target") }
            let type = columns.type.flatMap { $0 < fields.count ? fields[$0].trimmingCharacters(in: .whitespaces) : nil } ?? "relation"
            var weight = 1.0
            if let w = columns.w, w < fields.count, !fields[w].isEmpty {
                guard let v = Double(fields[w].trimmingCharacters(in: .whitespaces)), v.isFinite, v >= 0 else {
                    throw GraphError(path: path, line: lineNo, reason: "weight \"\(fields[w])\" is not a non-negative number")
                }
                weight = v
            }
            let directed = directedTypes.contains(type)
            var (a, b) = (s, t)
            if !directed && b < a { swap(&a, &b) }
            let ai = g.addNode(.init(id: a)), bi = g.addNode(.init(id: b))
            let key = "\(a)\u{1}\(b)\u{1}\(type)"
            if let i = index[key] {
                g.edges[i].weight += weight
                g.edges[i].mentions += 1
            } else {
                index[key] = g.edges.count
                g.edges.append(.init(source: ai, target: bi, type: type, directed: directed, weight: weight))
            }
        }
        return g
    }

    /// Splits one CSV line, with RFC 4180 quoting.
    static func split(_ line: String, path: String, line number: Int) throws(GraphError) -> [String] {
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
