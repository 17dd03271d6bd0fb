/// Consecutive mentions of a sentence, held as a window on the sentence's list of mentions: the
/// groups made of a sentence's mentions share that list's storage instead of allocating a list
/// each (most groups are one mention). Indices run from 0, as in an array.
///
/// A run also holds a second window on the same list, its ``partners`` (``ActorGroup/partners``):
/// a group then holds one reference, not two, and copying it (which the reader does often)
/// retains one list.
struct MentionRun: RandomAccessCollection {
    /// The list the run is a window on.
    private var base: [Mention]
    /// Where the run starts in `base`.
    private var lower: Int
    /// Where it ends.
    private var upper: Int
    /// Where the partners start and end in `base`.
    private var partnerLower = 0
    private var partnerUpper = 0

    /// An empty run.
    init() {
        base = []
        lower = 0
        upper = 0
    }

    /// The mentions `r` of `base` (shared, not copied).
    init(_ base: [Mention], _ r: Range<Int>) {
        precondition(r.lowerBound >= 0 && r.upperBound <= base.count, "mention run out of range")
        self.base = base
        lower = r.lowerBound
        upper = r.upperBound
    }

    /// A run of the one mention `m`, in a list of its own.
    init(_ m: Mention) {
        self.init([m], 0..<1)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { upper - lower }

    subscript(i: Int) -> Mention {
        precondition(i >= 0 && i < upper - lower, "mention index out of range")
        return base[lower + i]
    }

    /// The run of mention `i` alone (sharing the storage), without partners.
    func single(_ i: Int) -> MentionRun {
        precondition(i >= 0 && i < upper - lower, "mention index out of range")
        return MentionRun(base, (lower + i)..<(lower + i + 1))
    }

    /// The partners: the second window (empty unless ``addPartners(_:)`` gave some).
    var partners: MentionRun {
        MentionRun(base, partnerLower..<partnerUpper)
    }

    /// Adds the mentions of `other` to the partners: a window on the same list when there were
    /// none and `other` is one on this run's list; otherwise the run, its partners and `other`
    /// are joined in a list of their own.
    mutating func addPartners(_ other: MentionRun) {
        if other.isEmpty { return }
        let sameList = base.withUnsafeBufferPointer { a in other.base.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
        if partnerLower == partnerUpper, sameList {
            partnerLower = other.lower
            partnerUpper = other.upper
            return
        }
        let own = Array(self), partners = Array(self.partners) + Array(other)
        self = MentionRun(own + partners, 0..<own.count)
        partnerLower = own.count
        partnerUpper = own.count + partners.count
    }

    /// Takes in the next mention of the list it is a window on.
    mutating func extend() {
        precondition(upper < base.count, "no mention to extend the run with")
        upper += 1
    }
}
