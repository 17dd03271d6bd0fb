import Foundation

/// Strings met as UTF-8 bytes (node ids, relation types), each numbered the first time it is met,
/// so that a reader hashes the bytes of a field once and makes a String only for a new one.
///
/// An open-addressing table of ids (``SlotTable``), keyed by FNV-1a hashes of the bytes, each
/// key's bytes kept in one arena; ids are 0, 1, 2... in order of first appearance.
struct ByteInterner {
    /// The strings, by id.
    private(set) var strings: [String] = []
    private var arena: [UInt8] = []
    private var keyStart: [Int] = [0]
    private var hashes: [UInt64] = []
    private var table: SlotTable

    /// An empty interner with room for about `capacity` strings before it grows.
    init(capacity: Int = 64) {
        table = SlotTable(capacity: capacity)
    }

    /// Number of strings.
    var count: Int { strings.count }

    /// The id of `bytes`, numbered now when new (`isNew`).
    mutating func id(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in bytes { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
        var slot = 0
        if let k = table.find(h, slot: &slot, { hashes[$0] == h && equal($0, bytes) }) { return (k, false) }
        let k = strings.count
        hashes.append(h)
        arena.append(contentsOf: bytes)
        keyStart.append(arena.count)
        strings.append(String(decoding: bytes, as: UTF8.self))
        table.insert(k, at: slot) { hashes[$0] }
        return (k, true)
    }

    /// Whether key `k` holds `bytes`.
    private func equal(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = keyStart[k], e = keyStart[k + 1]
        guard e - s == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            guard let base = a.baseAddress, let other = bytes.baseAddress else { return true }
            return memcmp(base + s, other, bytes.count) == 0
        }
    }
}
