/// The mentions of the sentence being read, which the groups made of them (``ActorGroup``,
/// through ``MentionRun``) read by position: a group then holds no reference that copying it
/// would retain and release (the reader copies groups often: every scan over a sentence's groups
/// does). Each reader keeps one and refills it for every sentence.
///
/// A group reads its store through an `unowned(unsafe)` reference, so the store must outlive the
/// groups made of it, and its content must not be replaced while they are used: the reader,
/// the name finder and the extractor each keep their own, and a sentence's groups are never kept
/// past the sentence. Debug builds check both (a store counts its refills; a run remembers the
/// count it was made at).
final class MentionStore {
    /// The mentions: the sentence's, then any a reading added (``add(_:)``), in storage of the
    /// store's own. A mention is a plain value (no references), so the storage is copied and
    /// dropped as bytes; it only grows, so a window made on it stays within it.
    private(set) var base: UnsafeMutablePointer<Mention>
    /// How many mentions the store holds.
    private(set) var count = 0
    /// How many it has room for.
    private var capacity: Int
    /// How many times the store was refilled.
    private(set) var generation = 0

    /// An empty store.
    init() {
        // Mentions are copied and dropped here as bytes: a mention must hold no reference.
        precondition(_isPOD(Mention.self), "a mention must be a plain value to be kept in a MentionStore")
        capacity = 16
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The mentions, as a list (for tests and checks).
    var all: [Mention] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Makes room for `n` mentions in all.
    private func reserve(_ n: Int) {
        guard n > capacity else { return }
        capacity = max(n, capacity * 2)
        let grown = UnsafeMutablePointer<Mention>.allocate(capacity: capacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
    }

    /// Replaces the content with `mentions`: groups made before must no longer be read.
    func refill(_ mentions: [Mention]) {
        reserve(mentions.count)
        mentions.withUnsafeBufferPointer { m in
            if let start = m.baseAddress { base.initialize(from: start, count: m.count) }
        }
        count = mentions.count
        generation &+= 1
    }

    /// Adds `mentions` after the others: where they now stand.
    func add(_ mentions: some Collection<Mention>) -> Range<Int> {
        let start = count
        reserve(count + mentions.count)
        for m in mentions {
            (base + count).initialize(to: m)
            count += 1
        }
        return start..<count
    }
}
