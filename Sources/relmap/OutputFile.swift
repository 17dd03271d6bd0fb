import Foundation

/// Where a command writes: standard output, or a file that appears whole or not at all.
///
/// A regular file is written to a temporary name beside it and renamed over the target when
/// complete, so that an error half-way leaves no partial output. A target that exists and is not a
/// regular file (`/dev/null`, a named pipe, a terminal) is written in place: renaming over it would
/// replace the device or pipe with a file. A symbolic link is followed, so that the file it points
/// to is replaced and the link stays.
final class OutputFile {
    private let path: String?
    private let temporary: String?
    private let fd: Int32
    private var committed = false

    /// Opens `path` for writing, or standard output when `path` is nil or `-`.
    init(_ path: String?) throws {
        guard let path, path != "-" else {
            self.path = nil
            temporary = nil
            fd = STDOUT_FILENO
            return
        }
        var target = path
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw CLIError("\(path): is a folder; give a file name for the output")
            case S_IFREG:
                if let resolved = realpath(path, nil) {
                    target = String(cString: resolved)
                    free(resolved)
                }
            default:
                // A device or a pipe: written as it is, never replaced.
                let d = open(path, O_WRONLY)
                guard d >= 0 else { throw CLIError("\(path): cannot write here (\(String(cString: strerror(errno))))") }
                self.path = path
                temporary = nil
                fd = d
                return
            }
        }
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError("\(path): the folder \(folder) does not exist")
        }
        let temp = folder + "/." + url.lastPathComponent + ".relmap-\(getpid()).tmp"
        let d = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard d >= 0 else {
            throw CLIError("\(path): cannot write here (\(String(cString: strerror(errno))))")
        }
        temporary = temp
        fd = d
        self.path = target
    }

    /// Appends bytes.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, base + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw CLIError("\(path ?? "standard output"): write failed: \(String(cString: strerror(errno)))")
            }
            offset += n
        }
    }

    /// Appends bytes.
    func write(_ bytes: [UInt8]) throws { try bytes.withUnsafeBytes { try write($0) } }

    /// Appends bytes.
    func write(_ data: Data) throws { try data.withUnsafeBytes { try write($0) } }

    /// Appends text as UTF-8.
    func write(_ text: String) throws { try write(Array(text.utf8)) }

    /// Finishes the file: renames the temporary file over the target.
    func commit() throws {
        guard let path else { return }
        guard let temporary else {
            if fd != STDOUT_FILENO { close(fd) }
            committed = true
            return
        }
        close(fd)
        if rename(temporary, path) != 0 {
            unlink(temporary)
            throw CLIError("\(path): cannot replace the file (\(String(cString: strerror(errno))))")
        }
        committed = true
    }

    /// Gives the output up: the temporary file is removed and the target left as it was.
    func discard() {
        guard !committed, fd != STDOUT_FILENO else { return }
        committed = true
        close(fd)
        if let temporary { unlink(temporary) }
    }

    deinit {
        guard !committed, fd != STDOUT_FILENO else { return }
        close(fd)
        if let temporary { unlink(temporary) }
    }

    /// Writes `data` to `path` whole: the one-shot form.
    static func write(_ data: Data, to path: String?) throws {
        let out = try OutputFile(path)
        try out.write(data)
        try out.commit()
    }
}
