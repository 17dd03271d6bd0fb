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
        var out = ""
        write(value, into: &out, indent: indent, level: 0)
        return out
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
        if v < 0 { out.append(UInt8(ascii: "-")) }
        var m = v.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)   // up to 20 digits, written from the right
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[23 - n] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
                n += 1
            } while m > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: d[(24 - n)...]))
        }
    }

    /// Appends `s` as a JSON string literal to `out`, as UTF-8 bytes.
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        // Most strings need no escaping: copy them whole.
        let copied = s.utf8.withContiguousStorageIfAvailable { buf -> Bool in
            for b in buf where b < 0x20 || b == 0x22 || b == 0x5C { return false }
            out.append(contentsOf: buf)
            return true
        } ?? false
        if !copied {
            let hex = Array("0123456789abcdef".utf8)
            for b in s.utf8 {
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
                default: out.append(b)
                }
            }
        }
        out.append(0x22)
    }

    /// A number as JSON writes it: integers without a fraction, others with up to 10 significant digits.
    public static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        // Swift's shortest representation that reads back to the same Double.
        return String(d)
    }

    private static func write(_ v: Value, into out: inout String, indent: Int, level: Int) {
        let nl = indent > 0 ? "\n" : ""
        let pad = { (l: Int) in indent > 0 ? String(repeating: " ", count: indent * l) : "" }
        let sep = indent > 0 ? ": " : ":"
        switch v {
        case .string(let s): out += quote(s)
        case .number(let d): out += number(d)
        case .int(let i): out += String(i)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[" + nl
            for (i, item) in items.enumerated() {
                out += pad(level + 1)
                write(item, into: &out, indent: indent, level: level + 1)
                out += (i < items.count - 1 ? "," : "") + nl
            }
            out += pad(level) + "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{" + nl
            for (i, (k, item)) in fields.enumerated() {
                out += pad(level + 1) + quote(k) + sep
                write(item, into: &out, indent: indent, level: level + 1)
                out += (i < fields.count - 1 ? "," : "") + nl
            }
            out += pad(level) + "}"
        }
    }
}

import Foundation
