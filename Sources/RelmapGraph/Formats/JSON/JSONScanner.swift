import Foundation

/// A strict JSON reader over UTF-8 bytes, one token at a time, for ``GraphJSON``: a graph file of
/// a hundred megabytes is read at the speed of its bytes, with no tree of Foundation objects.
///
/// It takes RFC 8259 JSON and nothing else (no NaN, no comments, no trailing commas, no control
/// characters in strings, no lone surrogates), nests at most ``maxDepth`` levels, and names the
/// line and column of the first byte it cannot take.
struct JSONScanner {
    /// A value as it was met: scalars with their value, containers by kind only (they are
    /// skipped, or read by the caller from `start`).
    enum Value {
        case null
        case bool(Bool)
        /// A number, and its text as written.
        case number(Double, String)
        case string(String)
        /// An array or object, which starts at this byte offset.
        case array(start: Int)
        case object(start: Int)
    }

    /// The text.
    let b: UnsafeBufferPointer<UInt8>
    let path: String
    /// The offset of the next byte to read.
    var i = 0
    private var scratch: [UInt8] = []

    /// Containers nested deeper than this are refused.
    static let maxDepth = 512

    init(_ bytes: UnsafeBufferPointer<UInt8>, path: String) {
        b = bytes
        self.path = path
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    }

    // MARK: Errors

    /// A syntax error at byte `at`, with its line and column.
    func fail(_ what: String, at: Int? = nil) -> GraphError {
        let offset = min(at ?? i, b.count)
        var line = 1, lineStart = 0
        for k in 0..<offset where b[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        return GraphError(path: path, line: line, column: offset - lineStart + 1, reason: "not valid JSON: \(what) here")
    }

    // MARK: Structure

    /// Skips spaces, tabs and line breaks.
    @inline(__always)
    mutating func space() {
        while i < b.count {
            let c = b[i]
            guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 else { return }
            i += 1
        }
    }

    /// The next byte after spaces, not consumed (0 at the end).
    @inline(__always)
    mutating func peek() -> UInt8 {
        space()
        return i < b.count ? b[i] : 0
    }

    /// Consumes `c` after spaces, or fails.
    mutating func expect(_ c: UInt8, _ what: String) throws(GraphError) {
        guard peek() == c else { throw fail(i < b.count ? "expected \(what)" : "unexpected end of file, expected \(what)") }
        i += 1
    }

    /// Reads the members of an object whose `{` is next: `member` is called with each key's bytes
    /// (valid only during the call) and must read or skip the value.
    mutating func object(depth: Int, _ member: (inout JSONScanner, UnsafeBufferPointer<UInt8>) throws(GraphError) -> Void) throws(GraphError) {
        try expect(0x7B, "an object")
        guard depth < Self.maxDepth else { throw fail("nested more than \(Self.maxDepth) levels deep") }
        if peek() == 0x7D { i += 1; return }
        while true {
            guard peek() == 0x22 else { throw fail("expected a key in quotes") }
            let (start, end) = try stringRange()
            try expect(0x3A, "':' after a key")
            if let start {
                try member(&self, UnsafeBufferPointer(rebasing: b[start..<end]))
            } else {
                let key = scratch
                try key.withUnsafeBufferPointer { k throws(GraphError) in try member(&self, k) }
            }
            switch peek() {
            case 0x2C: i += 1
            case 0x7D: i += 1; return
            default: throw fail(i < b.count ? "expected ',' or '}'" : "unexpected end of file in an object")
            }
        }
    }

    /// Reads the items of an array whose `[` is next: `item` is called with the item's index and
    /// must read or skip it.
    mutating func array(depth: Int, _ item: (inout JSONScanner, Int) throws(GraphError) -> Void) throws(GraphError) {
        try expect(0x5B, "an array")
        guard depth < Self.maxDepth else { throw fail("nested more than \(Self.maxDepth) levels deep") }
        if peek() == 0x5D { i += 1; return }
        var n = 0
        while true {
            try item(&self, n)
            n += 1
            switch peek() {
            case 0x2C: i += 1
            case 0x5D: i += 1; return
            default: throw fail(i < b.count ? "expected ',' or ']'" : "unexpected end of file in an array")
            }
        }
    }

    /// The next value: scalars read, arrays and objects skipped (checked all the same).
    mutating func value(depth: Int) throws(GraphError) -> Value {
        switch peek() {
        case 0x22: return .string(try string())
        case 0x7B:
            let at = i
            try object(depth: depth) { s, _ throws(GraphError) in _ = try s.value(depth: depth + 1) }
            return .object(start: at)
        case 0x5B:
            let at = i
            try array(depth: depth) { s, _ throws(GraphError) in _ = try s.value(depth: depth + 1) }
            return .array(start: at)
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        case 0x2D, 0x30...0x39: return try number()
        case 0: throw fail("unexpected end of file, expected a value")
        default: throw fail("unexpected text, expected a value")
        }
    }

    /// Checks that nothing but spaces follows.
    mutating func end() throws(GraphError) {
        if peek() != 0 || i < b.count { throw fail("text after the end of the document") }
    }

    // MARK: Scalars

    private mutating func literal(_ word: StaticString) throws(GraphError) {
        let n = word.utf8CodeUnitCount
        guard i + n <= b.count, let base = b.baseAddress, memcmp(base + i, word.utf8Start, n) == 0 else { throw fail("unexpected text, expected a value") }
        i += n
    }

    /// A number, strictly as JSON writes it.
    private mutating func number() throws(GraphError) -> Value {
        let start = i
        var plain = true
        if b[i] == 0x2D { i += 1; plain = false }
        func digitsRun() -> Int {
            let s = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            return i - s
        }
        let intStart = i
        let intDigits = digitsRun()
        guard intDigits > 0 else { throw fail("a number without digits") }
        guard b[intStart] != 0x30 || intDigits == 1 else { throw fail("a number with a leading zero", at: intStart) }
        if i < b.count, b[i] == 0x2E {
            i += 1
            plain = false
            guard digitsRun() > 0 else { throw fail("a number without digits after its point") }
        }
        if i < b.count, b[i] == 0x65 || b[i] == 0x45 {
            i += 1
            plain = false
            if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
            guard digitsRun() > 0 else { throw fail("a number without digits in its exponent") }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        if plain, intDigits <= 15 {
            var integer = 0
            for k in intStart..<i { integer = integer * 10 + Int(b[k] - 0x30) }
            return .number(Double(integer), text)
        }
        // Out of Double's range reads as infinity, which the field's check refuses.
        return .number(Double(text) ?? .infinity, text)
    }

    /// A string.
    mutating func string() throws(GraphError) -> String {
        let (start, end) = try stringRange()
        if let start { return String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self) }
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Calls `body` with a string's decoded bytes, valid only during the call.
    mutating func withString<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) throws(GraphError) -> R {
        let (start, end) = try stringRange()
        if let start { return body(UnsafeBufferPointer(rebasing: b[start..<end])) }
        return scratch.withUnsafeBufferPointer(body)
    }

    /// Reads the string whose quote is next: the range of its bytes in the text when it has no
    /// escape (start is nil otherwise, and `scratch` holds the decoded bytes).
    private mutating func stringRange() throws(GraphError) -> (Int?, Int) {
        try expect(0x22, "a string")
        let start = i
        while i < b.count {
            let c = b[i]
            if c == 0x22 {
                i += 1
                return (start, i - 1)
            }
            if c == 0x5C { break }
            guard c >= 0x20 else { throw fail("a control character in a string (write it as an escape)") }
            i += 1
        }
        guard i < b.count else { throw fail("unexpected end of file in a string", at: start - 1) }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: b[start..<i])
        while i < b.count {
            let c = b[i]
            switch c {
            case 0x22:
                i += 1
                return (nil, 0)
            case 0x5C:
                try escape()
            case 0..<0x20:
                throw fail("a control character in a string (write it as an escape)")
            default:
                scratch.append(c)
                i += 1
            }
        }
        throw fail("unexpected end of file in a string", at: start - 1)
    }

