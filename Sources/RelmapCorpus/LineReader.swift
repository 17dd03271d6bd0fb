import Foundation

/// Reads a file line by line in fixed-size chunks, so that a large JSONL corpus is streamed, not held.
public struct LineReader {
    private let handle: FileHandle
    private let path: String
    /// Bytes read and not yet handed on start at `start`; no newline lies before `searched`.
    private var buffer: [UInt8] = []
    private var start = 0
    private var searched = 0
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
            buffer = [UInt8](StandardInput.shared.takePending())
            return
        }
        let fd = try TextFile.openRegular(path).fd
        self.handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        self.path = path
    }

    /// The next line without its line end, or nil at the end of the file.
    public mutating func next() throws(CorpusError) -> Data? {
        while true {
            // The newline found with memchr: a byte-by-byte search of a JSONL corpus costs more
            // than parsing its lines.
            let newline = buffer.withUnsafeBufferPointer { all -> Int? in
                guard let base = all.baseAddress, searched < all.count else { return nil }
                return memchr(base + searched, 0x0A, all.count - searched).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
            }
            if let newline {
                let line = Data(buffer[start..<newline])
                start = newline + 1
                searched = start
                lineNumber += 1
                return trimCR(line)
            }
            searched = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Data(buffer[start...])
                buffer = []
                start = 0
                searched = 0
                lineNumber += 1
                return trimCR(line)
            }
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
            }
            if chunk.isEmpty {
                atEnd = true
            } else {
                // What was handed on already is dropped before more is read.
                buffer.removeSubrange(0..<start)
                searched -= start
                start = 0
                buffer.append(contentsOf: chunk)
            }
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
