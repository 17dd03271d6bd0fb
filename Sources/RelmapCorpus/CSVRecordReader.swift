import Foundation

/// Reads a CSV file (RFC 4180) record by record, streaming: a quoted field may hold commas, doubled
/// quotes and line breaks, so a record can span lines; each comes with the line it starts on.
///
/// Fields are kept as written (no spaces trimmed), blank lines are skipped, a UTF-8 byte order
/// mark and CR line ends are dropped. A quote left open at the end of the file is an error naming
/// the line it opened on.
public struct CSVRecordReader {
    private var lines: LineReader
    private let path: String
    private var first = true

    /// Opens `path` (`-` for standard input).
    public init(path: String) throws(CorpusError) {
        lines = try LineReader(path: path)
        self.path = path
    }

    /// The next record and the line it starts on, or nil at the end of the file.
    public mutating func next() throws(CorpusError) -> (line: Int, fields: [String])? {
        while var bytes = try lines.next().map(Array.init) {
            if first {
                first = false
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            }
            let start = lines.lineNumber
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            // A record whose quotes are not all closed goes on over the next line (the quotes of
            // each line counted once, however many lines the record spans).
            var quotes = Self.quotes(in: bytes)
            while quotes % 2 == 1 {
                guard let more = try lines.next() else {
                    throw .malformedCSV(path: path, line: start, reason: "a quote opened in this record is never closed")
                }
                quotes += Self.quotes(in: more)
                bytes.append(0x0A)
                bytes.append(contentsOf: more)
            }
            guard String(validating: bytes, as: UTF8.self) != nil else { throw .notUTF8(path: path, line: start) }
            return (start, try Self.fields(of: bytes, path: path, line: start))
        }
        return nil
    }

    /// Closes the file.
    public func close() { lines.close() }

    private static func quotes<C: Collection<UInt8>>(in bytes: C) -> Int {
        var n = 0
        for b in bytes where b == 0x22 { n += 1 }
        return n
    }

    /// The fields of one whole record.
    static func fields(of b: [UInt8], path: String, line: Int) throws(CorpusError) -> [String] {
        var fields: [String] = []
        var field: [UInt8] = []
        var i = 0
        var quoted = false
        while i <= b.count {
            if i == b.count || b[i] == 0x2C {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                quoted = false
                i += 1
                continue
            }
            if b[i] == 0x22 {
                // A quote opens a field only at its start; "" inside quotes is one quote.
                guard field.isEmpty, !quoted else {
                    throw .malformedCSV(path: path, line: line, reason: "a quote inside an unquoted field (quote the whole field and double the quote)")
                }
                quoted = true
                i += 1
                while true {
                    guard i < b.count else {
                        throw .malformedCSV(path: path, line: line, reason: "a quote opened in this record is never closed")
                    }
                    if b[i] == 0x22 {
                        if i + 1 < b.count, b[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                        i += 1
                        break
                    }
                    field.append(b[i])
                    i += 1
                }
                guard i == b.count || b[i] == 0x2C else {
                    throw .malformedCSV(path: path, line: line, reason: "text after a closing quote (a field is either quoted whole or not at all)")
                }
                continue
            }
            field.append(b[i])
            i += 1
        }
        return fields
    }
}
