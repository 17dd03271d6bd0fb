import FuzzSupport
import RelmapCorpus
import RelmapExtraction

/// A Markdown article (front matter optional) read as the corpus reader reads it, then read for
/// relations with the bundled lexicon.
@main
enum FuzzArticle {
    static func main() {
        let extractor: Extractor
        do { extractor = Extractor(lexicon: try Lexicon.bundled()) } catch { fatalError("bundled lexicon: \(error)") }
        Fuzz.run { bytes in
            try Fuzz.withFile(bytes, named: "article.md") { path in
                try Corpus(paths: [path]).forEachArticle { article in
                    _ = extractor.extract(article)
                }
            }
        }
    }
}
