import Foundation

/// The one CSV escaper of relmap: every CSV it writes (graph tables, rankings, relations,
/// coverage, timelines) quotes its fields here, so that relmap's reader and spreadsheets read
/// back what was written.
public enum CSVField {
    /// `s` as a CSV field, quoted when it must be (RFC 4180: a comma, a quote or a line break),
    /// and also when it starts with `#` (a comment line to relmap's reader) or starts or ends with
    /// a space or tab (which readers trim); a quote inside is doubled.
    public static func escape(_ s: String) -> String {
        let u = s.utf8
        let edge: (UInt8?) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        guard u.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) || u.first == 0x23 || edge(u.first) || edge(u.last) else {
            return s
        }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A record of `fields`, each escaped, joined by commas and ended by a line feed.
    public static func record(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }
}
