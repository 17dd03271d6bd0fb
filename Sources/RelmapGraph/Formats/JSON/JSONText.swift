import Foundation

/// Writes JSON text with keys in a chosen order, so that files read well and diff cleanly.
public enum JSONText {
    /// A JSON value.
    public indirect enum Value: Sendable {
        case string(String)
        case number(Double)
        case int(Int)
        case bool(Bool)
        case null
        case array([Value])
        case object([(String, Value)])
    }

    /// The JSON text of `value`, indented by `indent` spaces a level (0: one line).
    public static func render(_ value: Value, indent: Int = 0) -> String {
        // Written as UTF-8 bytes: a graph with its evidence runs to megabytes of text.
        var out: [UInt8] = []
        write(value, into: &out, indent: indent, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// `s` as a JSON string literal.
    public static func quote(_ s: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 2)
        appendQuoted(s, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `v` as a JSON integer to `out`, as UTF-8 digits, without making a String first.
    public static func appendInteger(_ v: Int, to out: inout [UInt8]) {
        JSONByteWriter.write(into: &out, room: JSONByteWriter.integerRoom) { $0.integer(v) }
    }

    /// Appends `s` as a JSON string literal to `out`, as UTF-8 bytes.
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        JSONByteWriter.write(into: &out, room: JSONByteWriter.room(quoting: s)) { $0.quoted(s) }
    }

    /// A number as JSON writes it: integers without a fraction, others with up to 10 significant digits.
    public static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        // Swift's shortest representation that reads back to the same Double.
        return String(d)
    }

    private static func write(_ v: Value, into out: inout [UInt8], indent: Int, level: Int) {
        func raw(_ s: StaticString) { s.withUTF8Buffer { out.append(contentsOf: $0) } }
        /// A new line indented to `l` levels (nothing on one line).
        func newline(_ l: Int) {
            guard indent > 0 else { return }
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: indent * l))
        }
        switch v {
        case .string(let s): appendQuoted(s, to: &out)
        case .number(let d): out.append(contentsOf: number(d).utf8)
        case .int(let i): appendInteger(i, to: &out)
        case .bool(let b): if b { raw("true") } else { raw("false") }
        case .null: raw("null")
        case .array(let items):
            if items.isEmpty { raw("[]"); return }
            raw("[")
            for (i, item) in items.enumerated() {
                if i > 0 { raw(",") }
                newline(level + 1)
                write(item, into: &out, indent: indent, level: level + 1)
            }
            newline(level)
            raw("]")
        case .object(let fields):
            if fields.isEmpty { raw("{}"); return }
            raw("{")
            for (i, (k, item)) in fields.enumerated() {
                if i > 0 { raw(",") }
                newline(level + 1)
                appendQuoted(k, to: &out)
                if indent > 0 { raw(": ") } else { raw(":") }
                write(item, into: &out, indent: indent, level: level + 1)
            }
            newline(level)
            raw("}")
        }
    }
}
