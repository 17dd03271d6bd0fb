import Foundation

/// Standard input, read once, with its first line visible before it is read: what tells articles
/// piped in from relations piped in (`relmap extract - | relmap build -`).
///
/// Bytes read to find the first line are kept and handed to the first ``LineReader`` of `-`.
/// `@unchecked Sendable`: `pending` and `peeked` are read and written only with `lock` held.
final class StandardInput: @unchecked Sendable {
    /// The process's standard input.
    static let shared = StandardInput()

    private let lock = NSLock()
    private var pending = Data()
    private var peeked = false

    /// The first line (without its line end), read ahead and kept for the reader; nil when
    /// standard input is empty or was already read.
    func firstLine() -> Data? {
        lock.withLock {
            if !peeked {
                peeked = true
                while !pending.contains(0x0A) {
                    guard let chunk = try? FileHandle.standardInput.read(upToCount: 1 << 16), !chunk.isEmpty else { break }
                    pending.append(chunk)
                }
            }
            guard !pending.isEmpty else { return nil }
            let end = pending.firstIndex(of: 0x0A) ?? pending.endIndex
            return Data(pending[pending.startIndex..<end])
        }
    }

    /// The bytes read ahead, handed over once.
    func takePending() -> Data {
        lock.withLock {
            defer { pending = Data() }
            return pending
        }
    }
}
