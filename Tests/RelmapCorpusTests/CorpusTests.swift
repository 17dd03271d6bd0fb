import Foundation
import Testing
@testable import RelmapCorpus

func write(_ text: String, _ path: String) {
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
}

@Suite struct CorpusTests {
    @Test func readsTextMarkdownAndJSONLWithIndex() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        write("\n\nJudul Berita\nIsi berita.\n", dir + "/b.txt")
        write("---\ntitle: Hello\ndate: 2023-07-31\nlang: en\nsource: Wire\n---\nBody text.\n", dir + "/sub/a.md")
        write("{\"id\": \"j1\", \"date\": \"2020-05-21\", \"lang\": \"id\", \"text\": \"Satu.\"}\n\n{\"id\": \"j2\", \"text\": \"Dua.\"}\n", dir + "/c.jsonl")
        write("{\"id\": \"b\", \"date\": \"2024-07-16\", \"lang\": \"id\", \"source\": \"BBC\"}\n", dir + "/index.jsonl")
        let articles = try Corpus(paths: [dir]).articles()
        #expect(articles.map(\.id) == ["b", "j1", "j2", "a"])
        let b = try #require(articles.first { $0.id == "b" })
        #expect(b.title == "Judul Berita")
        #expect(b.date == "2024-07-16")
        #expect(b.dateOrigin == .metadata)
        #expect(b.source == "BBC")
        let a = try #require(articles.first { $0.id == "a" })
        #expect(a.title == "Hello" && a.date == "2023-07-31" && a.language == "en" && a.text == "Body text.\n")
        #expect(articles.first { $0.id == "j2" }?.date == nil)
    }

    @Test func metaFileOverridesTheArticles() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("---\ndate: 2020-01-01\n---\nText.\n", dir + "/x.md")
        let meta = dir + "/meta.jsonl.override"
        write("{\"id\": \"x\", \"date\": \"2021-02-03\", \"lang\": \"en\"}\n", meta)
        let articles = try Corpus(paths: [dir], metaFile: meta).articles()
        #expect(articles.count == 1)
        #expect(articles[0].date == "2021-02-03")
        #expect(articles[0].language == "en")
    }

    @Test func missingPathIsNamed() {
        #expect(throws: CorpusError.pathNotFound(path: "/no/such/place")) { try Corpus(paths: ["/no/such/place"]) }
    }

    @Test func emptyFolderIsAnError() {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        #expect(throws: CorpusError.noArticles(path: dir)) { try Corpus(paths: [dir]) }
    }

    @Test func invalidUTF8NamesFileAndLine() {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        var bytes = Data("line one\nline two \u{e9}\n".utf8)
        bytes.append(contentsOf: [0x66, 0xFF, 0xFE, 0x0A])
        _ = FileManager.default.createFile(atPath: dir + "/bad.txt", contents: bytes)
        #expect(throws: CorpusError.notUTF8(path: dir + "/bad.txt", line: 3)) { try Corpus(paths: [dir]).articles() }
    }

    @Test func malformedJSONLNamesTheLine() {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("{\"id\": \"ok\", \"text\": \"fine\"}\n{\"id\": \"broken\", \"text\": \n", dir + "/c.jsonl")
        #expect(throws: CorpusError.malformedJSONL(path: dir + "/c.jsonl", line: 2, reason: "not valid JSON")) {
            try Corpus(paths: [dir]).articles()
        }
        write("{\"id\": \"no-text\"}\n", dir + "/d.jsonl")
        #expect(throws: CorpusError.malformedJSONL(path: dir + "/d.jsonl", line: 1, reason: "missing \"text\"")) {
            try Corpus(paths: [dir + "/d.jsonl"]).articles()
        }
    }

    @Test func malformedFrontMatterNamesTheLine() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("---\ntitle: ok\ndate: [2023\n---\nBody\n", dir + "/m.md")
        do {
            _ = try Corpus(paths: [dir]).articles()
            Issue.record("expected an error")
        } catch let error as CorpusError {
            guard case .malformedFrontMatter(let path, let line, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(path == dir + "/m.md")
            #expect(line >= 3 && line <= 5)
        }
        write("---\ndate: 31 July\n---\nBody\n", dir + "/m.md")
        #expect(throws: CorpusError.malformedFrontMatter(path: dir + "/m.md", line: 2, reason: "date \"31 July\" is not YYYY-MM-DD")) {
            try Corpus(paths: [dir]).articles()
        }
        write("---\ntitle: never closed\nBody\n", dir + "/m.md")
        #expect(throws: CorpusError.malformedFrontMatter(path: dir + "/m.md", line: 1, reason: "no closing '---' line")) {
            try Corpus(paths: [dir]).articles()
        }
    }

    @Test func textIsNormalisedToNFC() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("Cote d\u{2019}Ivoire e\u{301}\r\nnext\n", dir + "/n.txt")
        let a = try Corpus(paths: [dir]).articles()[0]
        #expect(a.text.contains("\u{e9}"))
        #expect(!a.text.contains("\r"))
    }
}
