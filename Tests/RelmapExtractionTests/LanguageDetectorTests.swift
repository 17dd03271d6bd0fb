import Testing
@testable import RelmapExtraction

/// Language detection on one-line texts and headlines in both languages, and on long texts.
/// Every text here was written for these tests.
@Suite struct LanguageDetectorTests {
    let detector = sharedExtractor.lexicon.detector

    func detect(_ text: String) -> String { detector.detect(Tokenizer.tokenize(text)) }

    static let english = [
        "Japan condemned China.",
        "Russia and Ukraine met in Istanbul.",
        "Iran threatened Israel.",
        "Germany supports Poland.",
        "France expelled two Russian diplomats.",
        "Turkey hosted the talks.",
        "China warned Taiwan on Monday.",
        "North Korea fired a missile.",
        "Egypt and Jordan signed a water deal.",
        "India accused Pakistan of shelling.",
        "Brazil recalled its ambassador.",
        "Canada imposed new sanctions on Iran.",
        "Kishida met Yoon in Seoul.",
        "Putin visited Pyongyang.",
        "Vietnam protested Chinese patrols.",
        "Protesters gathered outside the embassy.",
        "Troops crossed the border overnight.",
        "The talks collapsed.",
        "Sanctions tightened.",
        "Washington criticised Beijing.",
        "Kim Jong Un inspected a rocket launch.",
        "Seoul and Tokyo restored ties.",
        "Moscow denied the report.",
        "Ministers discussed trade.",
        "Israel struck Hezbollah positions.",
        // Headlines, in title case.
        "Japan Condemns China Over Missile Test",
        "Putin, Xi Hold Talks in Beijing",
        "Biden Meets Kishida at Camp David",
        "EU Extends Sanctions on Russia",
        "Philippines Summons Chinese Envoy",
        "Australia Backs Ukraine With Tanks",
        "Saudi Arabia, Iran Restore Diplomatic Relations",
        "UN Condemns Attack on Peacekeepers",
        "Modi Visits Washington",
        "Pakistan Expels Indian Diplomat"
    ]

    static let indonesian = [
        "Jepang mengecam China.",
        "Rusia dan Ukraina bertemu di Istanbul.",
        "Iran mengancam Israel.",
        "Jerman mendukung Polandia.",
        "Prancis mengusir dua diplomat Rusia.",
        "Turki menjadi tuan rumah perundingan.",
        "China memperingatkan Taiwan pada Senin.",
        "Korea Utara menembakkan rudal.",
        "Mesir dan Yordania menandatangani kesepakatan air.",
        "India menuduh Pakistan menembaki perbatasan.",
        "Brasil memanggil pulang duta besarnya.",
        "Kanada menjatuhkan sanksi baru terhadap Iran.",
        "Kishida bertemu Yoon di Seoul.",
        "Putin mengunjungi Pyongyang.",
        "Vietnam memprotes patroli China.",
        "Para demonstran berkumpul di luar kedutaan.",
        "Pasukan menyeberangi perbatasan semalam.",
        "Perundingan itu gagal.",
        "Sanksi diperketat.",
        "Washington mengkritik Beijing.",
        "Kim Jong Un meninjau peluncuran roket.",
        "Seoul dan Tokyo memulihkan hubungan.",
        "Moskow membantah laporan itu.",
        "Para menteri membahas perdagangan.",
        "Israel menggempur posisi Hizbullah.",
        // Headlines, often in title case.
        "Jepang Kecam China Soal Uji Rudal",
        "Putin dan Xi Bertemu di Beijing",
        "Biden Temui Kishida di Camp David",
        "Uni Eropa Perpanjang Sanksi terhadap Rusia",
        "Filipina Panggil Dubes China",
        "Australia Dukung Ukraina dengan Tank",
        "Arab Saudi dan Iran Pulihkan Hubungan Diplomatik",
        "PBB Kecam Serangan terhadap Pasukan Perdamaian",
        "Modi Kunjungi Washington",
        "Pakistan Usir Diplomat India",
        "AS Jatuhkan Sanksi ke Korut",
        "Korsel Protes Latihan Militer Korut"
    ]

    @Test(arguments: english)
    func shortEnglish(text: String) {
        #expect(detect(text) == "en", "\(detector.scores(Tokenizer.tokenize(text)))")
    }

    @Test(arguments: indonesian)
    func shortIndonesian(text: String) {
        #expect(detect(text) == "id", "\(detector.scores(Tokenizer.tokenize(text)))")
    }

    @Test func longTextsStayRight() {
        let id = String(repeating: "Menteri luar negeri Korea Selatan mengatakan bahwa pemerintahnya akan terus memantau situasi di perbatasan. ", count: 60)
        let en = String(repeating: "The foreign minister of South Korea said that the government will keep watching the situation at the border. ", count: 60)
        #expect(detect(id) == "id")
        #expect(detect(en) == "en")
        // A long English article that quotes an Indonesian phrase, and the other way round.
        #expect(detect(en + " Presiden mengatakan bahwa ini penting.") == "en")
        #expect(
            detect(
                "Presiden mengatakan bahwa pertemuan itu penting. " + String(repeating: "Menurut dia, kedua negara sepakat bekerja sama. ", count: 20)
                    + "He said: \"We are ready.\"") == "id")
    }

    @Test func acronymsAndNamesAloneFallBackToIndonesian() {
        // Nothing tells the language: the tie goes to Indonesian, the corpus's first language.
        #expect(detect("Kim Jong Un.") == "id")
        #expect(detect("") == "id")
        // "AS" is the United States in Indonesian, not the English "as".
        #expect(detect("AS kecam Korut") == "id")
    }

    @Test func misleadingAffixesAreIgnored() {
        // -ing on a Chinese city, ber- on a German one, -nya on an African state.
        #expect(detector.scores(Tokenizer.tokenize("Beijing Berlin Kenya")).values.allSatisfy { $0 == 0 })
        // Indonesian words that end in -ing.
        #expect(detect("Ini penting dan sering terjadi.") == "id")
    }

    @Test func aLexiconFileAddsEvidence() throws {
        var lexicon = Lexicon()
        lexicon.detection["id"] = DetectionEvidence(words: ["kecam"], suffixes: ["kan"])
        lexicon.detection["en"] = DetectionEvidence(words: ["slams"], suffixes: ["ed"])
        let d = LanguageDetector(lexicon.detection)
        #expect(d.languages == ["en", "id"])
        #expect(d.detect(Tokenizer.tokenize("Tokyo slams Beijing")) == "en")
        #expect(d.detect(Tokenizer.tokenize("Tokyo kecam Beijing")) == "id")
        #expect(d.detect(Tokenizer.tokenize("Tokyo protested")) == "en")
        #expect(d.detect(Tokenizer.tokenize("Tokyo tegaskan")) == "id")
    }
}
