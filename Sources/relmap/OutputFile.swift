import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command writes: standard output, or a file that appears whole or not at all.
///
/// A regular file is written to a temporary name beside it and renamed over the target when
/// complete, so that an error half-way leaves no partial output; the temporary file is removed
/// on an error and on SIGINT, SIGTERM and SIGHUP (``TemporaryFiles``). A target that exists and
/// is not a regular file (`/dev/null`, a named pipe, a terminal) is written in place: renaming over
/// it would replace the device or pipe with a file. A symbolic link is followed, so that the file
/// it points to is replaced and the link stays.
///
/// An existing file keeps its mode (and its owner and group where the process may set them); a
/// read-only one is refused, not replaced. A file with other hard links is still written to a
/// temporary file first, whose finished content is then copied into the file itself, so that
/// every name of it shows the new output (the copy is the one moment a failure could leave it
/// partial).
final class OutputFile {
    private let path: String?
    private let temporary: String?
    private let fd: Int32
    private var committed = false
    private var closed = false
    /// The slot of ``temporary`` in ``TemporaryFiles``.
    private var slot: Int?
    /// Whether the target has other hard links, so that the output is copied into it.
    private var inPlace: Bool

    /// Opens `path` for writing, or standard output when `path` is nil or `-`.
    init(_ path: String?) throws {
        inPlace = false
        guard let path, path != "-" else {
            self.path = nil
            temporary = nil
            fd = STDOUT_FILENO
            return
        }
        guard !path.isEmpty else { throw CLIError("an output file name (-o, --svg) is empty; give a file, or - for standard output") }
        var target = path
        var info = stat()
        var existing: stat?
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw CLIError("\(path): is a folder; give a file name for the output")
            case S_IFREG:
                // No write permission for anyone, or none for this user: the file is kept.
                if info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH) == 0 || access(path, W_OK) != 0 {
                    throw CLIError("\(path): the file is read-only; make it writable (chmod u+w) or give another -o")
                }
                if let resolved = realpath(path, nil) {
                    target = String(cString: resolved)
                    free(resolved)
                }
                existing = info
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
        // Registered (and the signal handlers installed) before the file exists: a signal between
        // creating it and registering it would leave it behind.
        slot = TemporaryFiles.register(temp)
        let d = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard d >= 0 else {
            let reason = String(cString: strerror(errno))
            TemporaryFiles.forget(slot)
            // The file appears by rename, so its folder must take a new file beside it.
            throw CLIError("\(path): cannot write in \(folder) (\(reason)); give an -o in a folder you can write to")
        }
        if let existing {
            _ = fchown(d, existing.st_uid, existing.st_gid)
            _ = fchmod(d, existing.st_mode & 0o7777)
            inPlace = existing.st_nlink > 1
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
            let n = systemWrite(fd, base + offset, bytes.count - offset)
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

    /// Closes the file descriptor once, so that many finished files can wait for their commit
    /// without holding a descriptor each.
    private func closeFile() {
        guard !closed, fd != STDOUT_FILENO else { return }
        closed = true
        close(fd)
    }

    /// Ends writing: the content is complete, and waits for ``commit()`` (or is discarded).
    func seal() { closeFile() }

    /// Finishes the file: renames the temporary file over the target.
    func commit() throws {
        guard let path else { return }
        guard let temporary else {
            closeFile()
            committed = true
            return
        }
        closeFile()
        committed = true
        defer { TemporaryFiles.forget(slot) }
        if inPlace {
            defer { unlink(temporary) }
            try Self.copy(temporary, into: path)
        } else if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError("\(path): cannot replace the file (\(reason))")
        }
    }

    /// Copies the finished file `source` into the existing file `target`, keeping its inode.
    private static func copy(_ source: String, into target: String) throws {
        func fail() -> CLIError { CLIError("\(target): cannot write the file (\(String(cString: strerror(errno))))") }
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw fail() }
        defer { close(input) }
        let output = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard output >= 0 else { throw fail() }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; throw fail() }
            if n == 0 { break }
            var offset = 0
            while offset < n {
                let w = buffer.withUnsafeBytes { systemWrite(output, $0.baseAddress.map { $0 + offset }, n - offset) }
                if w < 0 { if errno == EINTR { continue }; throw fail() }
                offset += w
            }
        }
    }

    /// Gives the output up: the temporary file is removed and the target left as it was.
    func discard() {
        guard !committed, fd != STDOUT_FILENO else { return }
        committed = true
        closeFile()
        if let temporary { unlink(temporary) }
        TemporaryFiles.forget(slot)
    }

    deinit { discard() }

    /// Finishes several files written together, once all of them are complete.
    static func commit(_ files: [OutputFile]) throws {
        for file in files { try file.commit() }
    }

    /// Writes `data` to `path` whole: the one-shot form.
    static func write(_ data: Data, to path: String?) throws {
        let out = try OutputFile(path)
        try out.write(data)
        try out.commit()
    }
}

/// The system's write(2), by a name of its own: inside ``OutputFile``, `write` is
/// ``OutputFile/write(_:)``.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
    #elseif canImport(Darwin)
        Darwin.write(fd, buffer, count)
    #endif
}
