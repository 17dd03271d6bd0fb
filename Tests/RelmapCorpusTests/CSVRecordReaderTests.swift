import Foundation
import Testing
@testable import RelmapCorpus

/// CSV records as RFC 4180 writes them, read a record at a time.
@Suite struct CSVRecordReaderTests {
    func records(_ text: String) throws -> [(line: Int, fields: [String])] {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        let path = dir + "/a.csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        var reader = try CSVRecordReader(path: path)
        defer { reader.close() }
        var out: [(line: Int, fields: [String])] = []
        while let r = try reader.next() { out.append(r) }
        return out
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let r = try records("id,text\n1,\"Seoul, Tokyo\"\n2,\"He said \"\"no\"\".\nThen left.\"\n3,plain\n")
        #expect(r.map(\.fields) == [["id", "text"], ["1", "Seoul, Tokyo"], ["2", "He said \"no\".\nThen left."], ["3", "plain"]])
        // Each record with the line it starts on: the quoted line break moves the next one down.
        #expect(r.map(\.line) == [1, 2, 3, 5])
    }

    @Test func byteOrderMarkCarriageReturnsAndBlankLinesGo() throws {
        let r = try records("\u{FEFF}id,text\r\n\r\n1,a\r\n,\n")
        #expect(r.map(\.fields) == [["id", "text"], ["1", "a"], ["", ""]])
    }

    @Test func aQuoteNeverClosedNamesTheLineItOpenedOn() throws {
        do {
            _ = try records("id,text\n1,a\n2,\"open\nstill open\n")
            Issue.record("an unclosed quote was read")
        } catch let CorpusError.malformedCSV(_, line, reason) {
            #expect(line == 3 && reason.contains("never closed"))
        }
    }

    @Test func textAfterAClosingQuoteIsRefused() throws {
        #expect(throws: CorpusError.self) { _ = try records("id,text\n1,\"a\"b\n") }
        #expect(throws: CorpusError.self) { _ = try records("id,text\n1,a\"b\"\n") }
    }
}
