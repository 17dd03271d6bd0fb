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
        // Each entry with its name's bytes, the sort key.
        var out: [(key: [UInt8], entry: Entry)] = []
        while let ent = readdir(dir) {
            let key = withUnsafeBytes(of: ent.pointee.d_name) { raw in [UInt8](raw.prefix { $0 != 0 }) }
            let name = String(decoding: key, as: UTF8.self)
            if name == "." || name == ".." { continue }
            let type = ent.pointee.d_type
            var isDirectory = type == UInt8(DT_DIR)
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                var st = stat()
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                isDirectory = stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
            }
            out.append((key, Entry(name: name, isDirectory: isDirectory)))
        }
        // Byte order, as `ls` sorts in the C locale: cheaper than Unicode-aware string order, and
        // compared on the bytes kept from `readdir` (comparing the strings' bytes copied them).
        out.sort { bytesPrecede($0.key, $1.key) }
        return out.map(\.entry)
    }

    /// Whether `a` sorts before `b` byte by byte.
    private static func bytesPrecede(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                let n = min(x.count, y.count)
                guard n > 0, let p = x.baseAddress, let q = y.baseAddress else { return x.count < y.count }
                let c = memcmp(p, q, n)
                return c != 0 ? c < 0 : x.count < y.count
            }
        }
    }
}
