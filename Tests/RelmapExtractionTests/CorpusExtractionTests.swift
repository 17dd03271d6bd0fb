import Foundation
import Testing
import RelmapCorpus
@testable import RelmapExtraction

/// The corpus driver: the same relations in the same order on one thread and on several; the
/// first bad article in corpus order is the error, and nothing after it is handed on.
@Suite struct CorpusExtractionTests {
    /// A temporary folder of `count` small articles (every fifth in a JSONL file of two lines);
    /// the test removes it (``removeTemporaryFolder(_:)``).
    static func corpusFolder(count: Int, badAt: Int? = nil) -> String {
        let dir = temporaryFolder()
        let sentences = [
            "Korea Utara mengecam Amerika Serikat atas latihan militer gabungan.",
            "Russia and North Korea signed a military alliance in Pyongyang.",
            "Jepang menjatuhkan sanksi terhadap Rusia.",
            "Presiden Putin bertemu Kim Jong Un di Vladivostok."
        ]
        for i in 0..<count {
            let name = String(format: "%@/a%04d", dir, i)
            let text = sentences[i % sentences.count] + " " + sentences[(i + 1) % sentences.count]
            if i == badAt {
                _ = FileManager.default.createFile(atPath: name + ".txt", contents: Data([0x66, 0xFF, 0xFE]))
            } else if i % 5 == 0 {
                let line = #"{"id": "j\#(i)-%d", "date": "2024-06-19", "text": "\#(text)"}"#
                let lines = [String(format: line, 1), String(format: line, 2)].joined(separator: "\n") + "\n"
                _ = FileManager.default.createFile(atPath: name + ".jsonl", contents: Data(lines.utf8))
            } else {
                _ = FileManager.default.createFile(atPath: name + ".txt", contents: Data(text.utf8))
            }
        }
        return dir
    }

    /// Every relation of `corpus` as one line, in the order handed on.
    static func lines(_ corpus: Corpus, threads: Int, window: Int = 1024, readAhead: Bool = true) throws -> ([String], CorpusExtraction.Stats) {
        var driver = CorpusExtraction(extractor: sharedExtractor, threads: threads, window: window)
        driver.readAhead = readAhead
        var out: [String] = []
        let stats = try driver.run(corpus) { article, found in
            out.append(article.id)
            for r in found { out.append("\(r.source) \(r.type) \(r.target) @\(r.sentenceIndex)") }
        }
        return (out, stats)
    }

    @Test func severalThreadsGiveWhatOneGives() throws {
        let dir = Self.corpusFolder(count: 120)
        defer { removeTemporaryFolder(dir) }
        let corpus = try Corpus(paths: [dir])
        let (one, oneStats) = try Self.lines(corpus, threads: 1)
        #expect(one.filter { $0.hasPrefix("a") || $0.hasPrefix("j") }.count == 96 + 48)
        #expect(one.count > 200)
        for (threads, window) in [(2, 1024), (2, 3), (4, 1)] {
            let (many, stats) = try Self.lines(corpus, threads: threads, window: window)
            #expect(many == one)
            #expect(stats == oneStats)
        }
        // Files read ahead or each in its turn: the same.
        for threads in [1, 2] {
            let (inTurn, stats) = try Self.lines(corpus, threads: threads, readAhead: false)
            #expect(inTurn == one)
            #expect(stats == oneStats)
        }
        #expect(oneStats.articles == 144)
    }

    @Test(arguments: [1, 2])
    func theFirstBadArticleStopsTheRun(threads: Int) throws {
        let dir = Self.corpusFolder(count: 60, badAt: 33)
        defer { removeTemporaryFolder(dir) }
        let corpus = try Corpus(paths: [dir])
        let driver = CorpusExtraction(extractor: sharedExtractor, threads: threads, window: 4)
        var ids: [String] = []
        #expect(throws: CorpusError.self) {
            try driver.run(corpus) { article, _ in ids.append(article.id) }
        }
        // Everything before the bad file was handed on, in order, and nothing after it.
        #expect(ids.last == "a0032")
        #expect(ids.count == 26 + 2 * 7)
    }

    /// A file gone between the listing and its reading (read ahead or not) is the error, naming
    /// it, after every article before it and before any after it.
    @Test(arguments: [(1, true), (2, true), (1, false), (2, false)])
    func aFileThatCannotBeReadStopsTheRunInItsPlace(threads: Int, readAhead: Bool) throws {
        let dir = Self.corpusFolder(count: 60)
        defer { removeTemporaryFolder(dir) }
        let corpus = try Corpus(paths: [dir])
        let gone = dir + "/a0033.txt"
        try FileManager.default.removeItem(atPath: gone)
        var driver = CorpusExtraction(extractor: sharedExtractor, threads: threads, window: 4)
        driver.readAhead = readAhead
        var ids: [String] = []
        #expect {
            try driver.run(corpus) { article, _ in ids.append(article.id) }
        } throws: { error in
            guard case .unreadable(let path, _)? = error as? CorpusError else { return false }
            return path == gone
        }
        #expect(ids.last == "a0032")
        #expect(ids.count == 26 + 2 * 7)
    }

    @Test func aWorkerThreadTheSystemRefusesIsAnError() throws {
        let dir = Self.corpusFolder(count: 12)
        defer { removeTemporaryFolder(dir) }
        let corpus = try Corpus(paths: [dir])
        var driver = CorpusExtraction(extractor: sharedExtractor, threads: 3)
        driver.spawn = { _, _ in false }
        var handed = 0
        #expect(throws: ThreadStartError.self) { try driver.run(corpus) { _, _ in handed += 1 } }
        #expect(handed == 0)
        #expect(ThreadStartError(requested: 3, started: 1).description.contains("--threads 1"))
    }
}
