import Foundation

/// Reads a file line by line in fixed-size chunks, so that a large JSONL corpus is streamed, not held.
public struct LineReader {
    private let handle: FileHandle
    private let path: String
    private var buffer = Data()
    private var atEnd = false
    /// The 1-based number of the line last returned.
    public private(set) var lineNumber = 0

    /// Opens `path` for reading; `-` (``ArticleSource/standardInput``) reads standard input.
    ///
    /// - Throws: ``CorpusError/unreadable(path:reason:)`` when the file cannot be opened or is not
    ///   a regular file: a pipe or a device is refused without waiting for it.
    public init(path: String) throws(CorpusError) {
        // "-": standard input, a pipe as a rule ("cat articles.jsonl | relmap extract -").
        if path == ArticleSource.standardInput {
            handle = FileHandle.standardInput
            self.path = path
            // Whatever was read ahead to see the first line comes first.
            buffer = StandardInput.shared.takePending()
            return
        }
        let fd = try TextFile.openRegular(path).fd
        self.handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        self.path = path
    }

    /// The next line without its line end, or nil at the end of the file.
    public mutating func next() throws(CorpusError) -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = buffer[buffer.index(after: newline)...]
                lineNumber += 1
                return trimCR(Data(line))
            }
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                let line = buffer
                buffer = Data()
                lineNumber += 1
                return trimCR(line)
            }
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
            }
            if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
        }
    }

    private func trimCR(_ line: Data) -> Data {
        line.last == 0x0D ? line.dropLast() : line
    }

    /// Closes the file (standard input stays open).
    public func close() {
        guard path != ArticleSource.standardInput else { return }
        try? handle.close()
    }
}
