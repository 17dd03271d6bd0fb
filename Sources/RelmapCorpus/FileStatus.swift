#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a path is, by `stat` with links followed: its kind and the device and inode that tell
/// one file from another however many paths lead to it.
struct FileStatus: Sendable, Hashable {
    /// The kinds of file a corpus can meet.
    enum Kind: Sendable, Hashable {
        case regular, folder, pipe, device, socket, other
    }

    /// A file's identity: two paths with the same identity are the same file.
    struct Identity: Sendable, Hashable {
        var device: UInt64
        var inode: UInt64
    }

    var kind: Kind
    var identity: Identity

    /// The status of `path`, links followed, or nil when it cannot be had (missing, a broken
    /// link, a link loop, no permission).
    static func of(_ path: String) -> FileStatus? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileStatus(st)
    }

    /// The status of the entry `name` of the open folder `folder`, links followed.
    static func of(_ name: String, in folder: Int32) -> FileStatus? {
        var st = stat()
        guard fstatat(folder, name, &st, 0) == 0 else { return nil }
        return FileStatus(st)
    }

    /// Whether `path` exists as a name, a link that leads nowhere included.
    static func linkExists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// A status of `kind` and `identity`.
    init(kind: Kind, identity: Identity) {
        self.kind = kind
        self.identity = identity
    }

    init(_ st: stat) {
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .folder
        case S_IFIFO: kind = .pipe
        case S_IFCHR, S_IFBLK: kind = .device
        case S_IFSOCK: kind = .socket
        default: kind = .other
        }
        identity = Identity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }

    /// The kind in words, for messages: "a named pipe", "a device".
    var kindName: String {
        switch kind {
        case .regular: return "a file"
        case .folder: return "a folder"
        case .pipe: return "a named pipe"
        case .device: return "a device"
        case .socket: return "a socket"
        case .other: return "not a regular file"
        }
    }
}
