/// Which edge each (source, target, type, direction) of a graph being read is in: an
/// open-addressing table keyed by the ends' node indices and an interned type number, so that a
/// reader finds a row's edge with one multiply-and-shift hash instead of hashing Strings.
struct EdgeSlots {
    private var keys: [UInt64] = []
    private var kinds: [UInt32] = []
    private var table: SlotTable

    /// An empty table with room for about `capacity` edges before it grows.
    init(capacity: Int = 64) {
        table = SlotTable(capacity: capacity)
    }

    private static func hash(_ ends: UInt64, _ kind: UInt32) -> UInt64 {
        (ends ^ (UInt64(kind) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    }

    /// The edge of `source`, `target`, `type` and `directed`, or nil when it is new: it is then
    /// recorded as the next edge (edges are numbered 0, 1, 2... in the order they are met).
    mutating func edge(source: Int, target: Int, type: Int, directed: Bool) -> Int? {
        let ends = UInt64(UInt32(truncatingIfNeeded: source)) << 32 | UInt64(UInt32(truncatingIfNeeded: target))
        let kind = UInt32(truncatingIfNeeded: type) << 1 | (directed ? 1 : 0)
        var slot = 0
        if let k = table.find(Self.hash(ends, kind), slot: &slot, { keys[$0] == ends && kinds[$0] == kind }) { return k }
        keys.append(ends)
        kinds.append(kind)
        table.insert(keys.count - 1, at: slot) { Self.hash(keys[$0], kinds[$0]) }
        return nil
    }
}
