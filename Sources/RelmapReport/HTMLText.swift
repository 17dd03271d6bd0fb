/// Text made safe for the places a report puts it in HTML.
public enum HTMLText {
    /// `s` as HTML text or a quoted attribute value: `&`, `<`, `>`, `"` and `'` as character
    /// references.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// JSON text made safe inside a `<script>` element: `<`, `>` and `&` (which JSON holds only
    /// within strings) as `\u003c`, `\u003e`, `\u0026`, so that no `</script>` or `<!--` in the
    /// data ends or changes the element; U+2028 and U+2029 escaped too, for older parsers.
    public static func scriptJSON(_ json: String) -> String {
        // Byte by byte: the data of a large corpus runs to tens of megabytes.
        var out: [UInt8] = []
        out.reserveCapacity(json.utf8.count + json.utf8.count / 16)
        let bytes = Array(json.utf8)
        var i = 0
        func escape(_ code: StaticString) { code.withUTF8Buffer { out.append(contentsOf: $0) } }
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "<"): escape("\\u003c")
            case UInt8(ascii: ">"): escape("\\u003e")
            case UInt8(ascii: "&"): escape("\\u0026")
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                escape(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
