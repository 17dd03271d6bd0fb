/// Splits text into tokens by scanning its UTF-8 bytes once.
///
/// Words keep inner apostrophes and dots (`People's`, `U.S.`) and inner hyphens before a lower-case
/// letter or digit (`Jong-un`, `rekan-rekannya`); a hyphen before a capital splits
/// (`AS-Korea Utara`, `Rusia-Ukraina`), so the names on both sides are found.
public enum Tokenizer {
    /// The tokens of `text`.
    public static func tokenize(_ text: String) -> Tokens {
        var none = TokenStrings(limit: 0)
        return tokenize(text, strings: &none)
    }

    /// The tokens of `text`, taking the numbers and strings of words met before from `strings`
    /// (and adding the new ones).
    static func tokenize(_ text: String, strings: inout TokenStrings) -> Tokens {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        var own: [TokenStrings.Spelling] = []
        var text = text
        text.withUTF8 { bytes in
            scan(bytes, into: &tokens, own: &own, strings: &strings)
        }
        return Tokens(items: tokens, table: strings.spellings, own: own)
    }

    @inline(__always)
    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always)
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Decodes the scalar at `i`: its value and length in bytes.
    @inline(__always)
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
        guard i + n <= bytes.count else { return (0xFFFD, 1) }
        var v = UInt32(b0) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
        for k in 1..<n { v = (v << 6) | (UInt32(bytes[i + k]) & 0x3F) }
        return (v, n)
    }

    @inline(__always)
    private static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    private static func isUpper(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isUppercase
    }

    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token], own: inout [TokenStrings.Spelling], strings: inout TokenStrings
    ) {
        let n = bytes.count
        var i = 0
        var newlines = 0
        /// Emits the ASCII token `start..<end`, whose lower-case form hashes to `hash` and which has
        /// a capital letter when `upper`.
        @inline(__always)
        func emitASCII(_ start: Int, _ end: Int, _ kind: Token.Kind, _ hash: UInt64, _ upper: Bool) {
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // A word met before: its number, and its strings where the table keeps them.
            if let known = strings.word(slice, key: hash, readable: n - start) {
                tokens.append(
                    Token(
                        start: start, end: end, newlinesBefore: newlines, hash: hash, spelling: known.number, kind: kind,
                        isCapitalized: known.isCapitalized))
                newlines = 0
                return
            }
            let text = String(decoding: slice, as: UTF8.self)
            // Lower case already (no capitals) is the common case: no second string.
            let lower =
                upper
                ? String(unsafeUninitializedCapacity: slice.count) { buf in
                    var k = 0
                    for b in slice { buf[k] = b &- 0x41 < 26 ? b | 0x20 : b; k += 1 }
                    return k
                } : text
            let capitalized = bytes[start] &- 0x41 < 26
            add(start, end, kind, hash, TokenStrings.Spelling(text: text, lower: lower), capitalized, table: slice)
        }
        /// Appends a token whose strings are new: into the table when `table` gives its bytes (and the
        /// table has room), else kept with the article's tokens.
        func add(
            _ start: Int, _ end: Int, _ kind: Token.Kind, _ hash: UInt64, _ spelling: TokenStrings.Spelling, _ capitalized: Bool,
            table: UnsafeBufferPointer<UInt8>?
        ) {
            var number = table.map { strings.insert($0, key: hash, spelling, isCapitalized: capitalized) } ?? -1
            if number < 0 {
                number = ~Int32(own.count)
                own.append(spelling)
            }
            tokens.append(Token(start: start, end: end, newlinesBefore: newlines, hash: hash, spelling: number, kind: kind, isCapitalized: capitalized))
            newlines = 0
        }
        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // One pass: is it ASCII, has it capitals, and the hash of its lower-case form.
            var upper = false
            var hash = Token.fnvOffset
            for b in slice {
                if b >= 0x80 {
                    // Not ASCII: decoded and lower-cased by the standard library.
                    let text = String(decoding: slice, as: UTF8.self)
                    let lower = text.lowercased()
                    add(start, end, kind, Token.fnv(lower), .init(text: text, lower: lower), isUpper(scalar(bytes, start).0), table: nil)
                    return
                }
                let capital = b &- 0x41 < 26
                upper = upper || capital
                hash = Token.fnv(hash, capital ? b | 0x20 : b)
            }
            emitASCII(start, end, kind, hash, upper)
        }
        while i < n {
            let b = bytes[i]
            if b == 0x0A { newlines += 1; i += 1; continue }
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C { i += 1; continue }
            // A word of ASCII letters and digits that nothing but a space or a mark ends (most words):
            // scanned, folded and hashed in one pass.
            if isASCIILetter(b) {
                var j = i + 1
                var upper = b &- 0x41 < 26
                var hash = Token.fnv(Token.fnvOffset, b | 0x20)
                while j < n {
                    let c = bytes[j]
                    guard isASCIILetter(c) || isDigit(c) else { break }
                    upper = upper || c &- 0x41 < 26
                    hash = Token.fnv(hash, c | 0x20)
                    j += 1
                }
                // What follows may continue the word (a letter of another script, an inner
                // apostrophe, dot or hyphen): the full reading below decides.
                let ends =
                    j >= n
                    || (bytes[j] < 0x80
                        && !((bytes[j] == 0x27 || bytes[j] == 0x2E || bytes[j] == 0x2D) && j + 1 < n
                            && (bytes[j + 1] >= 0x80 || isASCIILetter(bytes[j + 1]) || isDigit(bytes[j + 1]))))
                if ends {
                    emitASCII(i, j, .word, hash, upper)
                    i = j
                    continue
                }
            }
            let (v, len) = scalar(bytes, i)
            if v == 0xA0 || v == 0x2009 || v == 0x200B || v == 0x202F || v == 0xFEFF { i += len; continue }
            if isDigit(b) {
                let start = i
                i += 1
                while i < n {
                    let c = bytes[i]
                    if isDigit(c) { i += 1; continue }
                    if (c == 0x2E || c == 0x2C || c == 0x2D || c == 0x2F || c == 0x3A), i + 1 < n, isDigit(bytes[i + 1]) { i += 2; continue }
                    break
                }
                // 2019-an, 1960-an, G7s: letters glued to a number stay with it.
                if i < n, bytes[i] == 0x2D, i + 1 < n, isASCIILetter(bytes[i + 1]) {
                    i += 1
                    while i < n, isASCIILetter(bytes[i]) { i += 1 }
                }
                emit(start, i, .number)
                continue
            }
            if isLetter(v) {
                let start = i
                i += len
                var hasDot = false
                while i < n {
                    let (c, clen) = scalar(bytes, i)
                    if isLetter(c) || (c < 0x80 && isDigit(UInt8(c))) { i += clen; continue }
                    // Inner apostrophes (' and ’), dots between letters, hyphens before a lower-case letter or digit.
                    if c == 0x27 || c == 0x2019 || c == 0x2E || c == 0x2D {
                        let next = i + clen
                        if next < n {
                            let (d, _) = scalar(bytes, next)
                            if c == 0x2D {
                                if (isLetter(d) && !isUpper(d)) || (d < 0x80 && isDigit(UInt8(d))) { i = next; continue }
                                // kuasa-Mu, malaikat-Nya: a capitalised clitic after a hyphen stays.
                                if isUpper(d) {
                                    var j = next
                                    var word: [UInt8] = []
                                    while j < n, isASCIILetter(bytes[j]) { word.append(bytes[j] | 0x20); j += 1 }
                                    let w = String(decoding: word, as: UTF8.self)
                                    if ["mu", "nya", "ku", "lah"].contains(w) { i = j; continue }
                                }
                            } else if isLetter(d) {
                                if c == 0x2E { hasDot = true }
                                i = next
                                continue
                            }
                        }
                    }
                    break
                }
                // U.S. / a.m.: an abbreviation written with inner dots keeps its final dot.
                if hasDot, i < n, bytes[i] == 0x2E { i += 1 }
                // Russia's, Moskow’s: the possessive is a token of its own, so the name is found.
                var clitic = 0
                if i - start > 3 {
                    if bytes[i - 1] | 0x20 == 0x73, bytes[i - 2] == 0x27 {
                        clitic = 2
                    } else if bytes[i - 1] | 0x20 == 0x73, i - 4 >= start, bytes[i - 4] == 0xE2, bytes[i - 3] == 0x80, bytes[i - 2] == 0x99 {
                        clitic = 4
                    }
                }
                if clitic > 0 {
                    emit(start, i - clitic, .word)
                    emit(i - clitic, i, .word)
                } else {
                    emit(start, i, .word)
                }
                continue
            }
            // Punctuation: runs of the same ASCII mark are one token (... or --).
            let start = i
            i += len
            if len == 1 { while i < n, bytes[i] == b, b == 0x2E || b == 0x2D { i += 1 } }
            emit(start, i, .punctuation)
        }
    }
}
