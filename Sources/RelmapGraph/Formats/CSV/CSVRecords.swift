import Foundation

/// CSV text as records of fields (RFC 4180): quoted fields may hold commas, doubled quotes and
/// line breaks; unquoted fields lose the spaces around them, quoted ones keep every character.
/// Blank lines and lines starting with `#` are skipped; a UTF-8 byte order mark is dropped.
///
/// The scanner reads UTF-8 bytes in place: a record without a quote (almost every row of an edge
/// list) is split at its commas into byte ranges of the text, with no copy and no String; a
/// record with a quote is read character by character into a scratch buffer.
struct CSVRecords {
    /// The text.
    private let b: UnsafeBufferPointer<UInt8>
    private let path: String
    private var i: Int
    private var line = 1
    /// The current record's fields: byte ranges of the text, or of `scratch` when `inScratch`.
    private(set) var starts: [Int] = []
    private(set) var ends: [Int] = []
    private var scratch: [UInt8] = []
    private var inScratch = false

    /// A scanner at the start of `bytes` (past its byte order mark).
    init(_ bytes: UnsafeBufferPointer<UInt8>, path: String) {
        b = bytes
        self.path = path
        i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// The records of `text`, each with the line it starts on.
    static func read(_ text: String, path: String) throws(GraphError) -> [(line: Int, fields: [String])] {
        var text = text
        return try text.withUTF8 { buf in
            Result { () throws(GraphError) in
                var scanner = CSVRecords(buf, path: path)
                var out: [(line: Int, fields: [String])] = []
                while let line = try scanner.next() { out.append((line, scanner.strings())) }
                return out
            }
        }.get()
    }

    /// Number of fields of the current record.
    var count: Int { starts.count }

    /// Moves to the next record and returns the line it starts on, or nil at the end.
    mutating func next() throws(GraphError) -> Int? {
        while i < b.count {
            let start = line
            if b[i] == 0x23 {  // a comment line
                i = (find(0x0A, from: i) ?? b.count) + 1
                line += 1
                continue
            }
            starts.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            let end = find(0x0A, from: i) ?? b.count
            if find(0x22, from: i, before: end) == nil { split(upTo: end) } else { try quoted() }
            // A blank line.
            if starts.count == 1, starts[0] == ends[0] { continue }
            return start
        }
        return nil
    }

    /// The bytes of field `k` of the current record in the text, valid as long as the text is;
    /// nil when the record was read into scratch (it has a quote): ``copy(_:)`` has them then.
    func inPlace(_ k: Int) -> UnsafeBufferPointer<UInt8>? {
        inScratch ? nil : UnsafeBufferPointer(rebasing: b[starts[k]..<ends[k]])
    }

    /// The bytes of field `k` of the current record, copied.
    func copy(_ k: Int) -> [UInt8] {
        inScratch ? Array(scratch[starts[k]..<ends[k]]) : Array(b[starts[k]..<ends[k]])
    }

    /// Whether field `k` is empty.
    func isEmpty(_ k: Int) -> Bool { starts[k] == ends[k] }

    /// Field `k` as a String.
    func string(_ k: Int) -> String {
        let range = starts[k]..<ends[k]
        return inScratch ? String(decoding: scratch[range], as: UTF8.self) : String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)
    }

    /// Every field of the current record as a String.
    func strings() -> [String] { (0..<count).map(string) }

    /// The index of the first `byte` from `from` (before `before`), if any.
    private func find(_ byte: UInt8, from: Int, before: Int? = nil) -> Int? {
        let end = before ?? b.count
        guard from < end, let base = b.baseAddress, let hit = memchr(base + from, Int32(byte), end - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The fields of a record without quotes that ends at `end` (a line feed, or the end of the text).
    private mutating func split(upTo end: Int) {
        inScratch = false
        var f = i
        while true {
            var e = f
            while e < end, b[e] != 0x2C { e += 1 }
            // Unquoted fields lose their spaces and tabs (and a CR at the end).
            var s = f, t = e
            while s < t, b[s] == 0x20 || b[s] == 0x09 { s += 1 }
            while t > s, b[t - 1] == 0x20 || b[t - 1] == 0x09 || b[t - 1] == 0x0D { t -= 1 }
            starts.append(s)
            ends.append(t)
            if e >= end { break }
            f = e + 1
        }
        i = end + 1
        line += 1
    }

    /// The fields of a record with a quote, read into `scratch`, up to the line feed after it
    /// (a quoted field may span lines).
    private mutating func quoted() throws(GraphError) {
        let start = line
        inScratch = true
        scratch.removeAll(keepingCapacity: true)
        var fieldStart = 0
        var quoted = false, inQuotes = false
        func finish() {
            var s = fieldStart, t = scratch.count
            if !quoted {
                while s < t, scratch[s] == 0x20 || scratch[s] == 0x09 { s += 1 }
                while t > s, scratch[t - 1] == 0x20 || scratch[t - 1] == 0x09 || scratch[t - 1] == 0x0D { t -= 1 }
            }
            starts.append(s)
            ends.append(t)
            fieldStart = scratch.count
            quoted = false
        }
        record: while i < b.count {
            let c = b[i]
            if inQuotes {
                if c == 0x22 {
                    if i + 1 < b.count, b[i + 1] == 0x22 { scratch.append(0x22); i += 2 } else { inQuotes = false; i += 1 }
                    continue
                }
                if c == 0x0A { line += 1 }
                scratch.append(c)
                i += 1
                continue
            }
            switch c {
            case 0x22 where !quoted && scratch[fieldStart...].allSatisfy({ $0 == 0x20 || $0 == 0x09 }):
                scratch.removeSubrange(fieldStart...)
                quoted = true
                inQuotes = true
                i += 1
            case 0x2C:
                finish()
                i += 1
            case 0x0A:
                i += 1
                line += 1
                break record
            default:
                scratch.append(c)
                i += 1
            }
        }
        if inQuotes { throw GraphError(path: path, line: start, reason: "a quote opened on this line is never closed") }
        finish()
    }
}
