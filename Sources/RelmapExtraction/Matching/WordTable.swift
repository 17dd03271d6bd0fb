/// The memo of words an extraction worker has met, by their lower-case form: an open-addressing
/// table keyed by the hash the tokenizer computed (``Token/hash``), so that a token's look-up
/// hashes nothing and compares one short string.
struct WordTable: Sendable {
    private var hashes: [UInt64]
    private var keys: [String]
    private var values: [WordMemo]
    private var slots = OpenSlots(capacity: 1024)

    /// An empty table.
    init() {
        hashes = []
        keys = []
        values = []
    }

    /// The number of words held.
    var count: Int { keys.count }

    /// The memo of the lower-case form `lower` with hash `hash` (``Token/hash``), if held.
    @inline(__always)
    func value(hash: UInt64, lower: String) -> WordMemo? {
        slots.find(hash) { hashes[$0] == hash && keys[$0] == lower }.map { values[$0] }
    }

    /// Stores `memo` for the lower-case form `lower` with hash `hash` (not already held).
    mutating func insert(_ memo: WordMemo, hash: UInt64, lower: String) {
        slots.add(keys.count, key: hash) { hashes[$0] }
        hashes.append(hash)
        keys.append(lower)
        values.append(memo)
    }
}
