/// The strings of the ASCII words an extraction worker has tokenized, by their bytes: a word met
/// again takes its text and lower-case form from here instead of decoding and lower-casing it
/// once more.
///
/// An open-addressing table (``OpenSlots``) over a byte arena, keyed by the hash the tokenizer
/// computes anyway; it stops taking new words at ``limit``, so that its memory stays bounded
/// however large the vocabulary.
struct TokenStrings: Sendable {
    /// What a word's bytes give.
    struct Entry: Sendable {
        var text: String
        var lower: String
        var isCapitalized: Bool
        /// The word's number in the table (``Token/word``); -1 until the table holds it.
        var word: Int32 = -1
    }

    /// A word held: its key, its first 16 bytes inline (zero-padded), where the rest start in the
    /// arena, its length, and its strings. One record is read to find a word (the slots, then
    /// the record; the arena only for words longer than 16 bytes), where separate lists of
    /// places, bytes and strings each cost a read from memory.
    private struct Record {
        var key: UInt64
        var head: (UInt64, UInt64)
        var rest: Int32
        var count: Int32
        var entry: Entry
    }

    /// The most words held.
    let limit: Int
    private var records: [Record] = []
    private var arena: [UInt8] = []
    private var slots: OpenSlots

    /// An empty table holding up to `limit` words (0: a table that holds none).
    init(limit: Int = 1 << 15) {
        self.limit = limit
        // A table that holds nothing needs no slots (and makes no allocation).
        slots = OpenSlots(capacity: limit > 0 ? 1024 : 0)
    }

    /// The first 16 bytes of `bytes` as two words, zero-padded.
    @inline(__always)
    private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        // Two loads for a word of 16 bytes or more; byte by byte (no call to copy memory) below.
        guard let p = bytes.baseAddress else { return (0, 0) }
        let raw = UnsafeRawPointer(p)
        if bytes.count >= 16 { return (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) }
        var words: (UInt64, UInt64) = (0, 0)
        for k in 0..<bytes.count {
            if k < 8 { words.0 |= UInt64(p[k]) << (8 * UInt64(k)) } else { words.1 |= UInt64(p[k]) << (8 * UInt64(k - 8)) }
        }
        return words
    }

    /// The entry of the word `bytes`, whose key (a hash of its bytes: the tokenizer's ``Token/hash``) is `key`, if held.
    @inline(__always)
    func entry(_ bytes: UnsafeBufferPointer<UInt8>, key: UInt64) -> Entry? {
        let head = Self.head(bytes)
        return records.withUnsafeBufferPointer { records in
            slots.find(key) { k in
                records[k].key == key && Int(records[k].count) == bytes.count && records[k].head == head
                    && (bytes.count <= 16 || sameBytes(bytes, at: Int(records[k].rest)))
            }.map { records[$0].entry }
        }
    }

    /// Whether the arena holds the bytes of `bytes` past its 16th at `start`.
    @inline(__always)
    private func sameBytes(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        arena.withUnsafeBufferPointer { a in
            for j in 16..<bytes.count where a[start + j - 16] != bytes[j] { return false }
            return true
        }
    }

    /// Stores `entry` for the word `bytes` with key `key` (not already held), unless the table is full.
    /// Returns the word's number, or -1 when the table is full.
    @discardableResult
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, key: UInt64, _ entry: Entry) -> Int32 {
        guard records.count < limit else { return -1 }
        var entry = entry
        entry.word = Int32(records.count)
        slots.add(records.count, key: key) { records[$0].key }
        records.append(Record(key: key, head: Self.head(bytes), rest: Int32(arena.count), count: Int32(bytes.count), entry: entry))
        if bytes.count > 16 { arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[16...])) }
        return entry.word
    }
}
