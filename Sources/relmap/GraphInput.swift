import Foundation
import RelmapCorpus
import RelmapExtraction
import RelmapGraph
import RelmapGraphBuilding
import RelmapRender

/// What a command's INPUT is: a corpus (articles or folders), a graph JSON file, or an edge-list CSV.
enum GraphInput {
    /// The graph in a graph file (JSON, GraphML, GEXF, DOT, edge-list CSV, or a folder with
    /// `edges.csv`), or nil when `path` is articles.
    /// A `.csv` file whose header names the articles' text column (`columns`) is articles.
    static func readGraphFile(_ path: String, columns: ArticleColumns = ArticleColumns(), lexicon: () throws -> Lexicon) throws -> RelationGraph? {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists, isDirectory.boolValue {
            let edges = path + "/edges.csv"
            guard fm.fileExists(atPath: edges) else { return nil }
            return try readGraphFile(edges, columns: columns, lexicon: lexicon)
        }
        guard let format = GraphFileFormat(path: path) else { return nil }
        guard exists else { throw CorpusError.pathNotFound(path: path) }
        if format == .csv, columns.holdsArticles(csvAt: path) { return nil }
        // A pipe or a device is refused before it is opened.
        try InputFile.check(path)
        guard let data = fm.contents(atPath: path) else { throw CorpusError.unreadable(path: path, reason: "permission denied") }
        switch format {
        case .json: return try GraphJSON.decode(data, path: path)
        case .graphml: return try GraphMLReader.decode(data, path: path)
        case .gexf: return try GEXFReader.decode(data, path: path)
        case .dot: return try DOTReader.decode(try TextFile.decode(data, path: path), path: path)
        case .csv: break
        }
        let text = try TextFile.decode(data, path: path)
        var g = try EdgeListCSV.decode(text, path: path, directedTypes: Set(try lexicon().types.filter(\.directed).map(\.name)))
        // relmap's own export: labels and kinds from the nodes file beside it.
        if let nodes = GraphFileFormat.nodesPath(besideEdges: path), (try? InputFile.check(nodes)) != nil, let nodeData = fm.contents(atPath: nodes) {
            g = try EdgeListCSV.applyNodes(try TextFile.decode(nodeData, path: nodes), to: g, path: nodes)
        }
        return g
    }

    /// The graph of `paths`, built from articles or read from a graph file, then filtered, and a
    /// summary of where it comes from for a map's caption (the articles and their dates, or the
    /// file; the map adds what it draws); the files at `excluding` (the command's outputs) are
    /// not read as articles.
    static func load(
        _ paths: [String], corpus: CorpusOptions, graph: GraphOptions,
        excluding: [String?] = [], progress: Bool = false
    ) throws -> (RelationGraph, summary: String) {
        // The lexicon is read once, and only when a graph file needs it.
        var loaded: Lexicon?
        func lexicon() throws -> Lexicon {
            if let loaded { return loaded }
            let l = try corpus.loadLexicon()
            loaded = l
            return l
        }
        if paths.count == 1, let path = paths.first, var g = try readGraphFile(path, columns: try corpus.articleColumns(), lexicon: lexicon) {
            if !graph.typeNames.isEmpty { try graph.checkTypes(try lexicon(), graph: g) }
            g = graph.filter.apply(to: g)
            if g.edges.contains(where: { $0.polarity == nil }) {
                // Edges read from files without polarity take it from the codebook.
                let lexicon = try lexicon()
                // Looked up once a type: a graph file has few types and many edges.
                var polarities: [String: Polarity?] = [:]
                for i in g.edges.indices where g.edges[i].polarity == nil {
                    let type = g.edges[i].type
                    if polarities[type] == nil { polarities[type] = .some(lexicon.type(named: type)?.polarity) }
                    g.edges[i].polarity = polarities[type] ?? nil
                }
            }
            // The counts of what is drawn are the map's (after --top and --max-edges).
            return (g, "from \(path)")
        }
        // Each article's relations go into the graph as extraction hands them on: none are held.
        let (source, extractor) = try corpus.corpusAndExtractor(paths, excluding: excluding)
        try graph.checkTypes(extractor.lexicon.source)
        var builder = GraphBuilder(lexicon: extractor.lexicon.source, weight: graph.weight, filter: graph.filter).accumulator()
        var tally = CorpusTally()
        try corpus.extraction(extractor, progress: progress).run(
            source,
            transform: { article, found in
                (article.id, article.date, found)
            }
        ) { id, date, found in
            tally.count(id: id, date: date, relations: found.count)
            for r in found { builder.add(r) }
        }
        var summary = tally.articlesAndDates
        if !tally.undated.isEmpty { summary += ", \(tally.undated.count) undated" }
        if graph.filter.hasPeriod { CorpusOptions.warnUndated(ids: tally.undated, leftOutOf: "the period") }
        return (builder.graph(), summary)
    }
}
