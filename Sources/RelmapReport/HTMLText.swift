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
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for c in json.unicodeScalars {
            switch c {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
