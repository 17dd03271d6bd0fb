/// The memo of words an extraction worker has met, by their lower-case form: an open-addressing
/// table keyed by the hash the tokenizer computed (``Token/hash``), so that a token's look-up
/// hashes nothing and compares one short string.
struct WordTable: Sendable {
    private var hashes: [UInt64]
    private var keys: [String]
    private var values: [WordMemo]
    /// Slot of each entry, -1 for an empty slot; the capacity is a power of two.
    private var slots: [Int32]

    /// An empty table.
    init() {
        hashes = []
        keys = []
        values = []
        slots = [Int32](repeating: -1, count: 1024)
    }

    /// The number of words held.
    var count: Int { keys.count }

    /// The memo of the lower-case form `lower` with hash `hash` (``Token/hash``), if held.
    @inline(__always)
    func value(hash: UInt64, lower: String) -> WordMemo? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let e = slots[i]
            if e < 0 { return nil }
            let k = Int(e)
            if hashes[k] == hash, keys[k] == lower { return values[k] }
            i = (i + 1) & mask
        }
    }

    /// Stores `memo` for `token`'s lower-case form (not already held).
    mutating func insert(_ memo: WordMemo, for token: Token) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        place(Int32(keys.count), hash: token.hash)
        hashes.append(token.hash)
        keys.append(token.lower)
        values.append(memo)
    }

    private mutating func place(_ entry: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = entry
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (k, h) in hashes.enumerated() { place(Int32(k), hash: h) }
    }
}
