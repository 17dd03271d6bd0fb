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
        let article = Article(
            id: "a", title: "t",
            text: """
            Indonesia and Malaysia signed a defence pact with Japan on Monday, while China condemned \
            the United States. The Philippines stood with its allies. Retno Marsudi met Wang Yi in Jakarta. \
            Indonesia mengecam Israel dan menandatangani perjanjian dengan Australia.
            """,
            path: "fuzz.txt")
        Fuzz.run { bytes in
            let lexicon = try Fuzz.withFile(bytes, named: "lexicon.yaml") { try bundled.merging([$0]) }
            _ = Extractor(lexicon: lexicon).extract(article)
        }
    }
}
