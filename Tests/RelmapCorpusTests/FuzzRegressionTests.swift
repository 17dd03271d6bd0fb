import Foundation
import Testing
@testable import RelmapCorpus

/// The seed corpora of the front matter and JSONL fuzz targets (`fuzz/corpus`), read the way the
/// targets read them, without the sanitizers: the inputs the fuzzers found (`regression-*`) stay
/// fixed in the test command too.
@Suite struct FuzzRegressionTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fuzz/corpus")

    static func seeds(_ target: String) -> [URL] {
        let folder = corpus.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func frontMatterSeedsParse() throws {
        let files = Self.seeds("frontmatter")
        #expect(!files.isEmpty)
        for file in files {
            let data = try Data(contentsOf: file)
            guard let text = String(validating: data, as: UTF8.self) else { continue }
            _ = try? FrontMatter.parse(text, path: file.lastPathComponent)
        }
    }

    @Test func jsonlSeedsRead() throws {
        let files = Self.seeds("jsonl")
        #expect(!files.isEmpty)
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        let path = dir + "/articles.jsonl"
        for file in files {
            try? FileManager.default.removeItem(atPath: path)
            try FileManager.default.copyItem(atPath: file.path, toPath: path)
            _ = try? JSONLines.readMetadata(path)
            try? Corpus(paths: [path]).forEachArticle { _ in }
        }
    }
}
