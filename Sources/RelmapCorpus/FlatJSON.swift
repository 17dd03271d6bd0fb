/// A reader for the common shape of metadata lines: one flat JSON object whose values are strings,
/// numbers, booleans or null. It answers nil for anything else (nesting, a malformed line), and
/// the caller then reads the file with the full JSON parser, which also words the errors.
///
/// An `index.jsonl` of many thousand lines is read in a fraction of the time a general decoder
/// takes.
enum FlatJSON {
    /// The string fields of the object on `line` (other values are skipped), or nil when the
    /// line is not a flat JSON object.
    static func stringFields(_ line: UnsafeBufferPointer<UInt8>) -> [String: String]? {
        var i = 0
        let n = line.count
        func skipSpace() { while i < n, line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0D { i += 1 } }
        /// A string starting at the quote at `i`; nil when malformed.
        func string() -> String? {
            guard i < n, line[i] == 0x22 else { return nil }
            i += 1
            let start = i
            var plain = true
            while i < n, line[i] != 0x22 {
                if line[i] == 0x5C { plain = false; i += 2 } else { i += 1 }
            }
            guard i < n else { return nil }
            let raw = UnsafeBufferPointer(rebasing: line[start..<i])
            i += 1
            if plain { return String(validating: raw, as: UTF8.self) }
            return unescape(raw)
        }
        var fields: [String: String] = [:]
        skipSpace()
        guard i < n, line[i] == 0x7B else { return nil }
        i += 1
        skipSpace()
        if i < n, line[i] == 0x7D { i += 1; skipSpace(); return i == n ? fields : nil }
        while true {
            skipSpace()
            guard let key = string() else { return nil }
            skipSpace()
            guard i < n, line[i] == 0x3A else { return nil }
            i += 1
            skipSpace()
            guard i < n else { return nil }
            switch line[i] {
            case 0x22:
                guard let value = string() else { return nil }
                fields[key] = value
            case 0x7B, 0x5B:
                return nil
            default:
                // null, true, false or a number: skipped, as the decoder skips unknown keys.
                let start = i
                while i < n, line[i] != 0x2C, line[i] != 0x7D, line[i] != 0x20 { i += 1 }
                let word = String(decoding: UnsafeBufferPointer(rebasing: line[start..<i]), as: UTF8.self)
                guard word == "null" || word == "true" || word == "false" || Double(word) != nil else { return nil }
                // A string key given a non-string value: the decoder would reject it; let it say so.
                if word != "null", ["id", "date", "lang", "source", "title", "url"].contains(key) { return nil }
            }
            skipSpace()
            guard i < n else { return nil }
            if line[i] == 0x2C { i += 1; continue }
            if line[i] == 0x7D { i += 1; skipSpace(); return i == n ? fields : nil }
            return nil
        }
    }

    /// A JSON string body with its escapes resolved; nil when an escape is malformed.
    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= raw.count else { return nil }
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                let c = raw[k]
                let d: UInt8
                switch c {
                case 0x30...0x39: d = c - 0x30
                case 0x41...0x46: d = c - 0x41 + 10
                case 0x61...0x66: d = c - 0x61 + 10
                default: return nil
                }
                v = v << 4 | UInt32(d)
            }
            return v
        }
        while i < raw.count {
            let b = raw[i]
            guard b == 0x5C else { out.append(b); i += 1; continue }
            guard i + 1 < raw.count else { return nil }
            switch raw[i + 1] {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x2F: out.append(0x2F)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard var v = hex4(i + 2) else { return nil }
                i += 4
                if (0xD800..<0xDC00).contains(v) {
                    guard i + 7 < raw.count, raw[i + 2] == 0x5C, raw[i + 3] == 0x75, let low = hex4(i + 4),
                          (0xDC00..<0xE000).contains(low) else { return nil }
                    v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                guard let scalar = Unicode.Scalar(v) else { return nil }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: return nil
            }
            i += 2
        }
        return String(validating: out, as: UTF8.self)
    }
}
