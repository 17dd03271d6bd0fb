import Foundation
import Testing
@testable import RelmapCorpus

/// Lines of a file as the reader hands them on: across its 1 MB reads, one line longer than a
/// read, CR LF ends, blank lines, and a last line without a line end.
@Suite struct LineReaderTests {
    @Test func linesAcrossReadsAsWritten() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        var lines: [String] = []
        for i in 0..<4000 { lines.append(String(repeating: "\(i % 10)", count: (i * 7919) % 900)) }
        lines.insert(String(repeating: "long ", count: 500_000), at: 1700)
        lines.insert("", at: 2500)
        var text = ""
        for (i, line) in lines.enumerated() { text += line + (i % 3 == 0 ? "\r\n" : "\n") }
        text += "last, no line end"
        lines.append("last, no line end")
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/a.jsonl"))
        var reader = try LineReader(path: dir + "/a.jsonl")
        defer { reader.close() }
        var read: [String] = []
        while let line = try reader.next() {
            read.append(String(decoding: line, as: UTF8.self))
            #expect(reader.lineNumber == read.count)
        }
        #expect(read.count == lines.count)
        #expect(read == lines)
    }
}
