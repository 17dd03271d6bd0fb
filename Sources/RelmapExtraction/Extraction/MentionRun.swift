/// Consecutive mentions of a sentence, held as a window on a ``MentionStore``: a group of them
/// holds no list of its own and no reference counted on a copy (most groups are one mention, and
/// groups are copied at every scan over them). Indices run from 0, as in an array.
///
/// A run also holds a second window on the same store, its ``partners`` (``ActorGroup/partners``).
struct MentionRun: RandomAccessCollection {
    /// The store the run is a window on.
    private unowned(unsafe) let store: MentionStore
    /// The store's refill the run was made at (checked in debug builds).
    private let generation: Int
    /// Where the run starts and ends in the store.
    private var lower: Int
    private var upper: Int
    /// Where the partners start and end in the store.
    private var partnerLower = 0
    private var partnerUpper = 0

    /// The mentions `r` of `store`.
    init(_ store: MentionStore, _ r: Range<Int>) {
        precondition(r.lowerBound >= 0 && r.upperBound <= store.count, "mention run out of range")
        self.store = store
        generation = store.generation
        lower = r.lowerBound
        upper = r.upperBound
    }

    var startIndex: Int { 0 }
    var endIndex: Int { upper - lower }

    subscript(i: Int) -> Mention {
        precondition(i >= 0 && i < upper - lower, "mention index out of range")
        assert(store.generation == generation, "a group read after its sentence's store was refilled")
        return store.base[lower + i]
    }

    /// The run of mention `i` alone, without partners.
    func single(_ i: Int) -> MentionRun {
        precondition(i >= 0 && i < upper - lower, "mention index out of range")
        return window(lower + i, lower + i + 1)
    }

    /// The partners: the second window (empty unless ``addPartners(_:)`` gave some).
    var partners: MentionRun { window(partnerLower, partnerUpper) }

    /// The mentions `start..<end` of the same store, without partners.
    private func window(_ start: Int, _ end: Int) -> MentionRun {
        var run = self
        run.lower = start
        run.upper = end
        run.partnerLower = 0
        run.partnerUpper = 0
        return run
    }

    /// Adds the mentions of `other` to the partners: a window on the same store when there were
    /// none and `other` is one on this run's store; otherwise the partners and `other` are added
    /// to this run's store, together, and the partners are that window.
    mutating func addPartners(_ other: MentionRun) {
        if other.isEmpty { return }
        if partnerLower == partnerUpper, other.store === store {
            partnerLower = other.lower
            partnerUpper = other.upper
            return
        }
        let added = store.add(Array(partners) + Array(other))
        partnerLower = added.lowerBound
        partnerUpper = added.upperBound
    }

    /// Takes in the next mention of the store.
    mutating func extend() {
        precondition(upper < store.count, "no mention to extend the run with")
        upper += 1
    }
}
