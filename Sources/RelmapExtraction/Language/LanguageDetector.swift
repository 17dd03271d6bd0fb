/// Tells the language of a text (Indonesian or English with the bundled lexicon) from the words of
/// its opening, so that one line is enough: "Japan condemned China." is English and "Jepang
/// mengecam China." Indonesian.
///
/// The evidence is data (``Lexicon/detection``, `detect.yaml`). Each of the first 400 word tokens
/// votes: a word of one language's list gives it 3 points; otherwise each language whose prefix or
/// suffix the word carries gets 2 points (1 on a capitalised word, as names mislead more; a word
/// on a `not_affixed` list gets none). Acronyms of two or three capitals (AS, US, PBB) cast no
/// vote. The language with most points wins; ties, and texts without any evidence, go to
/// ``fallback``. Reading stops early once one language leads by 60 points, which a long article
/// reaches within its first sentences.
///
/// Look-ups go by the hash the tokenizer computed (``Token/hash``), so a vote hashes nothing.
public struct LanguageDetector: Sendable {
    /// The language codes scored, sorted.
    public let languages: [String]
    /// The language that wins a tie: Indonesian, the corpus's first language, when scored.
    public let fallback: String

    /// Points for a word of a language's list.
    static let wordPoints = 3
    /// Points for an affix on a lower-case word, and on a capitalised one.
    static let affixPoints = (lower: 2, capitalised: 1)
    /// The lead at which reading stops.
    static let decisiveLead = 60
    /// Tokens read at most.
    static let window = 400

    /// An affix and the language it counts for.
    private struct Affix: Sendable {
        var bytes: [UInt8]
        var language: Int
        var isSuffix: Bool
    }

    /// The listed words, by hash: open addressing over `slots` (a power of two), each slot the
    /// index of an entry or -1.
    private let slots: [Int32]
    private let hashes: [UInt64]
    private let keys: [String]
    /// Entry `k`'s points for language `l` at `k * languages.count + l`; all zero for a word
    /// that is only `not_affixed`.
    private let points: [Int8]
    private let affixes: [Affix]

    /// A detector over `evidence` (language code to its words and affixes).
    public init(_ evidence: [String: DetectionEvidence]) {
        let codes = evidence.keys.sorted()
        languages = codes
        fallback = codes.contains("id") ? "id" : codes.first ?? "id"
        var index: [String: Int] = [:]
        var keys: [String] = []
        var points: [Int8] = []
        func entry(_ word: String) -> Int {
            if let k = index[word] { return k }
            index[word] = keys.count
            keys.append(word)
            points += [Int8](repeating: 0, count: codes.count)
            return keys.count - 1
        }
        var affixes: [Affix] = []
        for (l, code) in codes.enumerated() {
            guard let e = evidence[code] else { continue }
            for w in e.words.sorted() { points[entry(w) * codes.count + l] = Int8(Self.wordPoints) }
            for w in e.notAffixed.sorted() { _ = entry(w) }
            affixes += e.prefixes.filter { !$0.isEmpty }.map { Affix(bytes: Array($0.utf8), language: l, isSuffix: false) }
            affixes += e.suffixes.filter { !$0.isEmpty }.map { Affix(bytes: Array($0.utf8), language: l, isSuffix: true) }
        }
        var capacity = 64
        while capacity < keys.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        let hashes = keys.map(Token.fnv)
        for (k, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & (capacity - 1)
            while slots[i] >= 0 { i = (i + 1) & (capacity - 1) }
            slots[i] = Int32(k)
        }
        self.slots = slots
        self.hashes = hashes
        self.keys = keys
        self.points = points
        self.affixes = affixes
    }

    /// The language of the text `tokens` come from: a code of ``languages``, or ``fallback``.
    public func detect(_ tokens: Tokens) -> String {
        let score = tally(tokens)
        var best = fallback
        var top = languages.firstIndex(of: fallback).map { score[$0] } ?? 0
        for (l, code) in languages.enumerated() where score[l] > top {
            best = code
            top = score[l]
        }
        return best
    }

    /// Each language's points for the opening of `tokens`.
    func scores(_ tokens: Tokens) -> [String: Int] {
        let score = tally(tokens)
        var out: [String: Int] = [:]
        for (l, code) in languages.enumerated() { out[code] = score[l] }
        return out
    }

    /// Each language's points, by index in ``languages``.
    private func tally(_ tokens: Tokens) -> [Int] {
        let n = languages.count
        guard n > 0 else { return [] }
        var score = [Int](repeating: 0, count: n)
        var read = 0
        for i in tokens.indices where tokens[i].kind == .word {
            let t = tokens[i]
            read += 1
            if read > Self.window { break }
            if t.isCapitalized && Self.isAcronym(tokens.text(i)) { continue }
            if let k = entry(t.hash, tokens.lower(i)) {
                for l in 0..<n { score[l] += Int(points[k * n + l]) }
            } else if !affixes.isEmpty {
                let gain = t.isCapitalized ? Self.affixPoints.capitalised : Self.affixPoints.lower
                let lower = tokens.lower(i)
                let votes =
                    lower.utf8.withContiguousStorageIfAvailable { affixVotes($0) }
                    ?? Array(lower.utf8).withUnsafeBufferPointer { affixVotes($0) }
                if votes != 0 { for l in 0..<min(n, 64) where votes & (1 << UInt64(l)) != 0 { score[l] += gain } }
            }
            // A clear lead settles it: the rest of a long article would not change the answer.
            if read % 16 == 0, n >= 2 {
                let sorted = score.sorted(by: >)
                if sorted[0] - sorted[1] >= Self.decisiveLead { break }
            }
        }
        return score
    }

    /// The languages (bit `l` for language `l`) whose prefix or suffix `word` carries, with at
    /// least three letters besides.
    private func affixVotes(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var votes: UInt64 = 0
        for a in affixes where a.language < 64 && word.count >= a.bytes.count + 3 {
            let offset = a.isSuffix ? word.count - a.bytes.count : 0
            var match = true
            for j in 0..<a.bytes.count where word[offset + j] != a.bytes[j] { match = false; break }
            if match { votes |= 1 << UInt64(a.language) }
        }
        return votes
    }

    /// The entry of the word whose lower-case form is `lower` (with hash `hash`), if listed.
    @inline(__always)
    private func entry(_ hash: UInt64, _ lower: String) -> Int? {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let e = slots[i]
            if e < 0 { return nil }
            let k = Int(e)
            if hashes[k] == hash, keys[k] == lower { return k }
            i = (i + 1) & mask
        }
    }

    /// Two or three capitals and nothing else: an acronym (AS, US, PBB), which says nothing about
    /// the language around it.
    @inline(__always)
    static func isAcronym(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 2, bytes.count <= 3 else { return false }
        return bytes.allSatisfy { $0 &- 0x41 < 26 }
    }
}
