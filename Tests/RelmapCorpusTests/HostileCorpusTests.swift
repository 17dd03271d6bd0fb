import Foundation
import Testing
@testable import RelmapCorpus

/// Corpora that are not plain trees of article files: links, loops, pipes, devices, the same file
/// reached twice, duplicate ids, stray files, and relmap's own output inside the input.
@Suite struct HostileCorpusTests {
    func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    /// A link back to a folder above (and a link to itself) is read once, not without end.
    @Test func aLinkCycleIsReadOnce() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        write("Rusia menyerang Ukraina.\n", dir + "/sub/a.txt")
        try link(dir + "/sub/up", to: dir)
        try link(dir + "/sub/self.txt", to: dir + "/sub/self.txt")
        let corpus = try Corpus(paths: [dir])
        #expect(corpus.sources.map(\.path) == [dir + "/sub/a.txt"])
        #expect(try corpus.articles().count == 1)
        #expect(corpus.warnings.contains { $0.contains(dir + "/sub/self.txt") }, "\(corpus.warnings)")
        #expect(corpus.warnings.contains { $0.contains(dir + "/sub/up") && $0.contains("already read") }, "\(corpus.warnings)")
    }

    /// The same file reached through a link, or through overlapping arguments, is read once.
    @Test func oneFileIsReadOnceHoweverManyPathsReachIt() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("Rusia menyerang Ukraina.\n", dir + "/a.txt")
        try link(dir + "/b.txt", to: dir + "/a.txt")
        let corpus = try Corpus(paths: [dir, dir + "/a.txt", dir + "/"])
        #expect(corpus.sources.map(\.path) == [dir + "/a.txt"])
    }

    /// A pipe or a link to `/dev/zero` inside a folder is named in a warning and never opened.
    @Test func pipesAndDevicesAreSkippedWithAWarning() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("Rusia menyerang Ukraina.\n", dir + "/a.txt")
        #expect(mkfifo(dir + "/pipe.txt", 0o600) == 0)
        try link(dir + "/zero.txt", to: "/dev/zero")
        try link(dir + "/broken.txt", to: dir + "/nowhere")
        let corpus = try Corpus(paths: [dir])
        #expect(corpus.sources.map(\.path) == [dir + "/a.txt"])
        let text = corpus.warnings.joined(separator: "\n")
        for name in ["pipe.txt", "zero.txt", "broken.txt"] { #expect(text.contains(dir + "/" + name), "\(text)") }
        #expect(try corpus.articles().count == 1)
    }

    /// A pipe or device named on the command line, or as `--meta`, is refused at once.
    @Test func aDeviceGivenByNameIsRefused() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("Rusia menyerang Ukraina.\n", dir + "/a.txt")
        #expect(throws: CorpusError.notRegularFile(path: "/dev/zero", kind: "a device")) {
            try Corpus(paths: [dir], metaFile: "/dev/zero")
        }
        #expect(mkfifo(dir + "/p.jsonl", 0o600) == 0)
        #expect(throws: CorpusError.notRegularFile(path: dir + "/p.jsonl", kind: "a named pipe")) {
            try Corpus(paths: [dir + "/p.jsonl"])
        }
        #expect(throws: CorpusError.self) { try Corpus(paths: [dir], metaFile: dir) }
    }

    /// Reading a pipe that slipped past the listing fails instead of waiting for a writer.
    @Test func readingAPipeFailsAtOnce() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        #expect(mkfifo(dir + "/p.txt", 0o600) == 0)
        #expect(throws: CorpusError.self) { try TextFile.read(dir + "/p.txt") }
        #expect(throws: CorpusError.self) { try LineReader(path: dir + "/p.txt") }
    }

    /// Two articles with one id are made unique in corpus order, never merged into one article.
    @Test func duplicateIdsAreMadeUnique() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        try FileManager.default.createDirectory(atPath: dir + "/b", withIntermediateDirectories: true)
        write("Rusia menyerang Ukraina.\n", dir + "/a.txt")
        write("---\nid: a\n---\nRusia menyerang Ukraina.\n", dir + "/b/other.md")
        write("{\"id\": \"a~2\", \"text\": \"Dua.\"}\n{\"id\": \"a\", \"text\": \"Tiga.\"}\n", dir + "/c.jsonl")
        #expect(try Corpus(paths: [dir]).articles().map(\.id) == ["a", "a~2", "a~2~2", "a~3"])
        var ids = ArticleIDs()
        #expect(ids.unique("x", path: "1.txt") == "x")
        #expect(ids.unique("y", path: "2.txt") == "y")
        #expect(ids.unique("x", path: "3.jsonl") == "x~2")
        #expect(ids.renamed == [ArticleIDs.Renaming(id: "x", newID: "x~2", path: "3.jsonl", firstPath: "1.txt")])
        #expect(ids.warning?.contains("3.jsonl: 'x' read as 'x~2' (first in 1.txt)") == true, "\(ids.warning ?? "")")
        // A third still names the first file, not the one renamed before it.
        #expect(ids.unique("x", path: "4.txt") == "x~3")
        #expect(ids.renamed.last == ArticleIDs.Renaming(id: "x", newID: "x~3", path: "4.txt", firstPath: "1.txt"))
    }

    /// A file whose name is not UTF-8 is named in a warning of its own (not as a broken link)
    /// and never opened: its decoded name would be another file's.
    @Test func aNameThatIsNotUTF8IsNamedAndSkipped() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("Rusia menyerang Ukraina.\n", dir + "/a.txt")
        let bad = Array((dir + "/").utf8) + [0xFF, 0xFE] + Array(".txt".utf8) + [0]
        let fd = bad.withUnsafeBufferPointer { p in p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bad.count) { open($0, O_WRONLY | O_CREAT, 0o644) } }
        #expect(fd >= 0)
        close(fd)
        let corpus = try Corpus(paths: [dir])
        #expect(try corpus.articles().map(\.id) == ["a"])
        #expect(
            corpus.warnings.count == 1 && corpus.warnings[0].contains("1 entry whose name is not UTF-8") && corpus.warnings[0].contains("\u{FFFD}\u{FFFD}.txt"),
            "\(corpus.warnings)")
    }

    /// The warning for duplicate ids in JSONL names the line of each article, the first included.
    @Test func duplicateIdsInJSONLNameTheirLines() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("{\"id\": \"x\", \"text\": \"Satu.\"}\n\n{\"id\": \"x\", \"text\": \"Dua.\"}\n", dir + "/a.jsonl")
        var ids = ArticleIDs()
        let articles = try Corpus(paths: [dir]).articles()
        #expect(articles.map(\.line) == [1, 3])
        #expect(articles.map(\.id) == ["x", "x~2"])
        for a in articles { _ = ids.unique("x", path: a.path, line: a.line) }
        #expect(ids.warning?.contains("a.jsonl:3: 'x' read as 'x~2' (first in \(dir)/a.jsonl:1)") == true, "\(ids.warning ?? "")")
    }

    /// A folder's `index.jsonl` whose lines hold `text` is articles, not metadata.
    @Test func anIndexWithTextIsArticles() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write(
            "{\"id\": \"i1\", \"date\": \"2024-01-02\", \"text\": \"Rusia menyerang Ukraina.\"}\n{\"id\": \"i2\", \"text\": \"Dua.\"}\n",
            dir + "/index.jsonl")
        let articles = try Corpus(paths: [dir]).articles()
        #expect(articles.map(\.id) == ["i1", "i2"])
        #expect(articles[0].date == "2024-01-02")
    }

    /// Files of other kinds and hidden entries are counted in one warning line.
    @Test func strayAndHiddenFilesAreCountedInOneWarning() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("Rusia menyerang Ukraina.\n", dir + "/a.txt")
        write("x", dir + "/notes.pdf")
        write("x", dir + "/data.csv")
        write("x", dir + "/.hidden.txt")
        try FileManager.default.createDirectory(atPath: dir + "/.git", withIntermediateDirectories: true)
        let corpus = try Corpus(paths: [dir])
        #expect(corpus.sources.count == 1)
        let lines = corpus.warnings.filter { $0.contains("skipped") }
        #expect(lines.count == 1, "\(corpus.warnings)")
        let line = lines.first ?? ""
        #expect(line.contains("2 files") && line.contains("2 hidden"), "\(line)")
    }

    /// Paths given as excluded (a command's own outputs) are never read, however they are reached.
    @Test func excludedOutputsAreNotRead() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        try FileManager.default.createDirectory(atPath: dir + "/graphs", withIntermediateDirectories: true)
        write("Rusia menyerang Ukraina.\n", dir + "/a.txt")
        write("{\"article\": \"a\", \"source\": \"RUS\"}\n", dir + "/graphs/x.relations.jsonl")
        let corpus = try Corpus(paths: [dir], excluding: [dir + "/graphs/x.relations.jsonl", dir + "/graphs/x.json"])
        #expect(corpus.sources.map(\.path) == [dir + "/a.txt"])
        #expect(throws: CorpusError.self) { try Corpus(paths: [dir + "/a.txt"], excluding: [dir + "/a.txt"]) }
    }
}

