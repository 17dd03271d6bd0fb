import Foundation
import Testing
@testable import RelmapCorpus

/// Articles from CSV files: one a record, fields found by the header, bad records named by line.
@Suite struct CSVArticlesTests {
    func write(_ text: String, _ name: String, in dir: String) throws -> String {
        let path = dir + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func recordsAreArticlesWithTheirFields() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        let path = try write(
            """
            id,date,title,text,url,lang
            a1,2024-03-01,First,"Jepang mengecam Korea Utara.
            Tokyo memanggil duta besarnya.",https://example.org/a1,id
            a2,,Second,Plain text.,,en

            """, "news.csv", in: dir)
        let articles = try Corpus(paths: [path]).articles()
        #expect(articles.map(\.id) == ["a1", "a2"])
        #expect(articles[0].text == "Jepang mengecam Korea Utara.\nTokyo memanggil duta besarnya.")
        #expect(articles[0].date == "2024-03-01" && articles[0].language == "id" && articles[0].url == "https://example.org/a1")
        #expect(articles[1].date == nil && articles[1].title == "Second")
        // The record's first line is its line: the quoted line break puts a2 on line 4.
        #expect(articles.map(\.line) == [2, 4])
    }

    @Test func otherColumnNamesAreMapped() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        let path = try write("guid,published_at,body\nx,2023-05-06,Some text.\n", "export.csv", in: dir)
        #expect(throws: CorpusError.self) { _ = try Corpus(paths: [path]).articles() }
        let columns = try ArticleColumns(parsing: "text=body,date=published_at,id=guid")
        let articles = try Corpus(paths: [path], columns: columns).articles()
        #expect(articles.map(\.id) == ["x"] && articles.first?.date == "2023-05-06" && articles.first?.text == "Some text.")
    }

    @Test func badRecordsNameTheFileAndLine() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        let short = try write("id,text\na,one\nb\n", "short.csv", in: dir)
        #expect(throws: CorpusError.malformedCSV(path: short, line: 3, reason: "1 field where the header has 2")) {
            _ = try Corpus(paths: [short]).articles()
        }
        let dated = try write("id,date,text\na,5 May,one\n", "dated.csv", in: dir)
        #expect(throws: CorpusError.malformedCSV(path: dated, line: 2, reason: "date \"5 May\" is not YYYY-MM-DD")) {
            _ = try Corpus(paths: [dated]).articles()
        }
    }

    @Test func aFolderSkipsCSVFilesThatAreNotArticles() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        _ = try write("source,target,type,weight\nJPN,PRK,protest,2\n", "edges.csv", in: dir)
        _ = try write("id,text\na,Jepang mengecam Korea Utara.\n", "news.csv", in: dir)
        let corpus = try Corpus(paths: [dir])
        #expect(corpus.sources.map { ($0.path as NSString).lastPathComponent } == ["news.csv"])
        #expect(corpus.warnings.contains { $0.contains("edges.csv") })
    }
}
