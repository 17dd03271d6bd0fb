/// CSV text as records of fields (RFC 4180): quoted fields may hold commas, doubled quotes and
/// line breaks; unquoted fields lose the spaces around them, quoted ones keep every character.
/// Blank lines and lines starting with `#` are skipped; a UTF-8 byte order mark is dropped.
enum CSVRecords {
    /// The records of `text`, each with the line it starts on.
    static func read(_ text: String, path: String) throws(GraphError) -> [(line: Int, fields: [String])] {
        let b = Array(text.utf8)
        var out: [(line: Int, fields: [String])] = []
        var i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        while i < b.count {
            let start = line
            if b[i] == 0x23 {  // a comment line
                while i < b.count, b[i] != 0x0A { i += 1 }
                i += 1
                line += 1
                continue
            }
            var fields: [String] = []
            var field: [UInt8] = []
            var quoted = false, inQuotes = false
            func finish() {
                if quoted {
                    fields.append(String(decoding: field, as: UTF8.self))
                } else {
                    var s = field[...]
                    while let f = s.first, f == 0x20 || f == 0x09 { s.removeFirst() }
                    while let l = s.last, l == 0x20 || l == 0x09 || l == 0x0D { s.removeLast() }
                    fields.append(String(decoding: s, as: UTF8.self))
                }
                field.removeAll(keepingCapacity: true)
                quoted = false
            }
            record: while i < b.count {
                let c = b[i]
                if inQuotes {
                    if c == 0x22 {
                        if i + 1 < b.count, b[i + 1] == 0x22 { field.append(0x22); i += 2 } else { inQuotes = false; i += 1 }
                        continue
                    }
                    if c == 0x0A { line += 1 }
                    field.append(c)
                    i += 1
                    continue
                }
                switch c {
                case 0x22 where !quoted && field.allSatisfy({ $0 == 0x20 || $0 == 0x09 }):
                    field.removeAll()
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
                    field.append(c)
                    i += 1
                }
            }
            if inQuotes { throw GraphError(path: path, line: start, reason: "a quote opened on this line is never closed") }
            finish()
            if fields.count == 1, fields[0].isEmpty { continue }  // a blank line
            out.append((start, fields))
        }
        return out
    }
}
