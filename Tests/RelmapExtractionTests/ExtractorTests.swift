import Testing
import RelmapCorpus
@testable import RelmapExtraction

/// One test per reading rule, in Indonesian and English, on sentences written for the tests.
@Suite struct ExtractorTests {
    @Test func subjectAndTargetPreposition() {
        #expect(relations("Seorang tentara Korea Utara membelot ke Korea Selatan bulan lalu.") == ["PRK defection KOR"])
        #expect(relations("A North Korean soldier defected to South Korea last month.", lang: "en") == ["PRK defection KOR"])
    }

    @Test func directObjectIsTheTarget() {
        #expect(relations("Rusia menyerang Ukraina dari tiga arah.") == ["RUS attack UKR"])
        #expect(relations("Russia attacked Ukraine from three sides.", lang: "en") == ["RUS attack UKR"])
    }

    @Test func passivesSwapTheRoles() {
        #expect(relations("Ukraina diserang oleh Rusia pada Februari.") == ["RUS attack UKR"])
        #expect(relations("Ukraine was attacked by Russia in February.", lang: "en") == ["RUS attack UKR"])
    }

    @Test func coordinationExpands() {
        let protests: Set<String> = relations("Amerika Serikat dan Jepang mengecam keras hubungan militer antara Rusia dan Korea Utara.")
            .filter { $0.contains("protest") }
        #expect(protests == ["USA protest RUS", "USA protest PRK", "JPN protest RUS", "JPN protest PRK"])
        #expect(
            relations("The United States and Japan condemned North Korea and Russia.", lang: "en")
                == ["USA protest PRK", "USA protest RUS", "JPN protest PRK", "JPN protest RUS"])
    }

    @Test func betweenNamesTheParties() {
        let found = relations("Para analis menyoroti kerja sama militer antara Rusia dan Korea Utara.")
        #expect(found.contains("PRK alliance RUS") || found.contains("RUS alliance PRK"))
        #expect(found.count == 1)
    }

    @Test func referencesResolveToActorsJustNamed() {
        let id = relations("Kim Jong Un bertemu Vladimir Putin di Vladivostok. Kedua negara sepakat memperkuat kerja sama.")
        #expect(id.contains("PRK alliance RUS") || id.contains("RUS alliance PRK"))
        let en = relations("Kim Jong Un met Vladimir Putin in Vladivostok. Both countries pledged closer ties.", lang: "en")
        #expect(en.contains("PRK alliance RUS") || en.contains("RUS alliance PRK"))
        #expect(relations("Korea Utara meluncurkan rudal. Rezim tersebut mengancam Jepang.") == ["PRK threat JPN"])
    }

    @Test func negationDropsOrMarks() {
        #expect(relations("Kerja sama itu tidak ditujukan untuk mengancam keamanan Korea Selatan, kata Rusia.").isEmpty)
        #expect(relations("Pyongyang menolak untuk terlibat dalam pembicaraan dengan Washington.").isEmpty)
        #expect(relations("North Korea did not threaten Japan.", lang: "en").isEmpty)
        #expect(relations("North Korea did not threaten Japan.", lang: "en", keepNegated: true) == ["PRK threat JPN"])
        // "not only" is no negation.
        #expect(relations("Bukan hanya Korea Selatan, Jepang juga mengecam Korea Utara.") == ["JPN protest PRK"])
    }

    @Test func hedgesLowerConfidence() throws {
        let plain = sharedExtractor.extract(Article(id: "a", language: "id", text: "Rusia membantu Korea Utara membangun satelit."))
        let hedged = sharedExtractor.extract(Article(id: "b", language: "id", text: "Rusia diduga membantu Korea Utara membangun satelit."))
        let p = try #require(plain.first), h = try #require(hedged.first)
        #expect(p.type == "support" && h.type == "support")
        #expect(h.hedged && !p.hedged)
        #expect(h.confidence < p.confidence)
        let en = sharedExtractor.extract(Article(id: "c", language: "en", text: "Russia reportedly supplied North Korea with oil."))
        #expect(en.first?.hedged == true)
    }

    @Test func speakersAreNotParties() {
        #expect(relations("Korea Utara mengirim pasukan ke Rusia, kata badan intelijen Korea Selatan.") == ["PRK support RUS"])
        #expect(relations("Menurut Kementerian Unifikasi Korea Selatan, Korea Utara mengancam Jepang.") == ["PRK threat JPN"])
        #expect(relations("According to South Korea, North Korea threatened Japan.", lang: "en") == ["PRK threat JPN"])
    }

    @Test func agentsAndPeopleRollUpToTheirState() {
        #expect(relations("Korea Selatan memanggil Duta Besar Rusia untuk memprotes pengiriman pasukan.").contains("KOR protest RUS"))
        #expect(relations("Menteri Luar Negeri Inggris mengecam Kremlin.") == ["GBR protest RUS"])
    }

    @Test func officeHoldersSpeakForTheirStateOnlyInOffice() {
        #expect(relations("Trump mengancam Korea Utara.", date: "2019-05-01") == ["USA threat PRK"])
        #expect(relations("Trump mengancam Korea Utara.", date: "2025-03-01") == ["USA threat PRK"])
        #expect(relations("Trump mengancam Korea Utara.", date: "2022-03-01").isEmpty)
        // A year named in the sentence dates what it tells.
        #expect(relations("Pada tahun 2019, Trump mengancam Korea Utara.", date: "2022-03-01") == ["USA threat PRK"])
    }

    @Test func placesAreTargetsNotSubjects() {
        #expect(relations("Ukraina menyerang Kursk pada bulan Agustus.") == ["UKR attack RUS"])
    }

    @Test func reversalsLeaveOnlyANamedSource() {
        #expect(relations("Putin menekankan perlunya pelonggaran sanksi terhadap Korea Utara.").isEmpty)
        #expect(relations("Mereka membahas pelonggaran sanksi PBB terhadap Korea Utara.") == ["UN sanction PRK"])
    }

    @Test func evidenceOffsetsPointIntoTheText() throws {
        let text = "Judul\n\nSeoul memanggil duta besar Rusia. Jepang mengecam Korea Utara."
        let found = sharedExtractor.extract(Article(id: "e", language: "id", text: text))
        let bytes = Array(text.utf8)
        let r = try #require(found.first { $0.type == "protest" && $0.source == "JPN" })
        #expect(r.sentenceIndex == 2)
        #expect(String(decoding: bytes[r.triggerSpan.range], as: UTF8.self) == "mengecam")
        #expect(String(decoding: bytes[r.sourceSpan.range], as: UTF8.self) == "Jepang")
        #expect(String(decoding: bytes[r.targetSpan.range], as: UTF8.self) == "Korea Utara")
        #expect(r.sentence == "Jepang mengecam Korea Utara.")
    }

    @Test func userLexiconAddsNamesAndTypes() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        let path = dir + "/lex.yaml"
        try """
        actors:
          - id: WAKANDA
            kind: state
            label: Wakanda
            names: [Wakanda, Birnin Zana]
        types:
          - name: trade
            directed: false
            polarity: cooperative
            intensity: 3
            triggers:
              id: [dagang]
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let lexicon = try bundledLexicon.merging([path])
        let ex = Extractor(lexicon: lexicon)
        let found = ex.extract(Article(id: "w", language: "id", text: "Wakanda berdagang dengan Jepang."))
        #expect(found.map { [$0.source, $0.target].sorted().joined(separator: "-") + " " + $0.type } == ["JPN-WAKANDA trade"])
    }

    @Test func badLexiconNamesFileAndLine() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        let path = dir + "/bad.yaml"
        try "types:\n  - name: x\n    polarity: friendly\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: LexiconError(path: path, line: 2, reason: "polarity must be cooperative or hostile, not 'friendly'")) {
            try bundledLexicon.merging([path])
        }
    }
}

@Suite struct NameCensusTests {
    @Test func listsKnownActorsAndUnknownNames() {
        var census = NameCensus()
        census.add(
            Article(id: "a", language: "id", text: "Kementerian Luar Negeri Wakanda mengecam Korea Utara pada Senin. Wakanda juga memanggil duta besar Korea Utara."), extractor: sharedExtractor)
        census.add(Article(id: "b", language: "id", text: "Menurut laporan itu, Wakanda dan Jepang bertemu di Tokyo."), extractor: sharedExtractor)
        let known = census.knownActors
        // PRK twice in one article; JPN twice (Jepang, Tokyo) in one; ties in id order.
        #expect(known.map(\.name) == ["JPN", "PRK"])
        #expect(known.allSatisfy { $0.count == 2 && $0.articles == 1 })
        let unknown = census.unknownNames
        #expect(unknown.first?.name == "Wakanda")
        #expect(unknown.first?.count == 3 && unknown.first?.articles == 2)
        #expect(!unknown.contains { $0.name == "Senin" || $0.name == "Menurut" }, "weekdays and function words are no names")
    }

    @Test func aCapitalisedWordTheCorpusAlsoWritesInLowerCaseIsNoName() {
        var census = NameCensus()
        census.add(Article(id: "a", language: "id", text: "Harga minyak naik. Wakanda diam."), extractor: sharedExtractor)
        #expect(census.unknownNames.map(\.name).contains("Harga"))
        census.add(Article(id: "b", language: "id", text: "Kenaikan harga terasa di pasar."), extractor: sharedExtractor)
        #expect(!census.unknownNames.map(\.name).contains("Harga"))
        #expect(census.unknownNames.map(\.name).contains("Wakanda"))
    }

    @Test func perArticleCensusesMergedInOrderMatchAddingOneByOne() throws {
        let folder = CorpusExtractionTests.corpusFolder(count: 40)
        defer { removeTemporaryFolder(folder) }
        let corpus = try Corpus(paths: [folder])
        var oneByOne = NameCensus()
        try corpus.forEachArticle { oneByOne.add($0, extractor: sharedExtractor) }
        for threads in [1, 2] {
            var merged = NameCensus()
            try CorpusExtraction(extractor: sharedExtractor, threads: threads, window: 3).map(
                corpus,
                { article, cache in
                    NameCensus.census(of: article, extractor: sharedExtractor, cache: &cache)
                }
            ) { merged.merge($0) }
            #expect(merged.knownActors == oneByOne.knownActors)
            #expect(merged.unknownNames == oneByOne.unknownNames)
        }
        // 48 articles (8 JSONL files of two, 32 text files); every one names Korea Utara or Russia.
        #expect(oneByOne.knownActors.first { $0.name == "PRK" }?.articles == 48)
    }
}

@Suite struct DateOriginTests {
    @Test func relationsSayWhereTheirDateCameFrom() {
        let fromText = Article(id: "a", date: "2023-07-31", dateOrigin: .text, language: "id", text: "Jepang mengecam Korea Utara.")
        #expect(sharedExtractor.extract(fromText).first?.dateOrigin == .text)
        let fromMeta = Article(id: "b", date: "2023-07-31", language: "id", text: "Jepang mengecam Korea Utara.")
        #expect(sharedExtractor.extract(fromMeta).first?.dateOrigin == .metadata)
        let none = Article(id: "c", language: "id", text: "Jepang mengecam Korea Utara.")
        #expect(sharedExtractor.extract(none).first?.dateOrigin == Article.DateOrigin.none)
    }
}
