import Foundation

/// Reads files as UTF-8 text, with errors that name the file and the line of the first bad byte.
public enum TextFile {
    /// The contents of `path` as a Unicode NFC string, its byte-order mark and CR line ends removed.
    public static func read(_ path: String) throws(CorpusError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try decode(data, path: path)
    }

    /// Decodes `data` as UTF-8, naming `path` and the line of the first invalid byte when it is not.
    public static func decode(_ data: Data, path: String) throws(CorpusError) -> String {
        guard var text = String(validating: data, as: UTF8.self) else {
            throw .notUTF8(path: path, line: firstInvalidLine(data))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return normalise(text)
    }

    /// Unicode NFC, so that composed and decomposed letters match the lexicon alike.
    ///
    /// Text without combining marks or Hangul jamo is already in NFC and is returned as it is,
    /// which spares the costly normalisation for almost all news text.
    public static func normalise(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let needs = text.unicodeScalars.contains { u in
            u.value >= 0x300 && (u.properties.canonicalCombiningClass != .notReordered
                || (0x1100...0x11FF).contains(u.value) || (0x3130...0x318F).contains(u.value))
        }
        return needs ? text.precomposedStringWithCanonicalMapping : text
    }

    /// The 1-based line holding the first byte sequence that is not UTF-8.
    static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        var lineStart = data.startIndex
        for (index, byte) in zip(data.indices, data) where byte == 0x0A {
            if String(validating: data[lineStart..<index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = data.index(after: index)
        }
        return line
    }
}
