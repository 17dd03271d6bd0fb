/// The words an extraction worker has tokenized, by their bytes: a word met again takes its number
/// and strings from here instead of decoding and lower-casing it once more, and the tokens of an
/// article point to the strings here (``Tokens``) instead of each holding their own.
///
/// An open-addressing table (``OpenSlots``) over a byte arena, keyed by the hash the tokenizer
/// computes anyway; it stops taking new words at ``limit``, so that its memory stays bounded
/// however large the vocabulary.
struct TokenStrings: Sendable {
    /// A word's strings.
    struct Spelling: Sendable {
        /// As written.
        var text: String
        /// In lower case.
        var lower: String
    }

    /// A word held: its key, its first 16 bytes inline (zero-padded), where the rest start in the
    /// arena, its length, and whether it is capitalised. One record is read to find a word (the
    /// slots, then the record; the arena only for words longer than 16 bytes), where separate
    /// lists of places and bytes each cost a read from memory; its strings are not read at all.
    private struct Record {
        var key: UInt64
        var head: (UInt64, UInt64)
        var rest: Int32
        var count: Int32
        var isCapitalized: Bool
    }

    /// The most words held.
    let limit: Int
    private var records: [Record] = []
    /// The strings of the words held, by word number.
    private(set) var spellings: [Spelling] = []
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

    /// The first 16 bytes of `bytes` as two words, zero-padded, when 16 bytes can be read from
    /// its start (`readable`): two loads and masks instead of a loop.
    @inline(__always)
    private static func head(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) -> (UInt64, UInt64) {
        guard readable >= 16, let p = bytes.baseAddress else { return head(bytes) }
        let raw = UnsafeRawPointer(p)
        let w0 = raw.loadUnaligned(as: UInt64.self), w1 = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        let count = bytes.count
        if count >= 16 { return (w0, w1) }
        if count >= 8 { return (w0, count == 8 ? 0 : w1 & ((1 << (8 * UInt64(count - 8))) - 1)) }
        return (count == 0 ? 0 : w0 & ((1 << (8 * UInt64(count))) - 1), 0)
    }

    /// The number of the word `bytes`, whose key (a hash of its bytes: the tokenizer's
    /// ``Token/hash``) is `key`, and whether it is capitalised, if held. `readable` bytes can be
    /// read from its start (its own and those after it).
    @inline(__always)
    func word(_ bytes: UnsafeBufferPointer<UInt8>, key: UInt64, readable: Int) -> (number: Int32, isCapitalized: Bool)? {
        let head = Self.head(bytes, readable: readable)
        return records.withUnsafeBufferPointer { records in
            slots.find(key) { k in
                records[k].key == key && Int(records[k].count) == bytes.count && records[k].head == head
                    && (bytes.count <= 16 || sameBytes(bytes, at: Int(records[k].rest)))
            }.map { (Int32($0), records[$0].isCapitalized) }
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

    /// Stores the word `bytes` with key `key` (not already held) and its strings, unless the table
    /// is full. Returns the word's number, or -1 when the table is full.
    @discardableResult
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, key: UInt64, _ spelling: Spelling, isCapitalized: Bool) -> Int32 {
        guard records.count < limit else { return -1 }
        let number = records.count
        slots.add(number, key: key) { records[$0].key }
        records.append(Record(key: key, head: Self.head(bytes), rest: Int32(arena.count), count: Int32(bytes.count), isCapitalized: isCapitalized))
        spellings.append(spelling)
        if bytes.count > 16 { arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[16...])) }
        return Int32(number)
    }
}
