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
        try decode(readBytes(path), path: path)
    }

    /// The bytes of the regular file at `path`, as they are (``decode(_:path:)-3d9sa`` makes them text).
    public static func readBytes(_ path: String) throws(CorpusError) -> [UInt8] {
        // One open, fstat and read: corpora are many small files, and Foundation's per-file
        // overhead would cost more than reading them.
        let (fd, size) = try openRegular(path)
        defer { close(fd) }
        var failure: CorpusError?
        // Read straight into an array of the file's size, never zeroed; a file that stops short
        // (it shrank since) keeps what was read.
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
            count = 0
            guard let base = buf.baseAddress else { return }
            while count < size {
                let n = systemRead(fd, base + count, size - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = .unreadable(path: path, reason: String(cString: strerror(errno)))
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        if let failure { throw failure }
        // A regular file read to its size is read whole: no call to find the end. One that says
        // it is empty (as files of /proc do) may not be: read until the end.
        guard size == 0 else { return bytes }
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let n = bytes.withUnsafeMutableBytes { buf in systemRead(fd, buf.baseAddress! + filled, buf.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Opens `path` for reading if it is a regular file, and says its size; a pipe, a device or a
    /// folder is refused.
    ///
    /// The file is opened without blocking, so that a named pipe without a writer cannot hold the
    /// run up, and looked at before a byte is read, so that `/dev/zero` is never read at all.
    static func openRegular(_ path: String) throws(CorpusError) -> (fd: Int32, size: Int) {
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
        return (fd, max(Int(st.st_size), 0))
    }

    /// Decodes `bytes` as UTF-8, naming `path` and the line of the first invalid byte when it is not.
    public static func decode(_ bytes: [UInt8], path: String) throws(CorpusError) -> String {
        // Plain ASCII without CR is what most files are: valid, and nothing to clean.
        if bytes.withUnsafeBufferPointer({ isPlain($0, carriageReturns: true) }) { return String(decoding: bytes, as: UTF8.self) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .notUTF8(path: path, line: firstInvalidLine(Data(bytes)))
        }
        return clean(text)
    }

    /// Whether `buf` is ASCII (no byte from 0x80), and without CR (0x0D) when `carriageReturns`.
    ///
    /// Thirty-two bytes at a time, as four words checked by bit tricks (a byte's top bit; a CR is
    /// a zero byte of the word XOR CRs), the few bytes after them one by one: most of a corpus's
    /// bytes pass through here.
    static func isPlain(_ buf: UnsafeBufferPointer<UInt8>, carriageReturns: Bool) -> Bool {
        guard let base = buf.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // Without `carriageReturns`, 0x80 stands in for CR: a byte equal to it has its top bit set anyway.
        let cr: UInt64 = carriageReturns ? ones &* 0x0D : highs
        let n = buf.count
        var i = 0
        while i + 32 <= n {
            var bad: UInt64 = 0
            for k in 0..<4 {
                let w = raw.loadUnaligned(fromByteOffset: i + 8 * k, as: UInt64.self)
                let x = w ^ cr
                bad |= w | ((x &- ones) & ~x)
            }
            if bad & highs != 0 { return false }
            i += 32
        }
        while i < n {
            let b = base[i]
            if b >= 0x80 || (carriageReturns && b == 0x0D) { return false }
            i += 1
        }
        return true
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
        let ascii = text.utf8.withContiguousStorageIfAvailable { isPlain($0, carriageReturns: false) } ?? text.utf8.allSatisfy { $0 < 0x80 }
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
