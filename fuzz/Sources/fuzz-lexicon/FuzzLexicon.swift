import Foundation
import FuzzSupport
import RelmapCorpus
import RelmapExtraction

/// A user lexicon (`--lexicon FILE`) merged on the bundled one; when it loads, an article is read
/// with it, so that triggers and names of any shape meet the extractor.
@main
enum FuzzLexicon {
    static func main() {
        let bundled: Lexicon
        do { bundled = try Lexicon.bundled() } catch { fatalError("bundled lexicon: \(error)") }
        // fuzz/lexicon-article.txt: names next to common trigger words (the unit tests read it too).
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("lexicon-article.txt")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { fatalError("cannot read \(file.path)") }
        let article = Article(id: "a", title: "t", text: text, path: "fuzz.txt")
        Fuzz.run { bytes in
            let lexicon = try Fuzz.withFile(bytes, named: "lexicon.yaml") { try bundled.merging([$0]) }
            _ = Extractor(lexicon: lexicon).extract(article)
        }
    }
}
