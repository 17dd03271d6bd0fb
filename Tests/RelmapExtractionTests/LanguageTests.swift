import Testing
@testable import RelmapExtraction

@Suite struct LanguageTests {
    @Test func tokensKeepOffsetsAndSplitNamesAtCapitalHyphens() {
        let text = "KTT AS-Korea Utara di Hanoi; Kim Jong-un, Russia's U.S. ally."
        let tokens = Tokenizer.tokenize(text)
        let words = tokens.texts
        #expect(words.prefix(5) == ["KTT", "AS", "-", "Korea", "Utara"])
        #expect(words.contains("Jong-un"))
        #expect(words.contains("Russia") && words.contains("'s"))
        #expect(words.contains("U.S."))
        let bytes = Array(text.utf8)
        for i in tokens.indices { #expect(String(decoding: bytes[tokens[i].start..<tokens[i].end], as: UTF8.self) == tokens.text(i)) }
    }

    @Test func numbersStayWhole() {
        let words = Tokenizer.tokenize("sekitar 10.000 pasukan pada 2020-05-21 dan 1960-an").texts
        #expect(words.contains("10.000") && words.contains("2020-05-21") && words.contains("1960-an"))
    }

    @Test func sentencesSurviveAbbreviationsNumbersAndQuotes() {
        let text = """
            Headline Without A Stop
            Dr. Kim tiba pada pukul 10.30 di Seoul. “Kami siap,” katanya. Gen. Smith met U.S. officials. Then they left!
            """
        let tokens = Tokenizer.tokenize(text)
        let sentences = SentenceSplitter.split(tokens, abbreviations: ["dr", "gen", "u.s"])
        let texts = sentences.map { s in s.texts.joined(separator: " ") }
        #expect(texts.count == 5, "\(texts)")
        #expect(texts.first == "Headline Without A Stop")
        #expect(texts[1].hasPrefix("Dr . Kim") && texts[1].hasSuffix("Seoul ."))
        #expect(texts[3].hasPrefix("Gen . Smith") && texts[3].contains("U.S. officials"))
    }

    @Test func aStraightQuoteAfterASpaceOpensTheNextSentence() {
        let tokens = Tokenizer.tokenize("Chile protested. \"We reject it,\" Peru said. \"Never.\" Then it ended.")
        let texts = SentenceSplitter.split(tokens, abbreviations: []).map { $0.texts.joined(separator: " ") }
        #expect(texts == ["Chile protested .", "\" We reject it , \" Peru said .", "\" Never . \"", "Then it ended ."])
        // A quoted statement after another sentence still has its speaker.
        #expect(relations("Chile protested. \"Peru's raid was illegal,\" Bolivia said.", lang: "en").contains("BOL protest PER"))
    }

    @Test func hardWrappedLinesJoin() {
        let tokens = Tokenizer.tokenize("Korea Selatan mengecam\nkeras langkah itu.\nBaris baru.")
        #expect(SentenceSplitter.split(tokens, abbreviations: []).count == 2)
    }

    @Test(arguments: [
        ("condemned", "condemn"), ("condemns", "condemn"), ("condemning", "condemn"), ("meetings", "meeting"),
        ("allies", "ally"), ("supplied", "supply"), ("threatened", "threaten")
    ])
    func englishInflections(word: String, root: String) {
        let stemmer = EnglishStemmer(roots: ["condemn", "meeting", "ally", "supply", "threaten"])
        #expect(stemmer.stem(word) == root)
    }

    @Test func detectsLanguage() {
        #expect(sharedExtractor.lexicon.detector.detect(Tokenizer.tokenize("Korea Selatan mengatakan bahwa pasukan itu akan dikirim ke Rusia dan tidak kembali.")) == "id")
        #expect(sharedExtractor.lexicon.detector.detect(Tokenizer.tokenize("South Korea said that the troops were sent to Russia and will not return.")) == "en")
    }
}
