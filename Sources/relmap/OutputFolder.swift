import Foundation

/// A folder for a command's outputs, made with its missing parents when needed. A failed run
/// calls ``removeMade()``, which removes the folders this run made only while they are empty: a
/// file another run wrote there meanwhile keeps them, and it.
struct OutputFolder {
    /// The folder.
    let path: String
    /// The folders this run made, outermost first.
    private(set) var made: [String] = []
    /// Their slots in ``TemporaryFiles``, so that a signal removes them too while empty.
    private var slots: [Int?] = []

    /// Makes `path` and its missing parents.
    ///
    /// - Throws: a ``CLIError`` naming the path when a part of it is a file or cannot be made.
    init(_ path: String) throws {
        guard !path.isEmpty else { throw CLIError("the output folder is an empty name; give a folder") }
        self.path = path
        var missing: [String] = []
        var folder = (path as NSString).standardizingPath
        while !folder.isEmpty {
            var st = stat()
            if stat(folder, &st) == 0 {
                guard st.st_mode & S_IFMT == S_IFDIR else {
                    throw CLIError("\(folder): exists and is not a folder; give a folder for the output")
                }
                break
            }
            missing.append(folder)
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder { break }
            folder = parent
        }
        for folder in missing.reversed() {
            // Registered before it exists: a signal right after mkdir would leave it behind.
            let slot = TemporaryFiles.registerFolder(folder)
            guard mkdir(folder, 0o777) == 0 || errno == EEXIST else {
                let reason = String(cString: strerror(errno))
                TemporaryFiles.forget(slot)
                removeMade()
                throw CLIError("\(folder): cannot make the folder (\(reason))")
            }
            made.append(folder)
            slots.append(slot)
        }
    }

    /// The run succeeded: the folders it made stay, even if a signal comes later.
    func keep() {
        for slot in slots { TemporaryFiles.forget(slot) }
    }

    /// Removes the folders this run made, innermost first, as long as they are empty.
    func removeMade() {
        keep()
        for folder in made.reversed() where rmdir(folder) != 0 { break }
    }
}
