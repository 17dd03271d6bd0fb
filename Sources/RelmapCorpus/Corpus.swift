import Foundation

/// A corpus: the article files under some paths, found recursively and read lazily in a stable order.
///
/// A folder's `index.jsonl` is metadata, not articles: its lines (`id`, `date`, `lang`, `source`)
/// complete the articles of that folder and below. `--meta FILE` overrides them.
public struct Corpus: Sendable {
    /// The article files, sorted by path.
    public let sources: [ArticleSource]

    /// Finds the article files under `paths`.
    ///
    /// - Throws: ``CorpusError/pathNotFound(path:)`` for a missing path,
    ///   ``CorpusError/noArticles(path:)`` when a path holds no article file,
    ///   and any error reading an `index.jsonl` or the `metaFile`.
    public init(paths: [String], metaFile: String? = nil) throws(CorpusError) {
        let fm = FileManager.default
        var overrides: [String: ArticleMetadata] = [:]
        if let metaFile {
            guard fm.fileExists(atPath: metaFile) else { throw .pathNotFound(path: metaFile) }
            overrides = try JSONLines.readMetadata(metaFile)
        }
        var found: [ArticleSource] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .pathNotFound(path: path) }
            if isDirectory.boolValue {
                let before = found.count
                try Self.collect(folder: path, inherited: [:], overrides: overrides, into: &found)
                if found.count == before { throw .noArticles(path: path) }
            } else {
                guard let kind = ArticleSource.kind(forPath: path) else { throw .unsupportedFile(path: path) }
                let folder = (path as NSString).deletingLastPathComponent
                let indexPath = (folder.isEmpty ? "." : folder) + "/index.jsonl"
                var index: [String: ArticleMetadata] = [:]
                if !path.hasSuffix("index.jsonl"), fm.fileExists(atPath: indexPath) {
                    index = try JSONLines.readMetadata(indexPath)
                }
                found.append(ArticleSource(path: path, kind: kind,
                                           metadata: MetadataTable(index: index, overrides: overrides)))
            }
        }
        sources = found
    }

    private static func collect(
        folder: String, inherited: [String: ArticleMetadata], overrides: [String: ArticleMetadata],
        into found: inout [ArticleSource]
    ) throws(CorpusError) {
        let entries = try DirectoryListing.entries(of: folder)
        var index = inherited
        if entries.contains(where: { $0.name == "index.jsonl" && !$0.isDirectory }) {
            let own = try JSONLines.readMetadata(folder + "/index.jsonl")
            if index.isEmpty { index = own } else { index.merge(own) { _, new in new } }
        }
        let table = MetadataTable(index: index, overrides: overrides)
        for entry in entries where !entry.name.hasPrefix(".") {
            let name = entry.name
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if entry.isDirectory {
                try collect(folder: path, inherited: index, overrides: overrides, into: &found)
            } else if name != "index.jsonl", let kind = ArticleSource.kind(forPath: name) {
                found.append(ArticleSource(path: path, kind: kind, metadata: table))
            }
        }
    }

    /// Reads every article in order and passes each to `body`; one article is held at a time.
    public func forEachArticle(_ body: (Article) throws -> Void) throws {
        for source in sources { try source.forEachArticle(body) }
    }

    /// Reads every article into memory. Convenient for small corpora and tests.
    public func articles() throws -> [Article] {
        var all: [Article] = []
        try forEachArticle { all.append($0) }
        return all
    }
}