    /// Decodes the escape at `i` into `scratch`.
    private mutating func escape() throws(GraphError) {
        guard i + 1 < b.count else { throw fail("unexpected end of file in a string") }
        let e = b[i + 1]
        i += 2
        // \" \\ \/ \b \f \n \r \t: the byte each stands for.
        let simple: [(UInt8, UInt8)] = [(0x22, 0x22), (0x5C, 0x5C), (0x2F, 0x2F), (0x62, 0x08), (0x66, 0x0C), (0x6E, 0x0A), (0x72, 0x0D), (0x74, 0x09)]
        if let (_, byte) = simple.first(where: { $0.0 == e }) {
            scratch.append(byte)
            return
        }
        switch e {
        case 0x75:
            var u = try hex4()
            if (0xD800..<0xDC00).contains(u) {
                guard i + 1 < b.count, b[i] == 0x5C, b[i + 1] == 0x75 else { throw fail("a lone surrogate \\u escape") }
                i += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw fail("a lone surrogate \\u escape") }
                u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(u) {
                throw fail("a lone surrogate \\u escape")
            }
            guard let scalar = Unicode.Scalar(u) else { throw fail("an invalid \\u escape") }
            scratch.append(contentsOf: String(Character(scalar)).utf8)
        default:
            throw fail("an unknown escape \\\(String(decoding: [e], as: UTF8.self))", at: i - 2)
        }
    }

    /// Four hexadecimal digits.
    private mutating func hex4() throws(GraphError) -> UInt32 {
        guard i + 4 <= b.count else { throw fail("unexpected end of file in a \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let d = Character(Unicode.Scalar(b[i])).hexDigitValue else { throw fail("a \\u escape without four hexadecimal digits") }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }
}
