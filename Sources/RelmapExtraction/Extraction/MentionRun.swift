/// Consecutive mentions of a sentence, held as a window on the sentence's list of mentions: the
/// groups made of a sentence's mentions share that list's storage instead of allocating a list
/// each (most groups are one mention). Indices run from 0, as in an array.
struct MentionRun: RandomAccessCollection {
    /// The list the run is a window on.
    private var base: [Mention]
    /// Where the run starts in `base`.
    private var lower: Int
    /// Where it ends.
    private var upper: Int

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

    /// The run of mention `i` alone (sharing the storage).
    func single(_ i: Int) -> MentionRun {
        precondition(i >= 0 && i < upper - lower, "mention index out of range")
        var one = self
        one.lower = lower + i
        one.upper = lower + i + 1
        return one
    }

    /// Takes in the next mention of the list it is a window on.
    mutating func extend() {
        precondition(upper < base.count, "no mention to extend the run with")
        upper += 1
    }

    /// Adds the mentions of `other` at the end: an empty run becomes `other` itself (its storage
    /// shared); otherwise the two are joined in a list of their own.
    mutating func append(contentsOf other: MentionRun) {
        if other.isEmpty { return }
        if isEmpty {
            self = other
            return
        }
        let joined = Array(self) + Array(other)
        self = MentionRun(joined, 0..<joined.count)
    }
}
