/// The slots of an open-addressing hash table whose entries live in arrays of their own: each
/// slot holds an entry's number, or -1; the capacity is a power of two, doubled when half full.
/// The word tables of the extractor (``WordTable``, ``TokenStrings``) keep their entries in
/// order and find them through these slots.
struct OpenSlots: Sendable {
    private var slots: [Int32]

    /// Slots for a table that starts with room for `capacity` (a power of two; 0 for a table
    /// that never holds anything, and makes no allocation).
    init(capacity: Int) {
        slots = [Int32](repeating: -1, count: capacity)
    }

    /// The first entry on `key`'s probe path for which `matches` holds, or nil where the path
    /// reaches an empty slot.
    @inline(__always)
    func find(_ key: UInt64, _ matches: (Int) -> Bool) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let e = slots[i]
            if e < 0 { return nil }
            if matches(Int(e)) { return Int(e) }
            i = (i + 1) & mask
        }
    }

    /// Places entry number `count` (the table's next) for `key`, first doubling the slots when
    /// they would be more than half full; `keyOf` gives the key of each entry already placed.
    mutating func add(_ count: Int, key: UInt64, keyOf: (Int) -> UInt64) {
        if (count + 1) * 2 > slots.count {
            slots = [Int32](repeating: -1, count: max(1024, slots.count * 2))
            for k in 0..<count { place(Int32(k), key: keyOf(k)) }
        }
        place(Int32(count), key: key)
    }

    private mutating func place(_ entry: Int32, key: UInt64) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = entry
    }
}
