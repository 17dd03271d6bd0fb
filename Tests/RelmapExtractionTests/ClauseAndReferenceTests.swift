import Testing
@testable import RelmapExtraction

/// Who does what across clause boundaries: a dated bracket, a clause of time without its own
/// subject, a second verb after "dan" / "and", and a pronoun that opens the next sentence.
@Suite struct ClauseAndReferenceTests {
    @Test func aDateInBracketsBreaksNoClause() {
        #expect(relations("Vietnam pada Rabu (14/8) memprotes China.") == ["VNM protest CHN"])
        #expect(relations("Menteri Luar Negeri Filipina, Kamis (3/10/2024), mengecam China.") == ["PHL protest CHN"])
    }

    @Test func aShortFormInBracketsBreaksNoClause() {
        #expect(relations("Korea Selatan (Korsel) memprotes Jepang pada Senin.") == ["KOR protest JPN"])
        #expect(relations("Pada Senin, Amerika Serikat (AS) mengecam Iran.") == ["USA protest IRN"])
    }

    @Test func aClauseOfTimeContinuesTheSubject() {
        #expect(relations("Presiden Kenya pulang ke Nairobi setelah bertemu dengan Presiden Tanzania.") == ["KEN meeting TZA"])
        #expect(relations("Chile's president flew home after meeting the president of Peru.", lang: "en") == ["CHL meeting PER"])
        // A clause with a subject of its own keeps it.
        #expect(relations("Chile's president flew home after Peru met Bolivia.", lang: "en") == ["PER meeting BOL"])
    }

