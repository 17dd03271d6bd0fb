/// A reader for the common shape of metadata lines: one flat JSON object whose values are strings,
/// numbers, booleans or null. It answers nil for anything else (nesting, a malformed line), and
/// the caller then reads the file with the full JSON parser, which also words the errors.
///
/// An `index.jsonl` of many thousand lines is read in a fraction of the time a general decoder
/// takes.
enum FlatJSON {
    /// The values of the fields named `keys` (as UTF-8 bytes), in the order of `keys`: a string,
    /// or nil where the field is absent or null. Other fields are checked and skipped. Nil when
    /// the line is not a flat JSON object, or gives one of `keys` a value that is not a string.
    ///
    /// No string is made for a key, nor for a value nobody asked for.
    ///
    /// `strict` also answers nil where JSON's own parser might read the line otherwise than this
    /// reader: a control character unescaped in a string, a key asked for given twice, a number
    /// outside plain JSON forms of up to 15 characters.
    static func strings(_ line: UnsafeBufferPointer<UInt8>, keys: [[UInt8]], strict: Bool = false) -> [String?]? {
        var i = 0
        let n = line.count
        func skipSpace() { while i < n, line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0D { i += 1 } }
        /// The body of the string starting at the quote at `i`, and whether it is free of escapes.
        func stringBody() -> (body: UnsafeBufferPointer<UInt8>, plain: Bool)? {
            guard i < n, line[i] == 0x22 else { return nil }
            i += 1
            let start = i
            var plain = true
            while i < n, line[i] != 0x22 {
                if strict && line[i] < 0x20 { return nil }
                if line[i] == 0x5C { plain = false; i += 2 } else { i += 1 }
            }
            guard i < n else { return nil }
            defer { i += 1 }
            return (UnsafeBufferPointer(rebasing: line[start..<i]), plain)
        }
        func text(_ body: UnsafeBufferPointer<UInt8>, plain: Bool) -> String? {
            plain ? String.validatedUTF8(body) : unescape(body)
        }
        /// Which of `keys` a key's body is, or nil.
        func wanted(_ body: UnsafeBufferPointer<UInt8>, plain: Bool) -> Int? {
            if plain {
                return keys.firstIndex { k in k.count == body.count && k.withUnsafeBufferPointer { $0.elementsEqual(body) } }
            }
            guard let resolved = unescape(body) else { return nil }
            let bytes = Array(resolved.utf8)
            return keys.firstIndex(of: bytes)
        }
        var values = [String?](repeating: nil, count: keys.count)
        var seen = [Bool](repeating: false, count: strict ? keys.count : 0)
        skipSpace()
        guard i < n, line[i] == 0x7B else { return nil }
        i += 1
        skipSpace()
        if i < n, line[i] == 0x7D { i += 1; skipSpace(); return i == n ? values : nil }
        while true {
            skipSpace()
            guard let key = stringBody() else { return nil }
            if !key.plain, unescape(key.body) == nil { return nil }
            let k = wanted(key.body, plain: key.plain)
            if strict, let k {
                if seen[k] { return nil }
                seen[k] = true
            }
            skipSpace()
            guard i < n, line[i] == 0x3A else { return nil }
            i += 1
            skipSpace()
            guard i < n else { return nil }
            switch line[i] {
            case 0x22:
                guard let value = stringBody() else { return nil }
                if let k {
                    guard let s = text(value.body, plain: value.plain) else { return nil }
                    values[k] = s
                } else if value.plain
                    ? !value.body.allSatisfy({ $0 < 0x80 }) && String(validating: value.body, as: UTF8.self) == nil
                    : unescape(value.body) == nil
                {
                    return nil
                }
            case 0x7B, 0x5B:
                return nil
            default:
                // null, true, false or a number: skipped, as the decoder skips unknown keys.
                let start = i
                while i < n, line[i] != 0x2C, line[i] != 0x7D, line[i] != 0x20 { i += 1 }
                let word = UnsafeBufferPointer(rebasing: line[start..<i])
                let isNull = word.elementsEqual("null".utf8)
                guard
                    isNull || word.elementsEqual("true".utf8) || word.elementsEqual("false".utf8)
                        || (strict ? isPlainNumber(word) : Double(String(decoding: word, as: UTF8.self)) != nil)
                else { return nil }
                // A key asked for as a string given another value: the decoder would reject it; let it say so.
                if let k {
                    guard isNull else { return nil }
                    values[k] = nil
                }
            }
            skipSpace()
            guard i < n else { return nil }
            if line[i] == 0x2C { i += 1; continue }
            if line[i] == 0x7D { i += 1; skipSpace(); return i == n ? values : nil }
            return nil
        }
    }

    /// Whether `word` is a JSON number of up to 15 characters without an exponent: `-`, then `0`
    /// or digits not starting with `0`, then maybe `.` and digits.
    static func isPlainNumber(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count <= 15 else { return false }
        var i = 0
        func digits() -> Int {
            let start = i
            while i < word.count, word[i] >= 0x30 && word[i] <= 0x39 { i += 1 }
            return i - start
        }
        if i < word.count, word[i] == 0x2D { i += 1 }
        let first = i
        let whole = digits()
        guard whole > 0, whole == 1 || word[first] != 0x30 else { return false }
        if i < word.count, word[i] == 0x2E {
            i += 1
            guard digits() > 0 else { return false }
        }
        return i == word.count
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
            guard b == 0x5C else {
                // The run up to the next backslash, copied whole.
                var end = i + 1
                while end < raw.count, raw[end] != 0x5C { end += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: raw[i..<end]))
                i = end
                continue
            }
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
                        (0xDC00..<0xE000).contains(low)
                    else { return nil }
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
