import Foundation

/// Where a command writes: standard output, or a file that appears whole or not at all.
///
/// A file is written to a temporary name beside it and renamed over the target when complete,
/// so that an error half-way leaves no partial output.
final class OutputFile {
    private let path: String?
    private let temporary: String?
    private let handle: FileHandle
    private var committed = false

    /// Opens `path` for writing, or standard output when `path` is nil or `-`.
    init(_ path: String?) throws {
        if let path, path != "-" {
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CLIError("\(path): the folder \(folder) does not exist")
            }
            let temp = folder + "/." + url.lastPathComponent + ".relmap-\(ProcessInfo.processInfo.processIdentifier).tmp"
            guard FileManager.default.createFile(atPath: temp, contents: nil),
                  let h = FileHandle(forWritingAtPath: temp) else {
                throw CLIError("\(path): cannot write here (permission denied?)")
            }
            self.path = path
            temporary = temp
            handle = h
        } else {
            self.path = nil
            temporary = nil
            handle = FileHandle.standardOutput
        }
    }

    /// Appends bytes.
    func write(_ data: Data) throws {
        do { try handle.write(contentsOf: data) } catch {
            throw CLIError("\(path ?? "standard output"): write failed: \(error.localizedDescription)")
        }
    }

    /// Appends text as UTF-8.
    func write(_ text: String) throws { try write(Data(text.utf8)) }

    /// Finishes the file: renames the temporary file over the target.
    func commit() throws {
        guard let path, let temporary else { return }
        try? handle.close()
        if rename(temporary, path) != 0 {
            unlink(temporary)
            throw CLIError("\(path): cannot replace the file (\(String(cString: strerror(errno))))")
        }
        committed = true
    }

    deinit {
        if let temporary, !committed {
            try? handle.close()
            unlink(temporary)
        }
    }

    /// Writes `data` to `path` whole: the one-shot form.
    static func write(_ data: Data, to path: String?) throws {
        let out = try OutputFile(path)
        try out.write(data)
        try out.commit()
    }
}
