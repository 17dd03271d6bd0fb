import Foundation
import RelmapCorpus
@testable import RelmapExtraction

/// The bundled lexicon, loaded once for all tests.
let bundledLexicon: Lexicon = {
    do { return try Lexicon.bundled() } catch { fatalError("bundled lexicon: \(error)") }
}()

let sharedExtractor = Extractor(lexicon: bundledLexicon)

/// The relations of one text, as "SRC type TGT" strings.
func relations(_ text: String, lang: String = "id", date: Day? = "2024-10-21", keepNegated: Bool = false) -> Set<String> {
    let extractor = keepNegated ? Extractor(lexicon: bundledLexicon, options: .init(keepNegated: true)) : sharedExtractor
    let article = Article(id: "t", date: date, language: lang, text: text)
    return Set(extractor.extract(article).map { "\($0.source) \($0.type) \($0.target)" })
}

/// The repository's root folder.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `../shared` beside the repository, where the evaluation data lives.
let sharedFolder = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
