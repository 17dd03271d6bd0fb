import Testing
@testable import RelmapCorpus

/// `--columns`: which CSV column holds each article field.
@Suite struct ArticleColumnsTests {
    @Test func pairsMapFieldsToColumns() throws {
        let c = try ArticleColumns(parsing: "text=body, date = published_at")
        #expect(c.column(of: "text") == "body")
        #expect(c.column(of: "date") == "published_at")
        #expect(c.column(of: "id") == "id")
        #expect(c.holdsArticles(header: ["published_at", "body"]))
        #expect(!c.holdsArticles(header: ["source", "target", "type"]))
        #expect(ArticleColumns().holdsArticles(header: ["id", " text "]))
    }

    @Test func unknownFieldsAndMalformedPairsAreRefused() {
        #expect(throws: ArticleColumnsError.unknownField("body")) { _ = try ArticleColumns(parsing: "body=text") }
        #expect(throws: ArticleColumnsError.malformed("text")) { _ = try ArticleColumns(parsing: "text") }
        #expect(throws: ArticleColumnsError.malformed("text=")) { _ = try ArticleColumns(parsing: "text=") }
    }
}
