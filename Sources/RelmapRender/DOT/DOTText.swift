import RelmapGraph

/// What Graphviz's C library can be handed and what its DOT holds: the checks before a map or a
/// DOT export is made, and the reading of the labels relmap writes.
///
/// cgraph takes C strings, so a NUL ends a name early (two ids that differ after a NUL would be one
/// node). Its DOT writer escapes only `"`, and its reader (Graphviz 2.42) keeps `\\` as two
/// characters and drops a backslash before a line break: a value with an odd run of backslashes
/// before a `"` or at its end, or a backslash before a line break, cannot be written as DOT and
/// read back. Those are refused with an ``ExportError`` rather than written wrong.
enum DOTText {
    /// Refuses a graph with a value Graphviz cannot take in `format` (NUL anywhere; in DOT, the
    /// backslash sequences above in the values written as they are).
    static func checkWritable(_ g: RelationGraph, format: MapFormat) throws(ExportError) {
        let name = format.rawValue.uppercased()
        func check(_ s: String?, _ field: @autoclosure () -> String) throws(ExportError) {
            guard let s, s.utf8.contains(where: { $0 == 0 || $0 == 0x5C }) else { return }
            if s.utf8.contains(0) {
                throw ExportError(
                    format: name, reason: "Graphviz cannot take the NUL character in \(field()) \"\(ExportError.shown(s))\" (it would merge names): remove it from the input, or export as JSON or CSV")
            }
            if format == .dot, let problem = backslashProblem(s) {
                throw ExportError(format: name, reason: "DOT cannot hold \(problem) in \(field()) \"\(ExportError.shown(s))\": export as JSON, GraphML or GEXF")
            }
        }
        for n in g.nodes {
            try check(n.id, "a node id")
            try check(n.kind.rawValue, "the kind of node \(ExportError.shown(n.id))")
            try check(n.state, "the state of node \(ExportError.shown(n.id))")
            if n.label.utf8.contains(0) { try check(n.label, "the label of node \(ExportError.shown(n.id))") }
        }
        for e in g.edges {
            let owner = "edge \(ExportError.shown(g.nodes[e.source].id)) -> \(ExportError.shown(g.nodes[e.target].id))"
            try check(e.type, "the type of \(owner)")
            try check(e.polarity?.rawValue, "the polarity of \(owner)")
        }
    }

    /// What in `s` DOT cannot hold, if anything.
    static func backslashProblem(_ s: String) -> String? {
        var run = 0
        for c in s.utf8 {
            if c == 0x5C { run += 1; continue }
            if run > 0, c == 0x0A || c == 0x0D { return "a backslash before a line break" }
            if run % 2 == 1, c == 0x22 { return "an odd number of backslashes before a quote" }
            run = 0
        }
        return run % 2 == 1 ? "an odd number of backslashes at the end" : nil
    }

    /// `s` as a Graphviz escString (labels, tooltips): a backslash is `\\`.
    static func escape(_ s: String) -> String { s.replacingOccurrences(of: "\\", with: "\\\\") }

    /// The label of node `id` from the escString relmap writes (`Name\nID` for states,
    /// `Name\nSTATE` for an actor of a state, `Name` otherwise), or a label another tool wrote:
    /// `\\` is a backslash, `\n`, `\l` and `\r` are line breaks, `\N` is the node's name; nil when
    /// the label is only the name.
    static func label(_ written: String, id: String, state: String? = nil) -> String? {
        var lines: [String] = [""]
        var chars = written.makeIterator()
        while let c = chars.next() {
            guard c == "\\" else { lines[lines.count - 1].append(c); continue }
            switch chars.next() {
            case "\\": lines[lines.count - 1].append("\\")
            case "n", "l", "r": lines.append("")
            case "N": lines[lines.count - 1] += id
            case let other?: lines[lines.count - 1] += "\\" + String(other)
            case nil: lines[lines.count - 1].append("\\")
            }
        }
        // relmap's own: the last line is the id.
        if lines.count > 1, lines.last == id || (state != nil && lines.last == state) { lines.removeLast() }
        let label = lines.joined(separator: "\n")
        return label == id ? nil : label
    }
}
