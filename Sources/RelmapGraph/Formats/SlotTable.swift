/// The slots of an open-addressing hash table whose entries live in the caller's arrays
/// (numbered 0, 1, 2...), probed linearly, kept at most half full: the table behind
/// ``ByteInterner`` and ``EdgeSlots``.
struct SlotTable {
    /// An entry + 1, or 0 when empty.
    private var slots: [Int32]
    private var mask: Int

    /// An empty table with room for about `capacity` entries before it grows.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// The slot a probe for `hash` starts at (Fibonacci hashing: the high bits of a multiple).
    private func home(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The first entry, from the slot of `hash` on, that `matches` accepts, or nil; `slot` is left
    /// at the slot where it is, or at the empty slot where it would go.
    func find(_ hash: UInt64, slot: inout Int, _ matches: (Int) -> Bool) -> Int? {
        slot = home(hash)
        while slots[slot] != 0 {
            let k = Int(slots[slot]) - 1
            if matches(k) { return k }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Puts entry `k` (the `k + 1`th) in the empty `slot` that ``find(_:slot:_:)`` left, and
    /// doubles the table when it is half full (`hash` gives each entry's hash again).
    mutating func insert(_ k: Int, at slot: Int, hash: (Int) -> UInt64) {
        slots[slot] = Int32(k + 1)
        guard (k + 1) * 2 > slots.count else { return }
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for e in 0...k {
            var s = home(hash(e))
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = Int32(e + 1)
        }
    }
}