extension HostileCorpusTests {
    /// Relation lists relmap wrote and its temporary files, found in a folder, are not articles.
    @Test func relmapsOwnFilesAreNotArticles() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("Rusia menyerang Ukraina.\n", dir + "/a.txt")
        write(
            "{\"article\": \"a\", \"source\": \"RUS\", \"target\": \"UKR\", \"sentence\": \"Rusia menyerang Ukraina.\"}\n",
            dir + "/old.relations.jsonl")
        write("{\"article\": \"a\"", dir + "/.x.relations.jsonl.relmap-123.tmp")
        let corpus = try Corpus(paths: [dir])
        #expect(corpus.sources.map(\.path) == [dir + "/a.txt"])
        #expect(corpus.warnings == ["skipped 1 file of relations relmap wrote, not articles: \(dir)/old.relations.jsonl"])
    }

    /// A JSONL id is a string or an integer: `true` would read as "1", `1e300` as "1e+300".
    @Test func jsonIdsAreStringsOrIntegers() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("{\"id\": 7, \"text\": \"A.\"}\n{\"id\": \"b\", \"text\": \"B.\"}\n", dir + "/ok.jsonl")
        #expect(try Corpus(paths: [dir + "/ok.jsonl"]).articles().map(\.id) == ["7", "b"])
        for bad in ["true", "1.5", "1e300"] {
            write("{\"id\": \(bad), \"text\": \"A.\"}\n", dir + "/bad.jsonl")
            #expect(throws: CorpusError.malformedJSONL(path: dir + "/bad.jsonl", line: 1, reason: "field \"id\" must be a string or an integer")) {
                try Corpus(paths: [dir + "/bad.jsonl"]).articles()
            }
        }
    }

    /// Relations given by name as articles are told for what they are.
    @Test func relationsGivenAsArticlesAreNamed() {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("{\"article\": \"a\", \"source\": \"RUS\", \"target\": \"UKR\", \"sentence\": \"S.\"}\n", dir + "/x.relations.jsonl")
        do {
            _ = try Corpus(paths: [dir + "/x.relations.jsonl"]).articles()
            Issue.record("expected an error")
        } catch {
            #expect(String(describing: error).contains("relations relmap wrote"), "\(error)")
        }
    }

    /// A file name with a line break stays within its one warning or error line.
    @Test func namesWithLineBreaksStayOnOneLine() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("Rusia menyerang Ukraina.\n", dir + "/a.txt")
        write("x", dir + "/evil\nwarning: forged.pdf")
        let corpus = try Corpus(paths: [dir])
        #expect(corpus.warnings.count == 1)
        #expect(corpus.warnings.allSatisfy { !$0.contains("\n") && $0.contains("evil\\nwarning") }, "\(corpus.warnings)")
        #expect(!CorpusError.pathNotFound(path: dir + "/x\ny").description.contains("\n"))
    }
}
