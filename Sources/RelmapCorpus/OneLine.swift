/// Messages kept to one line whatever the names in them hold: a file name with a line break or
/// another control character (or a Unicode line or paragraph separator) shows it escaped (`\n`,
/// `\u{1B}`), so that it can neither split an error nor forge a line of its own on a terminal.
public enum OneLine {
    /// Whether `u` would break or rewrite a line: a control character or a line or paragraph separator.
    static func breaks(_ u: Unicode.Scalar) -> Bool {
        u.properties.generalCategory == .control || u == "\u{2028}" || u == "\u{2029}"
    }

    /// `text` with its control characters and line separators escaped.
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: breaks) else { return text }
        var out = ""
        for u in text.unicodeScalars {
            switch u {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if breaks(u) {
                    out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
