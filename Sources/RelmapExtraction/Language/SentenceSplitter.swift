/// Splits an article's tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when the
/// next token starts a new sentence, unless the full stop closes an abbreviation (`Dr.`, `Jl.`,
/// `Gen.`) or an initial (`J. Biden`). A line break ends a sentence as well — headlines and
/// datelines stand on lines of their own — unless the line reads on (the next line starts in lower
/// case after a line without a closing mark: hard-wrapped text).
public enum SentenceSplitter {
    private static let enders: Set<String> = [".", "!", "?", "…", "!?", "?!", "...", "...."]
    private static let closers: Set<String> = ["\"", "”", "’", "'", ")", "]", "»"]
    private static let openers: Set<String> = ["\"", "“", "‘", "'", "(", "[", "—", "–", "-"]

    /// Whether `t` can end a sentence: a cheap test of its first byte before the set.
    @inline(__always)
    private static func isEnder(_ t: Token) -> Bool {
        guard t.kind == .punctuation, let b = t.text.utf8.first, b == 0x2E || b == 0x21 || b == 0x3F || b == 0xE2 else { return false }
        return enders.contains(t.text)
    }

    /// Whether `t` closes a quotation or bracket.
    @inline(__always)
    private static func isCloser(_ t: Token) -> Bool {
        t.kind == .punctuation && closers.contains(t.text)
    }

    /// The sentences of `tokens`.
    public static func split(_ tokens: [Token], abbreviations: Set<String>) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var i = 0
        func close(_ end: Int) {
            if end > start { sentences.append(Sentence(index: sentences.count, tokens: tokens[start..<end])) }
            start = end
        }
        while i < tokens.count {
            if i > start, tokens[i].newlinesBefore > 0 {
                let prevCloses = tokens[i - 1].kind == .punctuation && (isEnder(tokens[i - 1]) || isCloser(tokens[i - 1]))
                let readsOn = !prevCloses && tokens[i].newlinesBefore == 1 && !tokens[i].isCapitalized && tokens[i].kind == .word
                if !readsOn { close(i) }
            }
            if tokens[i].kind == .punctuation, isEnder(tokens[i]) {
                let t = tokens[i]
                var end = i + 1
                while end < tokens.count, isCloser(tokens[end]), tokens[end].newlinesBefore == 0 { end += 1 }
                if end >= tokens.count {
                    close(end)
                    i = end
                    continue
                }
                let next = tokens[end]
                var boundary = next.isCapitalized || next.kind == .number || next.newlinesBefore > 0
                    || (next.kind == .punctuation && openers.contains(next.text))
                if t.text == ".", i > 0 {
                    let prev = tokens[i - 1]
                    if prev.end == t.start, prev.kind == .word {
                        let w = prev.lower
                        if abbreviations.contains(w) { boundary = boundary && next.newlinesBefore > 0 }
                        if prev.text.count == 1, prev.isCapitalized, next.isCapitalized, next.newlinesBefore == 0 { boundary = false }
                    }
                }
                if boundary {
                    close(end)
                    i = end
                    continue
                }
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }
}
