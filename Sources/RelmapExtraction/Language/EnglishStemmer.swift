/// Reduces English inflected forms to a known root: `condemned`, `condemns`, `condemning` to
/// `condemn`; `meetings` to `meeting`; `allies` to `ally`; `supplied` to `supply`.
///
/// Like ``IndonesianStemmer`` it is driven by a dictionary of roots and returns the word unchanged
/// when no candidate is known, so it never invents a stem.
public struct EnglishStemmer: Sendable {
    /// The known roots, lower case.
    public let dictionary: Set<String>

    /// Creates a stemmer over `roots`.
    public init<S: Sequence>(roots: S) where S.Element == String {
        dictionary = Set(roots.map { $0.lowercased() })
    }

    /// The candidate roots of `word`, most likely first.
    static func candidates(_ w: String) -> [String] {
        var out = [w]
        func drop(_ n: Int) -> String { String(w.dropLast(n)) }
        if w.hasSuffix("ies") && w.count > 4 { out.append(drop(3) + "y") }
        if w.hasSuffix("es") && w.count > 3 { out.append(drop(2)) }
        if w.hasSuffix("s") && !w.hasSuffix("ss") && w.count > 3 { out.append(drop(1)) }
        if w.hasSuffix("ied") && w.count > 4 { out.append(drop(3) + "y") }
        if w.hasSuffix("ed") && w.count > 3 {
            let base = drop(2)
            out.append(base)
            out.append(base + "e")
            if let last = base.last, base.dropLast().last == last { out.append(String(base.dropLast())) }
        }
        if w.hasSuffix("ing") && w.count > 4 {
            let base = drop(3)
            out.append(base)
            out.append(base + "e")
            if let last = base.last, base.dropLast().last == last { out.append(String(base.dropLast())) }
        }
        if w.hasSuffix("'s") || w.hasSuffix("’s") { out.append(drop(2)) }
        return out
    }

    /// The root of `word`, or `word` lower-cased when none is known.
    public func stem(_ word: String) -> String {
        let lower = word.lowercased()
        for c in Self.candidates(lower) where dictionary.contains(c) { return c }
        return lower
    }
}
