import Foundation

/// Reads files ahead of the thread that uses them, on a thread of its own and in their order, so
/// that a corpus the system has not cached is read from disk while earlier articles are worked:
/// a thread waiting for the disk costs no CPU.
///
/// At most `files` files, and `bytes` bytes beyond the first file, are held read and not yet
/// taken, so memory stays flat however large the corpus. ``next()`` hands the files' bytes (or the
/// error reading one, ``TextFile/readBytes(_:)``) back in the order of `paths`, each once; the
/// reader stops once all are read or ``stop()`` is called. When the thread cannot be started
/// (`spawn` returns false), ``next()`` reads each file itself, so the run is the same, only not
/// ahead.
///
/// `@unchecked Sendable` because the reader thread and the taking thread share it: every mutable
/// stored property is read and written with `condition` locked.
public final class FileReadAhead: @unchecked Sendable {
    /// A file's bytes, or why they could not be read.
    public typealias Contents = Result<[UInt8], CorpusError>

    private let paths: [String]
    private let files: Int
    private let bytes: Int
    private let condition = NSCondition()
    /// Read results not yet taken, by index modulo `files`.
    private var slots: [Contents?]
    /// Files read, files taken, and the bytes of those read and not taken.
    private var read = 0, taken = 0, held = 0
    private var stopped = false
    private var readerWaits = false, takerWaits = false
    /// The most files held read and not taken at any time.
    private var mostHeld = 0
    /// Whether the reader thread runs (else ``next()`` reads).
    public private(set) var started = false

    /// Starts reading `paths` ahead on a thread `spawn` starts (given a stack size and the body;
    /// it returns whether the thread started), with at most `files` files and `bytes` bytes held.
    public init(
        paths: [String], files: Int = 64, bytes: Int = 4 << 20,
        spawn: (_ stackSize: Int, _ body: @escaping @Sendable () -> Void) -> Bool
    ) {
        self.paths = paths
        self.files = max(1, files)
        self.bytes = max(0, bytes)
        slots = Array(repeating: nil, count: self.files)
        guard !paths.isEmpty else { return }
        started = spawn(256 << 10) { [self] in readLoop() }
    }

    /// The contents of the next file of `paths`, waiting for the reader when it is not read yet;
    /// nil once every file was handed back.
    public func next() -> Contents? {
        condition.lock()
        defer { condition.unlock() }
        guard taken < paths.count else { return nil }
        guard started else {
            taken += 1
            return Result { () throws(CorpusError) in try TextFile.readBytes(paths[taken - 1]) }
        }
        while read == taken {
            takerWaits = true
            condition.wait()
            takerWaits = false
        }
        let slot = taken % files
        let contents = slots[slot]
        slots[slot] = nil
        taken += 1
        held -= Self.size(contents)
        // The reader is woken once half the room is free, not for every file taken.
        if readerWaits && read - taken <= files / 2 && held <= bytes / 2 { condition.signal() }
        return contents
    }

    /// The most files held read and not taken at any time so far (tests check the bound).
    var mostAhead: Int {
        condition.lock()
        defer { condition.unlock() }
        return mostHeld
    }

    /// Stops the reader after the file it reads; what it read and was not taken is dropped, and
    /// ``next()`` reads the files after it itself.
    public func stop() {
        condition.lock()
        stopped = true
        started = false
        slots = Array(repeating: nil, count: files)
        held = 0
        condition.signal()
        condition.unlock()
    }

    deinit { stop() }

    private func readLoop() {
        condition.lock()
        while true {
            while !stopped && read < paths.count && (read - taken >= files || (held > bytes && read > taken)) {
                readerWaits = true
                condition.wait()
                readerWaits = false
            }
            if stopped || read == paths.count { break }
            let path = paths[read]
            condition.unlock()
            let contents = Result { () throws(CorpusError) in try TextFile.readBytes(path) }
            condition.lock()
            if stopped { break }
            slots[read % files] = contents
            held += Self.size(contents)
            read += 1
            mostHeld = max(mostHeld, read - taken)
            if takerWaits { condition.signal() }
        }
        condition.unlock()
    }

    private static func size(_ contents: Contents?) -> Int {
        if case .success(let b)? = contents { return b.count }
        return 0
    }
}
