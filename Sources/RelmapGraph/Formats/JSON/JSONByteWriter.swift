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

    /// Writes the bytes of `buf` as they are.
    @inlinable @inline(__always)
    mutating func copy(_ buf: UnsafeRawBufferPointer) {
        precondition(written + buf.count <= base.count, "JSONByteWriter: more bytes than room was made for")
        if let from = buf.baseAddress, let to = base.baseAddress { (to + written).update(from: from.assumingMemoryBound(to: UInt8.self), count: buf.count) }
        written += buf.count
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
        if v < 0 { byte(UInt8(ascii: "-")) }
        var m = v.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // up to 20 digits, written from the right
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[23 - n] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
                n += 1
            } while m > 0
            copy(UnsafeRawBufferPointer(rebasing: d[(24 - n)...]))
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
    @inlinable
    mutating func quotedBody(_ buf: UnsafeBufferPointer<UInt8>) {
        // Most strings need no escaping: copied whole.
        var plain = true
        for b in buf where b < 0x20 || b == 0x22 || b == 0x5C { plain = false; break }
        if plain { copy(UnsafeRawBufferPointer(buf)); return }
        let hex: StaticString = "0123456789abcdef"
        for b in buf {
            switch b {
            case 0x22: byte(0x5C); byte(0x22)
            case 0x5C: byte(0x5C); byte(0x5C)
            case 0x0A: byte(0x5C); byte(0x6E)
            case 0x0D: byte(0x5C); byte(0x72)
            case 0x09: byte(0x5C); byte(0x74)
            case 0..<0x20:
                byte(0x5C); byte(0x75); byte(0x30); byte(0x30)
                byte(hex.utf8Start[Int(b >> 4)]); byte(hex.utf8Start[Int(b & 15)])
            default: byte(b)
            }
        }
    }
}
