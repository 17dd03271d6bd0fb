/// An edge's evidence as one text, for formats whose attributes are plain strings (GraphML for
/// yEd, GEXF for Gephi, which show it in their data tables): a line a mention whose sentence the
/// graph keeps, `ARTICLE #SENTENCE "TRIGGER": SENTENCE`, then one line counting the mentions kept
/// without their sentence (the graph keeps the first few an edge; the JSON lists every mention).
enum EvidenceText {
    /// The evidence of `edge`, or nil when it has none.
    static func of(_ edge: RelationGraph.Edge) -> String? {
        guard !edge.evidence.isEmpty else { return nil }
        var lines: [String] = []
        var withoutText = 0
        for ev in edge.evidence {
            guard let text = ev.text else {
                withoutText += 1
                continue
            }
            lines.append("\(ev.article) #\(ev.sentence) \"\(ev.trigger)\": \(text)")
        }
        if withoutText > 0 {
            lines.append("(\(withoutText) more mention\(withoutText == 1 ? "" : "s") without the sentence kept; the graph JSON lists each)")
        }
        return lines.joined(separator: "\n")
    }
}