    @Test func aClauseOfContrastContinuesTheSubject() {
        #expect(relations("Chile's president visited Peru but criticised Bolivia.", lang: "en") == ["CHL meeting PER", "CHL protest BOL"])
        #expect(
            relations("Kunjungan Presiden Kenya ke Uganda hanya singkat, namun tetap dikecam keras oleh Sudan.")
                .contains("SDN protest KEN"))
    }

    @Test func aClauseOfTimeOpeningTheSentenceTakesTheMainSubject() {
        #expect(relations("Usai bertemu Presiden Peru, Menteri Luar Negeri Chile kembali ke Santiago.") == ["CHL meeting PER"])
        #expect(relations("After meeting Peru's president, Chile's foreign minister returned home.", lang: "en") == ["CHL meeting PER"])
    }

    @Test func aSecondVerbSharesTheFirstVerbsSubject() {
        #expect(relations("Polandia membantah tuduhan Belarus dan mengusir diplomat Belarus.") == ["POL sanction BLR"])
        #expect(relations("Norway rejected Russia's claims and summoned the Russian ambassador.", lang: "en") == ["NOR protest RUS"])
        // A list before the verb is still the subject.
        #expect(relations("Norwegia, Swedia dan Finlandia mengecam Rusia.") == ["NOR protest RUS", "SWE protest RUS", "FIN protest RUS"])
    }

    @Test func theJuntaIsTheStateJustNamed() {
        #expect(relations("Militer Guinea merebut kekuasaan pekan lalu. Juru bicara junta mengecam Senegal.") == ["GIN protest SEN"])
        #expect(
            relations("Guinea's army seized power last week. The junta has since accused Senegal of meddling.", lang: "en")
                .contains("GIN protest SEN"))
    }

    @Test func theJuntaIsTheStateWhoseForcesWereNamedNotTheLastActor() {
        // Senegal is named last, but the junta is Guinea's: its army was named before.
        #expect(relations("Militer Guinea menggulingkan presiden. Senegal mengutuk kudeta oleh junta militer.") == ["SEN protest GIN"])
        #expect(relations("Guinea's army toppled the president. Senegal condemned the junta.", lang: "en") == ["SEN protest GIN"])
    }

    @Test func aNameInsideARelativeClauseIsNotTheMainVerbsSubject() {
        #expect(relations("Cile, yang menyerang Peru tahun lalu, bertemu Bolivia.") == ["CHL attack PER", "CHL meeting BOL"])
        #expect(relations("Para pemberontak itu, yang bermarkas di Peru, menembaki pos perbatasan Bolivia.").isEmpty)
        // In English "which" opens a clause of its own; the name before its comma is the subject of both verbs.
        #expect(relations("Chile, which attacked Peru last year, met Bolivia.", lang: "en") == ["CHL attack PER", "CHL meeting BOL"])
        #expect(relations("Chile, which borders Peru, signed a pact with Bolivia.", lang: "en") == ["CHL alliance BOL"])
        // An object relative keeps its own subject.
        #expect(relations("Peru, which Chile invaded in 1879, condemned Bolivia.", lang: "en") == ["CHL attack PER", "PER protest BOL"])
    }

    @Test func aPronounOpeningASentenceContinuesTheLastSubject() {
        #expect(relations("Kenya menolak hadir dalam pertemuan itu. Ia juga mengecam Ethiopia.") == ["KEN protest ETH"])
        #expect(relations("Chile did not attend. It also summoned the Peruvian ambassador.", lang: "en") == ["CHL protest PER"])
        #expect(
            relations("Nigeria, Ghana dan Senegal memutuskan hubungan dengan Mali. Mereka menuduh Mali melindungi pemberontak.")
                .isSuperset(of: ["NGA protest MLI", "GHA protest MLI", "SEN protest MLI"]))
        // "it" after another actor of its sentence is that sentence's business, not a reference.
        #expect(relations("Chile met Peru. Bolivia said it condemned Argentina.", lang: "en") == ["CHL meeting PER", "BOL protest ARG"])
    }

    @Test func aBareVerbRootIsAVerb() {
        // Headlines and plain prose write some verbs bare: they take the subject, as the prefixed forms do.
        #expect(relations("Seorang tentara Korea Utara kabur ke Korea Selatan.") == ["PRK defection KOR"])
        #expect(relations("Chile Serang Peru dari Udara") == ["CHL attack PER"])
        #expect(relations("Rusia bantu Suriah dengan senjata.") == ["RUS support SYR"])
        // A bare noun root stays a noun, naming its agent after it.
        #expect(relations("Sanksi PBB terhadap Iran diperpanjang.") == ["UN sanction IRN"])
    }

    @Test func aPronounOpeningAComplementClauseIsTheSubject() {
        #expect(relations("Kenya announced that it will impose sanctions on Chad.", lang: "en") == ["KEN sanction TCD"])
        #expect(relations("Jepang menyatakan bahwa pihaknya mengecam Korea Utara.") == ["JPN protest PRK"])
        // With an addressee named too, the pronoun may mean either; the demand still addresses China.
        #expect(relations("Japan reminded China that it must stop the drills.", lang: "en") == ["JPN protest CHN"])
    }

    @Test func aPossessivePronounBeforeAnAgencyIsTheLastActor() {
        #expect(relations("Chile denied the charge. Its military has been supporting the Peruvian government.", lang: "en") == ["CHL support PER"])
        #expect(relations("Chile said its troops had clashed with Peruvian forces.", lang: "en") == ["CHL attack PER", "PER attack CHL"])
    }

    @Test func denialsNegate() {
        #expect(relations("China denied attacking Vietnamese boats.", lang: "en").isEmpty)
        #expect(relations("China membantah menyerang kapal Vietnam.").isEmpty)
    }

    @Test func stoppingJointExercisesIsNoSanction() {
        #expect(relations("Washington agreed to halt joint military exercises with Seoul.", lang: "en").isEmpty)
        #expect(relations("Washington held joint naval exercises with Seoul.", lang: "en") == ["USA alliance KOR"])
        #expect(relations("Kenya memutuskan hubungan diplomatik dengan Somalia.") == ["KEN sanction SOM"])
    }

    @Test func theThreeCountriesAreTheGroupJustNamed() {
        #expect(
            relations("The foreign ministers of Chile, Peru and Bolivia met in Lima. The three countries signed a pact.", lang: "en")
                .isSuperset(of: ["CHL alliance PER", "CHL alliance BOL", "PER alliance BOL"]))
    }

    @Test func aPossessivePronounBeforeASymmetricNounIsTheSubject() {
        let found = relations("Chile and Brazil condemned Peru's attack and reiterated their support for Bolivia.", lang: "en")
        #expect(found.isSuperset(of: ["CHL alliance BOL", "BRA alliance BOL"]))
        // Each supports the partner; they are not thereby allied with each other.
        #expect(!found.contains("CHL alliance BRA"))
    }

    @Test func aPassivesAgentIsAParty() {
        #expect(relations("Chile's president was visited by Peru's foreign minister.", lang: "en") == ["CHL meeting PER"])
        // An agreement signed by two states allies them.
        #expect(relations("The accord was signed by Chile and Peru in April.", lang: "en") == ["CHL alliance PER"])
        #expect(relations("The joint declaration signed by Chile and Peru set out a plan.", lang: "en") == ["CHL alliance PER"])
    }

    @Test func quoteMarksInsideAPhrase() {
        #expect(relations("Chile vowed \"unwavering support\" for Peru.", lang: "en") == ["CHL alliance PER"])
    }

    @Test func namesOfStatesJoinedByOf() {
        // "Name of State" in a list closed by ", and" someone unnamed.
        #expect(relations("Foreign ministers Ana Lopez of Chile, Juan Perez of Peru, and Mario Diaz met briefly.", lang: "en") == ["CHL meeting PER"])
        #expect(
            relations("Foreign ministers Retno Marsudi of Indonesia, Juan Perez of Peru, and Mario Diaz met briefly.", lang: "en", date: "2021-05-01")
                == ["IDN meeting PER"])
    }

    @Test func whomTheSubjectAddressesAtAMeeting() {
        #expect(
            relations("Menteri Luar Negeri Chile mengatakan kepada para menteri luar negeri Peru dan Bolivia dalam pertemuan bersama.")
                == ["CHL meeting PER", "CHL meeting BOL", "PER meeting BOL"])
    }

    @Test func namelySpellsOutAReference() {
        #expect(
            relations("Kenya bertemu Uganda. Dua negara tetangga yaitu Somalia dan Ethiopia menolak keras keputusan Kenya.")
                .isSuperset(of: ["SOM protest KEN", "ETH protest KEN"]))
        #expect(!relations("Kenya bertemu Uganda. Dua negara tetangga yaitu Somalia dan Ethiopia menolak keras keputusan Kenya.").contains("UGA protest KEN"))
    }
}
