/// Checks of a file the user names for relmap to read (a lexicon, a style, metadata) before it
/// is opened: a folder, a pipe or a device is refused at once, never read.
public enum InputFile {
    /// Fails unless `path` is a regular file (links followed).
    ///
    /// - Throws: ``CorpusError/pathNotFound(path:)`` when nothing is there,
    ///   ``CorpusError/notRegularFile(path:kind:)`` for a folder, a pipe, a device or a socket.
    public static func check(_ path: String) throws(CorpusError) {
        guard let status = FileStatus.of(path) else { throw .pathNotFound(path: path) }
        guard status.kind == .regular else { throw .notRegularFile(path: path, kind: status.kindName) }
    }
}
