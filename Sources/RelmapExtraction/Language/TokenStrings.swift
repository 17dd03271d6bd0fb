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
    }

    /// Where a word's bytes start in the arena, how many there are, and its key.
    private struct Place {
        var start: Int32
        var count: Int32
        var key: UInt64
    }

    /// The most words held.
    let limit: Int
    private var entries: [Entry] = []
    private var places: [Place] = []
    private var arena: [UInt8] = []
    private var slots: OpenSlots

    /// An empty table holding up to `limit` words (0: a table that holds none).
    init(limit: Int = 1 << 15) {
        self.limit = limit
        // A table that holds nothing needs no slots (and makes no allocation).
        slots = OpenSlots(capacity: limit > 0 ? 1024 : 0)
    }

    /// The entry of the word `bytes`, whose key (a hash of its bytes: the tokenizer's ``Token/hash``) is `key`, if held.
    @inline(__always)
    func entry(_ bytes: UnsafeBufferPointer<UInt8>, key: UInt64) -> Entry? {
        slots.find(key) { k in
            places[k].key == key && Int(places[k].count) == bytes.count && sameBytes(bytes, at: Int(places[k].start))
        }.map { entries[$0] }
    }

    /// Whether the arena holds `bytes` at `start`.
    @inline(__always)
    private func sameBytes(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        arena.withUnsafeBufferPointer { a in
            for j in 0..<bytes.count where a[start + j] != bytes[j] { return false }
            return true
        }
    }

    /// Stores `entry` for the word `bytes` with key `key` (not already held), unless the table is full.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, key: UInt64, _ entry: Entry) {
        guard entries.count < limit else { return }
        slots.add(entries.count, key: key) { places[$0].key }
        places.append(Place(start: Int32(arena.count), count: Int32(bytes.count), key: key))
        arena.append(contentsOf: bytes)
        entries.append(entry)
    }
}
