/// Messages kept to one line whatever the names in them hold: a file name with a line break or
/// another control character shows it escaped (`\n`, `\u{1B}`), so that it can neither split an
/// error nor forge a line of its own on a terminal.
public enum OneLine {
    /// `text` with its control characters escaped.
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        var out = ""
        for u in text.unicodeScalars {
            switch u {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.properties.generalCategory == .control {
                    out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
