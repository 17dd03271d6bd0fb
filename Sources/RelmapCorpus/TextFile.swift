import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads files as UTF-8 text, with errors that name the file and the line of the first bad byte.
public enum TextFile {
    /// The contents of `path` as a Unicode NFC string, its byte-order mark and CR line ends removed.
    public static func read(_ path: String) throws(CorpusError) -> String {
        // One open, fstat and read: corpora are many small files, and Foundation's per-file
        // overhead would cost more than reading them.
        let fd = try openRegular(path)
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        var bytes = [UInt8](repeating: 0, count: max(Int(st.st_size), 0))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let n = bytes.withUnsafeMutableBytes { buf in
                systemRead(fd, buf.baseAddress! + filled, buf.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            filled += n
            // A regular file read to its size is read whole: no call to find the end.
            if filled == Int(st.st_size), (st.st_mode & S_IFMT) == S_IFREG { break }
        }
        bytes.removeSubrange(filled...)
        return try decode(bytes, path: path)
    }

    /// Opens `path` for reading if it is a regular file; a pipe, a device or a folder is refused.
    ///
    /// The file is opened without blocking, so that a named pipe without a writer cannot hold the
    /// run up, and looked at before a byte is read, so that `/dev/zero` is never read at all.
    static func openRegular(_ path: String) throws(CorpusError) -> Int32 {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .unreadable(path: path, reason: reason)
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw .unreadable(path: path, reason: "\(FileStatus(st).kindName), not a regular file")
        }
        return fd
    }

    /// Decodes `bytes` as UTF-8, naming `path` and the line of the first invalid byte when it is not.
    static func decode(_ bytes: [UInt8], path: String) throws(CorpusError) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .notUTF8(path: path, line: firstInvalidLine(Data(bytes)))
        }
        // Plain ASCII without CR is what most files are: nothing to clean.
        var plain = true
        for b in bytes where b >= 0x80 || b == 0x0D { plain = false; break }
        return plain ? text : clean(text)
    }

    /// Decodes `data` as UTF-8, naming `path` and the line of the first invalid byte when it is not.
    public static func decode(_ data: Data, path: String) throws(CorpusError) -> String {
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .notUTF8(path: path, line: firstInvalidLine(data))
        }
        return clean(text)
    }

    /// `text` without its byte-order mark and CR line ends, in NFC.
    static func clean(_ text: String) -> String {
        var text = text
        if text.utf8.first == 0xEF, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
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
        let ascii =
            text.utf8.withContiguousStorageIfAvailable { buf in
                var all = true
                for b in buf where b >= 0x80 { all = false; break }
                return all
            } ?? text.utf8.allSatisfy { $0 < 0x80 }
        if ascii { return text }
        let needs = text.unicodeScalars.contains { u in
            u.value >= 0x300
                && (u.properties.canonicalCombiningClass != .notReordered
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

/// The system's read(2), by a name of its own: inside ``TextFile``, `read` is ``TextFile/read(_:)``.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
    #elseif canImport(Darwin)
        Darwin.read(fd, buffer, count)
    #endif
}
