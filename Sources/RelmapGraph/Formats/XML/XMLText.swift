/// Escapes text for XML attributes and element content.
enum XMLText {
    /// `s` escaped for an attribute value or element content: the five special characters as
    /// entities, and tab, line feed and carriage return as character references (so that a reader
    /// gets them back rather than spaces). XML 1.0 has no way to write the other control characters
    /// (NUL among them) or U+FFFE and U+FFFF: a string that holds one is an ``ExportError`` naming
    /// `field`, never a string silently changed (dropping a NUL would merge ids).
    static func escape(_ s: String, _ field: @autoclosure () -> String, format: String) throws(ExportError) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 < 0x20 || $0 == 0xEF }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF {
                    throw ExportError(
                        format: format, reason: "XML cannot hold the control character U+\(hex(u.value)) in \(field()) \"\(ExportError.shown(s))\": remove it from the input, or export as JSON or CSV")
                }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    private static func hex(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
