/// An actor (a state or an organisation) as a number: its place in the compiled lexicon's table
/// of actor codes (``CompiledLexicon/actorCodes``). The reader compares and copies these while it
/// reads; the codes as strings are looked up once a relation is written out.
struct ActorID: Hashable, Sendable {
    /// The index in ``CompiledLexicon/actorCodes``.
    var raw: UInt32
}

/// A person named in an article: a person of the lexicon (``CompiledLexicon/source``'s `people`,
/// by index, for a non-negative ``raw``) or a name the article itself introduced in an apposition
/// (``MentionFinder/learntPeople``, by `-raw - 1`).
struct PersonID: Hashable, Sendable {
    /// The index, as above.
    var raw: Int32
}

/// An agent role ("military", "foreign ministry") as its place in the compiled lexicon's table of
/// roles (``CompiledLexicon/roleNames``).
struct RoleID: Hashable, Sendable {
    /// The index in ``CompiledLexicon/roleNames``.
    var raw: UInt32
}

/// Strings numbered in the order first met: the tables behind ``ActorID`` and ``RoleID``.
struct NameNumbers {
    /// The strings, by number.
    private(set) var names: [String] = []
    private var numbers: [String: UInt32] = [:]

    /// The number of `name`, given it now if it has none yet.
    mutating func number(_ name: String) -> UInt32 {
        if let n = numbers[name] { return n }
        let n = UInt32(names.count)
        names.append(name)
        numbers[name] = n
        return n
    }
}

/// A short list of actors held inline, with no storage of its own to allocate, retain or release:
/// a mention names one actor, a reference or a group a few. It holds at most ``capacity``; the
/// actors past that are left out (a list of more than ``ActorGroup/maxListMembers`` takes part in
/// no relation anyway).
struct ActorList: RandomAccessCollection, Hashable, Sendable {
    /// The most actors a list holds.
    static let capacity = 16

    /// The ids; those past ``count`` are 0, so that equal lists have equal storage.
    private var ids: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    private var stored: UInt8 = 0

    /// An empty list.
    init() {}

    /// A list of `actors` (the first ``capacity`` of them).
    init<S: Sequence>(_ actors: S) where S.Element == ActorID {
        for a in actors { append(a) }
    }

    /// A list of the one actor `a`. (The list takes no array literal: a literal would build an
    /// array on the heap first, for every mention of one actor.)
    init(_ a: ActorID) {
        ids.0 = a.raw
        stored = 1
    }

    /// A list of the two actors `a` and `b`.
    init(_ a: ActorID, _ b: ActorID) {
        ids.0 = a.raw
        ids.1 = b.raw
        stored = 2
    }

    var startIndex: Int { 0 }
    var endIndex: Int { Int(stored) }

    subscript(i: Int) -> ActorID {
        precondition(i >= 0 && i < Int(stored), "actor index out of range")
        return withUnsafeBytes(of: ids) { ActorID(raw: $0.load(fromByteOffset: i &* 4, as: UInt32.self)) }
    }

    /// Adds `a` at the end, unless the list is full.
    mutating func append(_ a: ActorID) {
        guard Int(stored) < Self.capacity else { return }
        let i = Int(stored)
        withUnsafeMutableBytes(of: &ids) { $0.storeBytes(of: a.raw, toByteOffset: i &* 4, as: UInt32.self) }
        stored += 1
    }

    /// The list without its actors that `drop` holds.
    func filter(notIn drop: ActorList) -> ActorList {
        var out = ActorList()
        for a in self where !drop.contains(a) { out.append(a) }
        return out
    }

    static func == (a: ActorList, b: ActorList) -> Bool {
        guard a.stored == b.stored else { return false }
        return withUnsafeBytes(of: a.ids) { x in withUnsafeBytes(of: b.ids) { y in x.elementsEqual(y) } }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(stored)
        for a in self { hasher.combine(a.raw) }
    }
}
