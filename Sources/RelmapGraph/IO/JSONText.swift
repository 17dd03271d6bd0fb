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
        // Most strings need no escaping: copy them whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + s + "\"" }
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
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
