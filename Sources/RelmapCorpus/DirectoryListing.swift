#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The entries of a folder, read with one `readdir` pass: each name and what it is.
///
/// Each entry is looked at with `fstatat` on the open folder (links followed), so that the
/// walk knows regular files from pipes and devices, and one file from another by device and
/// inode, without opening any of them.
struct DirectoryListing {
    /// One entry of a folder.
    struct Entry {
        /// The file or folder name.
        var name: String
        /// What the entry is, links followed; nil for a broken link or one that cannot be looked at.
        var status: FileStatus?
        /// Whether the name is valid UTF-8: one that is not cannot be named again by a Swift
        /// string (its bytes are replaced by U+FFFD in ``name``).
        var validName = true

        /// Whether the entry is a folder (following a symbolic link).
        var isDirectory: Bool { status?.kind == .folder }
    }

    /// The entries of `folder` sorted by name (byte order), without `.` and `..`.
    ///
    /// - Throws: ``CorpusError/unreadable(path:reason:)`` when the folder cannot be opened.
    static func entries(of folder: String) throws(CorpusError) -> [Entry] {
        guard let dir = opendir(folder) else {
            throw .unreadable(path: folder, reason: String(cString: strerror(errno)))
        }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        let device = Self.inodesOfEntries(fd)
        // The names' bytes one after another in one buffer, sorted as offsets into it: no array
        // or string per name until the order is known (a folder may hold many thousand articles).
        var bytes: [UInt8] = []
        var spans: [(start: Int32, count: Int32, status: FileStatus?, valid: Bool)] = []
        while let ent = readdir(dir) {
            let start = bytes.count
            withUnsafeBytes(of: ent.pointee.d_name) { raw in bytes.append(contentsOf: raw.prefix { $0 != 0 }) }
            let count = bytes.count - start
            if (count == 1 && bytes[start] == 0x2E) || (count == 2 && bytes[start] == 0x2E && bytes[start + 1] == 0x2E) {
                bytes.removeSubrange(start...)
                continue
            }
            // A name that is not UTF-8 is not looked at: its decoded form names another file.
            let name = String.validatedUTF8(bytes[start...])
            let status: FileStatus?
            if let device, name != nil, Int32(ent.pointee.d_type) == Int32(DT_REG) {
                // A regular file (not a link): what `fstatat` would say, without asking.
                status = FileStatus(kind: .regular, identity: .init(device: device, inode: UInt64(ent.pointee.d_ino)))
            } else {
                status = name.flatMap { FileStatus.of($0, in: fd) }
            }
            spans.append((Int32(start), Int32(count), status, name != nil))
        }
        return bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return [] }
            // Byte order, as `ls` sorts in the C locale: cheaper than Unicode-aware string order.
            spans.sort { a, b in
                let c = memcmp(base + Int(a.start), base + Int(b.start), Int(min(a.count, b.count)))
                return c != 0 ? c < 0 : a.count < b.count
            }
            return spans.map { s in
                Entry(
                    name: String(decoding: UnsafeBufferPointer(start: base + Int(s.start), count: Int(s.count)), as: UTF8.self),
                    status: s.status, validName: s.valid)
            }
        }
    }

    /// The device of the open folder `fd` when its file system gives each entry's inode in the
    /// listing as `stat` gives it (ext4, XFS, Btrfs, tmpfs), so that a regular file's identity
    /// needs no `fstatat`; nil elsewhere (overlay and network file systems may number entries
    /// otherwise), where every entry is looked at.
    static func inodesOfEntries(_ fd: Int32) -> UInt64? {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
            guard let fstatfs = Self.fstatfs else { return nil }
            // `struct statfs` (120 bytes here) begins with the file system's type as a long.
            var fs = [Int](repeating: 0, count: 32)
            var st = stat()
            guard fs.withUnsafeMutableBytes({ fstatfs(fd, $0.baseAddress) }) == 0, fstat(fd, &st) == 0 else { return nil }
            // ext2/3/4, XFS, Btrfs, tmpfs.
            let trusted = [0xEF53, 0x5846_5342, 0x9123_683E, 0x0102_1994]
            return trusted.contains(fs[0]) ? UInt64(st.st_dev) : nil
        #else
            return nil
        #endif
    }

    #if os(Linux) && (arch(x86_64) || arch(arm64))
        /// The C library's `fstatfs`, which the Glibc module does not declare, found by name.
        private static let fstatfs: (@convention(c) (Int32, UnsafeMutableRawPointer?) -> Int32)? = {
            guard let symbol = dlsym(nil, "fstatfs") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int32, UnsafeMutableRawPointer?) -> Int32).self)
        }()
    #endif
}
