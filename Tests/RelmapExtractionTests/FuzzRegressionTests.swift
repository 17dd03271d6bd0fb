import Foundation
import RelmapCorpus
import Testing
@testable import RelmapExtraction

/// The seed corpora of the `article` and `lexicon` fuzz targets (`fuzz/corpus`), read the way the
/// targets read them, without the sanitizers: the inputs the fuzzers found (`regression-*`) stay
/// fixed in the test command too.
@Suite struct FuzzRegressionTests {
    /// The files of fuzz target `target`'s seed corpus.
    static func seeds(_ target: String) -> [URL] {
        let folder = repositoryRoot.appendingPathComponent("fuzz/corpus/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The article the lexicon fuzz target reads with each lexicon (`fuzz/lexicon-article.txt`).
    static let article: Article = {
        let url = repositoryRoot.appendingPathComponent("fuzz/lexicon-article.txt")
        return Article(id: "a", title: "t", text: (try? String(contentsOf: url, encoding: .utf8)) ?? "", path: "fuzz.txt")
    }()

    @Test func articleSeedsReadAndExtract() throws {
        let files = Self.seeds("article")
        #expect(!files.isEmpty)
        for file in files {
            // Each seed under its own .md name, as the fuzz target writes it.
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("relmap-fuzz-seed-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let path = dir.appendingPathComponent("article.md").path
            try FileManager.default.copyItem(atPath: file.path, toPath: path)
            try? Corpus(paths: [path]).forEachArticle { _ = sharedExtractor.extract($0) }
        }
    }

    @Test func lexiconSeedsMergeAndExtract() {
        let files = Self.seeds("lexicon")
        #expect(!files.isEmpty)
        for file in files {
            guard let merged = try? bundledLexicon.merging([file.path]) else { continue }
            _ = Extractor(lexicon: merged).extract(Self.article)
        }
    }

    /// Found by the lexicon fuzzer: a trigger with a name inside its gap, read as an apposition
    /// (`{words: "with ... China", apposition: true}`), made a reversed range (a trap).
    @Test func appositionTriggerWithNameInside() throws {
        let file = Self.seeds("lexicon").first { $0.lastPathComponent == "regression-apposition-with-name.yaml" }
        let merged = try bundledLexicon.merging([try #require(file).path])
        _ = Extractor(lexicon: merged).extract(Self.article)
    }
}
