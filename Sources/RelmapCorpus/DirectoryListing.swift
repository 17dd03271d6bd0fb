#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries of a folder, read with one `readdir` pass: each name and whether it is a folder.
///
/// The kind comes from the directory entry itself where the file system gives it, so that
/// listing a corpus of many thousand articles costs no `stat` per file.
struct DirectoryListing {
    /// One entry of a folder.
    struct Entry {
        /// The file or folder name.
        var name: String
        /// Whether the entry is a folder (following a symbolic link).
        var isDirectory: Bool
    }

    /// The entries of `folder` sorted by name (byte order), without `.` and `..`.
    ///
    /// - Throws: ``CorpusError/unreadable(path:reason:)`` when the folder cannot be opened.
    static func entries(of folder: String) throws(CorpusError) -> [Entry] {
        guard let dir = opendir(folder) else {
            throw .unreadable(path: folder, reason: String(cString: strerror(errno)))
        }
        defer { closedir(dir) }
        // The names' bytes one after another in one buffer, sorted as offsets into it: no array
        // or string per name until the order is known (a folder may hold many thousand articles).
        var bytes: [UInt8] = []
        var spans: [(start: Int32, count: Int32, isDirectory: Bool)] = []
        while let ent = readdir(dir) {
            let start = bytes.count
            withUnsafeBytes(of: ent.pointee.d_name) { raw in bytes.append(contentsOf: raw.prefix { $0 != 0 }) }
            let count = bytes.count - start
            if (count == 1 && bytes[start] == 0x2E) || (count == 2 && bytes[start] == 0x2E && bytes[start + 1] == 0x2E) {
                bytes.removeSubrange(start...)
                continue
            }
            let type = ent.pointee.d_type
            var isDirectory = type == UInt8(DT_DIR)
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                var st = stat()
                let name = String(decoding: bytes[start...], as: UTF8.self)
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                isDirectory = stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
            }
            spans.append((Int32(start), Int32(count), isDirectory))
        }
        return bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return [] }
            // Byte order, as `ls` sorts in the C locale: cheaper than Unicode-aware string order.
            spans.sort { a, b in
                let c = memcmp(base + Int(a.start), base + Int(b.start), Int(min(a.count, b.count)))
                return c != 0 ? c < 0 : a.count < b.count
            }
            return spans.map { s in
                Entry(name: String(decoding: UnsafeBufferPointer(start: base + Int(s.start), count: Int(s.count)), as: UTF8.self),
                      isDirectory: s.isDirectory)
            }
        }
    }
}
