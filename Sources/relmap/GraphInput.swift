import Foundation
import RelmapCorpus
import RelmapExtraction
import RelmapGraph

/// What a command's INPUT is: a corpus (articles or folders), a graph JSON file, or an edge-list CSV.
enum GraphInput {
    /// The graph of `paths`, built from articles or read from a graph file, then filtered.
    static func load(_ paths: [String], corpus: CorpusOptions, graph: GraphOptions) throws -> (RelationGraph, summary: String) {
        if paths.count == 1, let path = paths.first {
            let lower = path.lowercased()
            if lower.hasSuffix(".json") || lower.hasSuffix(".csv") || lower.hasSuffix(".graphml") {
                guard FileManager.default.fileExists(atPath: path) else { throw CorpusError.pathNotFound(path: path) }
                guard let data = FileManager.default.contents(atPath: path) else { throw CorpusError.unreadable(path: path, reason: "permission denied") }
                var g: RelationGraph
                if lower.hasSuffix(".json") {
                    g = try GraphJSON.decode(data, path: path)
                } else if lower.hasSuffix(".graphml") {
                    g = try GraphMLReader.decode(data, path: path)
                } else {
                    let text = try TextFile.decode(data, path: path)
                    let lexicon = try Lexicon.bundled().merging(corpus.lexicon)
                    let directed = Set(lexicon.types.filter(\.directed).map(\.name))
                    g = try EdgeListCSV.decode(text, path: path, directedTypes: directed)
                }
                g = graph.filter.apply(to: g)
                if g.edges.contains(where: { $0.polarity == nil }) {
                    // Edges read from files without polarity take it from the codebook.
                    let lexicon = try Lexicon.bundled().merging(corpus.lexicon)
                    for i in g.edges.indices where g.edges[i].polarity == nil {
                        g.edges[i].polarity = lexicon.type(named: g.edges[i].type)?.polarity.rawValue
                    }
                }
                return (g, "\(g.nodes.count) actors, \(g.edges.count) edges from \(path)")
            }
        }
        let (articles, relations) = try corpus.extractAll(paths)
        let lexicon = try Lexicon.bundled().merging(corpus.lexicon)
        let g = GraphBuilder(lexicon: lexicon, weight: graph.weight, filter: graph.filter).build(relations)
        let dates = articles.compactMap(\.date).sorted()
        let undated = articles.filter { $0.date == nil }.count
        var summary = "\(articles.count) articles, \(relations.count) relations"
        if let f = dates.first, let l = dates.last { summary += ", \(f) to \(l)" }
        if undated > 0 { summary += ", \(undated) undated" }
        return (g, summary)
    }
}
