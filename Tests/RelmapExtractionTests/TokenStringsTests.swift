import Testing

@testable import RelmapExtraction

/// The strings a worker keeps for the words it has tokenized: a word met again must come out
/// exactly as it would have been made anew.
@Suite struct TokenStringsTests {
    /// Words of every length around the 16 bytes held inline, in several cases, met more than once.
    let text = """
        Korea Utara dan KOREA utara. Internationalisation internationalisation INTERNATIONALISATION!
        abcdefghijklmnop abcdefghijklmnoq abcdefghijklmno abcdefghijklmnopq ABCDEFGHIJKLMNOP
        Rusia rusia RUSIA, Rusia's: Ukraina-Rusia 2024 2024-an. Korea Utara dan abcdefghijklmnoq abcdefghijklmnopr.
        """

    func same(_ a: Tokens, _ b: Tokens) -> Bool {
        a.count == b.count
            && a.indices.allSatisfy { i in
                a.text(i) == b.text(i) && a.lower(i) == b.lower(i) && a[i] == b[i] && a[i].isCapitalized == b[i].isCapitalized
            }
    }

    @Test func aKnownWordComesOutAsANewOne() {
        let fresh = Tokenizer.tokenize(text)
        var strings = TokenStrings()
        let first = Tokenizer.tokenize(text, strings: &strings)
        let again = Tokenizer.tokenize(text, strings: &strings)
        #expect(same(fresh, first) && same(fresh, again))
        // Words that share their first 16 bytes are told apart by the rest.
        let long = fresh.texts.filter { $0.hasPrefix("abcdefghijklmno") }
        #expect(long == ["abcdefghijklmnop", "abcdefghijklmnoq", "abcdefghijklmno", "abcdefghijklmnopq", "abcdefghijklmnoq", "abcdefghijklmnopr"])
    }

    @Test func aWordKeepsItsNumberAndOnlyItsOwn() {
        var strings = TokenStrings()
        let tokens = Tokenizer.tokenize("Rusia rusia Rusia Ukraina Tiongkok Rusia Türkiye", strings: &strings)
        let again = Tokenizer.tokenize("Ukraina Rusia", strings: &strings)
        #expect(tokens[0].word == tokens[2].word && tokens[0].word == tokens[5].word && tokens[0].word == again[1].word)
        #expect(Set(tokens[0..<5].map(\.word)).count == 4 && again[0].word == tokens[3].word)
        // Not held (not ASCII): no number; a tokenizer without a table numbers nothing.
        #expect(tokens[6].word == -1 && Tokenizer.tokenize("Rusia").allSatisfy { $0.word == -1 })
    }

    @Test func aFullTableStillGivesEveryWord() {
        var strings = TokenStrings(limit: 3)
        let fresh = Tokenizer.tokenize(text)
        #expect(same(fresh, Tokenizer.tokenize(text, strings: &strings)))
        #expect(same(fresh, Tokenizer.tokenize(text, strings: &strings)))
    }

    /// An article's tokens keep their strings however many words the table takes after them.
    @Test func earlierTokensKeepTheirStrings() {
        var strings = TokenStrings()
        let first = Tokenizer.tokenize("Rusia dan Türkiye bertemu.", strings: &strings)
        let second = Tokenizer.tokenize(text, strings: &strings)
        #expect(first.texts == ["Rusia", "dan", "Türkiye", "bertemu", "."])
        #expect(first.indices.map(first.lower) == ["rusia", "dan", "türkiye", "bertemu", "."])
        #expect(same(second, Tokenizer.tokenize(text)))
        // Plain data: a token is offsets, kind and hash, nothing counted.
        #expect(_isPOD(Token.self))
    }
}
