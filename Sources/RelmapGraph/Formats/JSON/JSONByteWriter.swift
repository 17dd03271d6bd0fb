/// Writes JSON text as UTF-8 bytes through a pointer into room made beforehand, so that a line of
/// many short fields costs one growth of its array rather than one append (with its checks) per
/// field.
///
/// ```swift
/// JSONByteWriter.write(into: &bytes, room: JSONByteWriter.room(quoting: name) + 16) { w in
///     w.raw("{\"name\":"); w.quoted(name); w.raw("}")
/// }
/// ```
public struct JSONByteWriter {
    @usableFromInline let base: UnsafeMutableBufferPointer<UInt8>
    /// Bytes written so far.
    public var count: Int { written }
    @usableFromInline var written = 0

    @usableFromInline init(_ base: UnsafeMutableBufferPointer<UInt8>) { self.base = base }

    /// The most bytes `s` takes as a JSON string literal (every byte escaped as `\u00XX`, and the quotes).
    @inlinable
    public static func room(quoting s: String) -> Int { s.utf8.count * 6 + 2 }

    /// The most bytes an integer takes (a sign and 20 digits).
    public static var integerRoom: Int { 21 }

    /// Appends to `out` what `body` writes, in at most `room` bytes.
    @inlinable
    public static func write(into out: inout [UInt8], room: Int, _ body: (inout JSONByteWriter) -> Void) {
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: room))
        var written = 0
        out.withUnsafeMutableBufferPointer { all in
            var w = JSONByteWriter(UnsafeMutableBufferPointer(rebasing: all[start...]))
            body(&w)
            written = w.count
        }
        out.removeLast(room - written)
    }

    /// Appends to `out` the bytes of `count` items written one after another: `room(i)` says the
    /// most bytes item `i` takes (it is called just before `body(i, &w)` writes that item).
    ///
    /// The items are written into scratch room on the stack and copied to `out` a run at a time, so
    /// that `out` is neither zero-filled ahead nor cut back after each item; an item larger than
    /// the scratch room is written as ``write(into:room:_:)`` does.
    @inlinable
    public static func append(
        _ count: Int, into out: inout [UInt8], room: (Int) -> Int, _ body: (Int, inout JSONByteWriter) -> Void
    ) {
        let scratch = 1 << 15
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scratch) { buf in
            var w = JSONByteWriter(buf)
            func flush() {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[..<w.written]))
                w.written = 0
            }
            for i in 0..<count {
                let need = room(i)
                if need > buf.count - w.written { flush() }
                if need > buf.count {
                    write(into: &out, room: need) { body(i, &$0) }
                } else {
                    body(i, &w)
                }
            }
            flush()
        }
    }

    /// Writes the bytes of `buf` as they are.
    @inlinable @inline(__always)
    mutating func copy(_ buf: UnsafeRawBufferPointer) {
        let n = buf.count
        precondition(written + n <= base.count, "JSONByteWriter: more bytes than room was made for")
        guard let from = buf.baseAddress, let to = base.baseAddress else { return }
        let dst = UnsafeMutableRawPointer(to + written)
        if n >= 8 && n <= 32 {
            // Keys and literals: a few words, the last overlapping, rather than a call to copy memory.
            var k = 0
            while k + 8 < n {
                dst.storeBytes(of: from.loadUnaligned(fromByteOffset: k, as: UInt64.self), toByteOffset: k, as: UInt64.self)
                k += 8
            }
            dst.storeBytes(of: from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self), toByteOffset: n - 8, as: UInt64.self)
        } else {
            dst.copyMemory(from: from, byteCount: n)
        }
        written += n
    }

    /// Writes one byte.
    @inlinable @inline(__always)
    public mutating func byte(_ b: UInt8) {
        precondition(written < base.count, "JSONByteWriter: more bytes than room was made for")
        base[written] = b
        written += 1
    }

    /// Writes `s` as it is (keys, punctuation, literals).
    @inlinable
    public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { copy(UnsafeRawBufferPointer($0)) }
    }

    /// Writes `s` as it is.
    @inlinable
    public mutating func raw(_ s: String) {
        // The string's own bytes when it has them in one piece (a copy of it costs a retain and a release).
        if s.utf8.withContiguousStorageIfAvailable({ copy(UnsafeRawBufferPointer($0)) }) == nil {
            var s = s
            s.withUTF8 { copy(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Writes `v` as a JSON integer.
    @inlinable
    public mutating func integer(_ v: Int) {
        precondition(base.count - written >= Self.integerRoom, "JSONByteWriter: more bytes than room was made for")
        guard let to = base.baseAddress else { return }
        var o = written
        if v < 0 {
            to[o] = UInt8(ascii: "-")
            o += 1
        }
        var m = v.magnitude
        var digits = 1
        var rest = m
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        var end = o + digits
        written = end
        // Two digits at a time, from the right, out of a table of the hundred pairs.
        let pairs: StaticString =
            "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
        while m >= 100 {
            let q = m / 100
            let pair = Int(m - q * 100) * 2
            end -= 2
            to[end] = pairs.utf8Start[pair]
            to[end + 1] = pairs.utf8Start[pair + 1]
            m = q
        }
        if m >= 10 {
            to[end - 2] = pairs.utf8Start[Int(m) * 2]
            to[end - 1] = pairs.utf8Start[Int(m) * 2 + 1]
        } else {
            to[end - 1] = UInt8(ascii: "0") + UInt8(m)
        }
    }

    /// Writes `s` as a JSON string literal: quoted, with quotes, backslashes and control
    /// characters escaped.
    @inlinable
    public mutating func quoted(_ s: String) {
        byte(0x22)
        // The string's own bytes when it has them in one piece (a copy of it costs a retain and a release).
        if s.utf8.withContiguousStorageIfAvailable({ quotedBody($0) }) == nil {
            var s = s
            s.withUTF8 { quotedBody($0) }
        }
        byte(0x22)
    }

    /// Writes the bytes of a string literal's body, escaped.
    ///
    /// Eight bytes at a time: a word with no byte to escape (a quote, a backslash or a control
    /// character, told by bit tricks on the whole word) is stored as it is, so that plain text,
    /// almost all of it, is checked and copied in one pass; a word holding one is written byte by
    /// byte. The last few bytes, and a string shorter than a word, are checked as one word too.
    @inlinable
    mutating func quotedBody(_ buf: UnsafeBufferPointer<UInt8>) {
        let n = buf.count
        // Room for the worst case (every byte escaped as \u00XX), checked once for the whole string.
        precondition(n <= (base.count - written) / 6, "JSONByteWriter: more bytes than room was made for")
        guard n > 0, let from = buf.baseAddress, let to = base.baseAddress else { return }
        let src = UnsafeRawPointer(from)
        let dst = UnsafeMutableRawPointer(to)
        var i = 0, o = written
        while i + 8 <= n {
            let w = src.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if !Self.needsEscape(w) {
                dst.storeBytes(of: w, toByteOffset: o, as: UInt64.self)
                i += 8
                o += 8
                continue
            }
            for k in i..<(i + 8) { o = Self.escape(from[k], into: to, at: o) }
            i += 8
        }
        // The last bytes (fewer than eight; short strings are all tail) checked and stored at once
        // when they need no escape and nothing before them was escaped: the word that ends the
        // string, overlapping bytes already stored (they land where they are); for a shorter string
        // two overlapping halves, or its first, middle and last bytes (spaces fill the word
        // checked: no space is escaped).
        let rest = n - i
        if rest > 0 && o - written == i {
            if n >= 8 {
                let tail = src.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                if !Self.needsEscape(tail) {
                    dst.storeBytes(of: tail, toByteOffset: o + rest - 8, as: UInt64.self)
                    written = o + rest
                    return
                }
            } else if n >= 4 {
                let head = src.loadUnaligned(as: UInt32.self)
                let tail = src.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
                if !Self.needsEscape(UInt64(head) | UInt64(tail) << 32) {
                    dst.storeBytes(of: head, toByteOffset: o, as: UInt32.self)
                    dst.storeBytes(of: tail, toByteOffset: o + n - 4, as: UInt32.self)
                    written = o + n
                    return
                }
            } else {
                let a = from[0], b = from[n >> 1], c = from[n - 1]
                if !Self.needsEscape(UInt64(a) | UInt64(b) << 8 | UInt64(c) << 16 | 0x2020_2020_2000_0000) {
                    to[o] = a
                    to[o + (n >> 1)] = b
                    to[o + n - 1] = c
                    written = o + n
                    return
                }
            }
        }
        while i < n {
            o = Self.escape(from[i], into: to, at: o)
            i += 1
        }
        written = o
    }

    /// Whether any of the eight bytes of `w` is below 0x20, a quote (0x22) or a backslash (0x5C).
    @inlinable @inline(__always)
    static func needsEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // A byte below 0x20 (the top bit of a byte of `w` set rules it out: `& ~w`).
        let control = (w &- ones &* 0x20) & ~w & highs
        // A byte equal to 0x22 or to 0x5C is a zero byte of `w` XOR the byte repeated.
        let q = w ^ (ones &* 0x22)
        let b = w ^ (ones &* 0x5C)
        let quote = (q &- ones) & ~q & highs
        let backslash = (b &- ones) & ~b & highs
        return (control | quote | backslash) != 0
    }

    /// Writes `b` escaped as a JSON string wants it at `o` of `to`, and returns the offset after it.
    @inlinable @inline(__always)
    static func escape(_ b: UInt8, into to: UnsafeMutablePointer<UInt8>, at o: Int) -> Int {
        switch b {
        case 0x22, 0x5C:
            to[o] = 0x5C
            to[o + 1] = b
            return o + 2
        case 0x0A, 0x0D, 0x09:
            to[o] = 0x5C
            to[o + 1] = b == 0x0A ? 0x6E : b == 0x0D ? 0x72 : 0x74
            return o + 2
        case 0..<0x20:
            let hex: StaticString = "0123456789abcdef"
            to[o] = 0x5C
            to[o + 1] = 0x75
            to[o + 2] = 0x30
            to[o + 3] = 0x30
            to[o + 4] = hex.utf8Start[Int(b >> 4)]
            to[o + 5] = hex.utf8Start[Int(b & 15)]
            return o + 6
        default:
            to[o] = b
            return o + 1
        }
    }
}
