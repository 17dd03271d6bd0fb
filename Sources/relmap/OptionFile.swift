import RelmapCorpus

/// Files named by options (`--lexicon`, `--style`), checked before they are read.
enum OptionFile {
    /// Fails with a one-line message naming `option` unless `path` is a regular file.
    static func check(_ path: String, option: String, takes what: String) throws {
        do { try InputFile.check(path) } catch {
            switch error {
            case .pathNotFound: throw CLIError("\(path): no such file (\(option) takes \(what))")
            case .notRegularFile(_, let kind): throw CLIError("\(path): \(kind), not a file; \(option) takes \(what)")
            default: throw error
            }
        }
    }
}
