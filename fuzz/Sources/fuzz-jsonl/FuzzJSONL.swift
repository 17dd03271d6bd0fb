import FuzzSupport
import RelmapCorpus

/// A JSON Lines file read as articles (`corpus.jsonl`) and as an index of metadata (`--meta`).
@main
enum FuzzJSONL {
    static func main() {
        Fuzz.run { bytes in
            try Fuzz.withFile(bytes, named: "articles.jsonl") { path in
                _ = try? JSONLines.readMetadata(path)
                try Corpus(paths: [path]).forEachArticle { _ in }
            }
        }
    }
}
