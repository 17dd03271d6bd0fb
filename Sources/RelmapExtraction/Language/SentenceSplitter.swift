/// Splits an article's tokens into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when the
/// next token starts a new sentence, unless the full stop closes an abbreviation (`Dr.`, `Jl.`,
/// `Gen.`) or an initial (`J. Biden`). A line break ends a sentence as well — headlines and
/// datelines stand on lines of their own — unless the line reads on (the next line starts in lower
/// case after a line without a closing mark: hard-wrapped text).
public enum SentenceSplitter {
    private static let enders: MarkSet = [".", "!", "?", "…", "!?", "?!", "...", "...."]
    private static let closers: MarkSet = ["\"", "”", "’", "'", ")", "]", "»"]
    private static let openers: MarkSet = ["\"", "“", "‘", "'", "(", "[", "—", "–", "-"]

    /// Whether token `i` can end a sentence (the marks' hashes compared before any string is read).
    @inline(__always)
    private static func isEnder(_ tokens: Tokens, _ i: Int) -> Bool {
        tokens[i].kind == .punctuation && enders.contains(tokens, i)
    }

    /// Whether token `i` closes a quotation or bracket.
    @inline(__always)
    private static func isCloser(_ tokens: Tokens, _ i: Int) -> Bool {
        tokens[i].kind == .punctuation && closers.contains(tokens, i)
    }

    /// The sentences of `tokens`.
    public static func split(_ all: Tokens, abbreviations: Set<String>) -> [Sentence] {
        split(all, abbreviations: WordSet(abbreviations))
    }

    /// As ``split(_:abbreviations:)``, with the abbreviations made a ``WordSet`` once for many articles.
    static func split(_ all: Tokens, abbreviations: WordSet) -> [Sentence] {
        ranges(all, abbreviations: abbreviations).enumerated().map { Sentence(index: $0.offset, tokens: all[$0.element]) }
    }

    /// The sentences of `all` as token ranges: what the extractor reads (a list of ``Sentence``s
    /// retained the tokens once for each sentence, and again at each copy).
    static func ranges(_ tokens: Tokens, abbreviations: WordSet) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(tokens.count / 12 + 1)
        var start = 0
        var i = 0
        func close(_ end: Int) {
            if end > start { sentences.append(start..<end) }
            start = end
        }
        while i < tokens.count {
            if i > start, tokens[i].newlinesBefore > 0 {
                let prevCloses = tokens[i - 1].kind == .punctuation && (isEnder(tokens, i - 1) || isCloser(tokens, i - 1))
                let readsOn = !prevCloses && tokens[i].newlinesBefore == 1 && !tokens[i].isCapitalized && tokens[i].kind == .word
                if !readsOn { close(i) }
            }
            if tokens[i].kind == .punctuation, isEnder(tokens, i) {
                var end = i + 1
                // A straight quote after a space opens the next sentence's quotation: `protested. "We`.
                while end < tokens.count, isCloser(tokens, end), tokens[end].newlinesBefore == 0,
                    !(tokens[end].start > tokens[end - 1].end && (tokens.text(end) == "\"" || tokens.text(end) == "'"))
                { end += 1 }
                if end >= tokens.count {
                    close(end)
                    i = end
                    continue
                }
                var boundary =
                    tokens[end].isCapitalized || tokens[end].kind == .number || tokens[end].newlinesBefore > 0
                    || (tokens[end].kind == .punctuation && openers.contains(tokens, end))
                if tokens[i].end - tokens[i].start == 1, tokens.text(i) == ".", i > 0,
                    tokens[i - 1].end == tokens[i].start, tokens[i - 1].kind == .word
                {
                    if abbreviations.contains(tokens, i - 1) { boundary = boundary && tokens[end].newlinesBefore > 0 }
                    // An initial: one letter (up to 4 bytes) before the dot.
                    if tokens[i - 1].end - tokens[i - 1].start <= 4, tokens.text(i - 1).count == 1, tokens[i - 1].isCapitalized,
                        tokens[end].isCapitalized, tokens[end].newlinesBefore == 0
                    {
                        boundary = false
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
