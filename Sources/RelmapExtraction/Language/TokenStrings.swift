/// The strings of the ASCII words an extraction worker has tokenized, by their bytes: a word met
/// again takes its text, lower-case form and hash from here instead of making two strings and
/// hashing its bytes once more.
///
/// An open-addressing table over a byte arena; it stops taking new words at ``limit``, so that
/// its memory stays bounded however large the vocabulary.
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
    /// Entry of each slot, -1 for an empty one; the capacity is a power of two.
    private var slots: [Int32]

    /// An empty table holding up to `limit` words (0: a table that holds none).
    init(limit: Int = 1 << 15) {
        self.limit = limit
        // A table that holds nothing needs no slots (and makes no allocation).
        slots = limit > 0 ? [Int32](repeating: -1, count: 1024) : []
    }

    /// The entry of the word `bytes`, whose key (a hash of its bytes: the tokenizer's ``Token/hash``) is `key`, if held.
    @inline(__always)
    func entry(_ bytes: UnsafeBufferPointer<UInt8>, key: UInt64) -> Entry? {
        guard limit > 0 else { return nil }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let e = slots[i]
            if e < 0 { return nil }
            let k = Int(e)
            if places[k].key == key, Int(places[k].count) == bytes.count, sameBytes(bytes, at: Int(places[k].start)) { return entries[k] }
            i = (i + 1) & mask
        }
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
        if (entries.count + 1) * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for k in places.indices { slot(Int32(k), key: places[k].key) }
        }
        slot(Int32(entries.count), key: key)
        places.append(Place(start: Int32(arena.count), count: Int32(bytes.count), key: key))
        arena.append(contentsOf: bytes)
        entries.append(entry)
    }

    /// Puts entry `entry` in the first free slot for `key`.
    private mutating func slot(_ entry: Int32, key: UInt64) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = entry
    }
}
