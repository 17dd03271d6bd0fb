import Testing
import RelmapCorpus
@testable import RelmapExtraction

/// The rules that read an act through the words around it: demands, threats and their content,
/// acts announced for the future, cuts of cooperation, the target of a complaint, the place of an
/// attack, light verbs, partitives and titled office holders. Sentences written for the tests.
@Suite struct FramingTests {
    @Test func aDemandAddressesTheActorBeforeMust() {
        #expect(relations("Japan said on Monday that China must release the fishermen.", lang: "en") == ["JPN protest CHN"])
        // A pronoun right before "must" stands for the actor just named.
        #expect(relations("Canada sent a note to Iran saying that it must free the sailors.", lang: "en") == ["CAN protest IRN"])
        #expect(relations("Korea Selatan menegaskan bahwa Korea Utara harus menghentikan uji coba rudal.") == ["KOR protest PRK"])
        // No reporting subject, no demand.
        #expect(relations("North Korea must stop its missile tests.", lang: "en").isEmpty)
        // Pushing for someone to act demands it of them.
        #expect(relations("Kenya is pressing hard for Uganda to withdraw its troops.", lang: "en") == ["KEN protest UGA"])
        #expect(relations("Chile pushed for Peru to reopen the border.", lang: "en") == ["CHL protest PER"])
    }

    @Test func theContentOfAThreatIsNotAnAct() {
        #expect(relations("India threatened to strike Pakistani military posts.", lang: "en") == ["IND threat PAK"])
        #expect(relations("Korea Utara mengancam akan menyerang Korea Selatan.") == ["PRK threat KOR"])
        // A threat's content names its target with any preposition.
        #expect(relations("Ghana threatened to sever diplomatic relations with Mali.", lang: "en") == ["GHA threat MLI"])
    }

    @Test func aConditionNamesWhomAThreatAddresses() {
        #expect(
            relations("Iran threatened to close the strait unless Britain released the tanker.", lang: "en")
                == ["IRN threat GBR"])
    }

    @Test func hostileActsAnnouncedForTheFutureAreThreats() {
        #expect(relations("The European Union would impose sanctions on Belarus.", lang: "en") == ["EU threat BLR"])
        #expect(relations("The European Union imposed sanctions on Belarus.", lang: "en") == ["EU sanction BLR"])
        #expect(relations("Uni Eropa berencana menjatuhkan sanksi terhadap Belarus.") == ["EU threat BLR"])
        #expect(relations("Uni Eropa akan menjatuhkan sanksi terhadap Belarus jika Minsk menolak.") == ["EU threat BLR"])
    }

    @Test func anAttackOneIsReadyForIsAThreat() {
        #expect(relations("Presiden Chile siap untuk menghancurkan ekonomi Peru jika Lima terus menyerang.") == ["CHL threat PER"])
        #expect(relations("Chile is ready to strike Peru if provoked.", lang: "en") == ["CHL threat PER"])
        #expect(relations("Chile menghancurkan pos militer Peru.") == ["CHL attack PER"])
    }

    @Test func aSanctionDecidedForTheComingDaysIsASanction() {
        // "akan" / "will" announce a decision made; "would", "plans to" and a condition a threat.
        #expect(relations("Uni Eropa akan menjatuhkan sanksi terhadap Belarus.") == ["EU sanction BLR"])
        #expect(relations("The European Union will impose sanctions on Belarus.", lang: "en") == ["EU sanction BLR"])
        #expect(relations("The European Union will impose sanctions on Belarus if Minsk refuses.", lang: "en") == ["EU threat BLR"])
    }

    @Test func cuttingCooperationIsASanction() {
        #expect(relations("Germany suspended military aid to Niger.", lang: "en") == ["DEU sanction NER"])
        #expect(relations("Germany sent military aid to Niger.", lang: "en") == ["DEU support NER"])
        #expect(relations("Chile postponed a state visit to Peru.", lang: "en") == ["CHL sanction PER"])
        #expect(relations("Jepang menangguhkan bantuan kepada Myanmar.") == ["JPN sanction MMR"])
        // A word that undoes a sanction ("ended sanctions") cuts a cooperation ("ended relations").
        #expect(relations("Honduras ended diplomatic relations with Taiwan.", lang: "en", date: "2023-03-26") == ["HND sanction TWN"])
        // The cut written as a passive after the act.
        #expect(relations("Indonesia mengatakan seluruh kerja sama militer dengan Australia dihentikan untuk sementara.") == ["IDN sanction AUS"])
        // A cut announced under a condition is a threat, as a sanction is; decided, it is a sanction.
        #expect(relations("Jepang akan menghentikan bantuan kepada Myanmar jika junta tidak membebaskan tahanan.") == ["JPN threat MMR"])
        #expect(relations("Jepang akan menghentikan bantuan kepada Myanmar.") == ["JPN sanction MMR"])
        #expect(relations("Japan will halt its aid to Myanmar unless the junta frees the prisoners.", lang: "en") == ["JPN threat MMR"])
    }

    @Test func peacekeepersHelpWhereTheyArriveAndTheirWithdrawalIsASanction() {
        #expect(relations("Kenyan peacekeepers arrived in Somalia on Monday.", lang: "en") == ["KEN support SOM"])
        #expect(relations("The first deployment of UN peacekeeping troops has arrived in Haiti.", lang: "en") == ["UN support HTI"])
        // Others arriving still make a visit.
        #expect(
            relations("A Kenyan delegation arrived in Somalia.", lang: "en") == ["KEN meeting SOM"]
                || relations("A Kenyan delegation arrived in Somalia.", lang: "en") == ["SOM meeting KEN"])
        #expect(relations("Kenya withdrew its peacekeepers from Somalia.", lang: "en") == ["KEN sanction SOM"])
        #expect(relations("Kenya menarik pasukan penjaga perdamaiannya dari Somalia.") == ["KEN sanction SOM"])
        // Peacekeepers leaving, or withdrawn, is their side's cut.
        #expect(relations("UN peacekeepers were withdrawn from the Malian town of Gao on Sunday.", lang: "en") == ["UN sanction MLI"])
        #expect(relations("Kenyan peacekeepers pulled out of Somalia.", lang: "en") == ["KEN sanction SOM"])
        #expect(relations("Pasukan penjaga perdamaian PBB ditarik dari Mali.") == ["UN sanction MLI"])
        // Troops withdrawing from a place they hold cut no help.
        #expect(relations("Russian troops withdrew from Kherson.", lang: "en").isEmpty)
        // Announced with a condition, the withdrawal is a threat.
        #expect(
            relations("Kenya will withdraw its peacekeeping force from Somalia unless the fighting stops.", lang: "en")
                == ["KEN threat SOM"])
        #expect(relations("Kenya akan menarik pasukan penjaga perdamaian dari Somalia jika pertempuran berlanjut.") == ["KEN threat SOM"])
    }

    @Test func aMediatorMeetsEachSideNotTheSidesEachOther() {
        #expect(relations("Norway mediated between Sudan and South Sudan.", lang: "en") == ["NOR meeting SDN", "NOR meeting SSD"])
        #expect(relations("Egypt launched a mediation effort between Israel and Jordan.", lang: "en") == ["EGY meeting ISR", "EGY meeting JOR"])
        #expect(relations("Turki menengahi antara Rusia dan Ukraina.") == ["TUR meeting RUS", "TUR meeting UKR"])
        // Stopping it is a cut, and a threat under a condition.
        #expect(relations("Norwegia menghentikan mediasi antara Sudan dan Sudan Selatan.") == ["NOR sanction SDN", "NOR sanction SSD"])
        #expect(
            relations("Chile may suspend its mediation between Peru and Bolivia if the fighting goes on.", lang: "en")
                == ["CHL threat PER", "CHL threat BOL"])
    }

    @Test func aCutIsTheSubjectsActOnTheNounItStops() {
        #expect(relations("The European Union halted its talks with Serbia.", lang: "en") == ["EU sanction SRB"])
        // Without a cut, an English noun still names its agent by the genitive only.
        #expect(relations("Egypt discussed the ultimatum to Ethiopia.", lang: "en").isEmpty)
    }

    @Test func theContentOfAThreatNamesWhereItWouldHappen() {
        #expect(relations("Chile threatened to strike targets in Peru.", lang: "en") == ["CHL threat PER"])
        #expect(relations("Chile mengancam akan menyerang sasaran di Peru.") == ["CHL threat PER"])
        // Not a place outside the threat's content.
        #expect(relations("Chile threatened Bolivia in Lima.", lang: "en") == ["CHL threat BOL"])
    }

    @Test func aComplaintToSomeoneOverSomethingAimsAtTheLatter() {
        #expect(relations("Armenia complained to the United Nations about Azerbaijani shelling.", lang: "en") == ["ARM protest AZE"])
        #expect(relations("Greece lodged a formal protest with Turkey.", lang: "en") == ["GRC protest TUR"])
    }

    @Test func anAttackWithoutATargetAimsAtItsPlace() {
        #expect(relations("Russian missiles killed nine civilians in Kharkiv.", lang: "en") == ["RUS attack UKR"])
        #expect(relations("Russian missiles killed nine civilians.", lang: "en").isEmpty)
    }

    @Test func aLightVerbMakesTheNounTheSubjectsAct() {
        #expect(relations("Egypt issued an ultimatum to Ethiopia.", lang: "en") == ["EGY threat ETH"])
        // Without one, an English noun names its agent by the genitive only.
        #expect(relations("Egypt discussed the ultimatum to Ethiopia.", lang: "en").isEmpty)
    }

    @Test func partitivesAndAgenciesBelongToTheirState() {
        #expect(
            relations("A delegation of Kenyan officials met Ugandan ministers.", lang: "en") == ["KEN meeting UGA"]
                || relations("A delegation of Kenyan officials met Ugandan ministers.", lang: "en") == ["UGA meeting KEN"])
        #expect(relations("Security forces in Togo beat Ghanaian fishermen.", lang: "en") == ["TGO attack GHA"])
        #expect(relations("Saudi-led forces attacked Yemeni villages.", lang: "en") == ["SAU attack YEM"])
    }

    @Test func aTitleGivesTheOfficeOutsideTheLexiconsTerms() {
        // Clinton's term ended in 2001; the title in the text still makes him the United States.
        #expect(relations("President Clinton condemned Iraq.", lang: "en", date: "2005-06-01") == ["USA protest IRQ"])
        #expect(relations("The Clinton administration condemned Iraq.", lang: "en", date: "2005-06-01") == ["USA protest IRQ"])
        // Without the title, or as a former office holder, he speaks for no one.
        #expect(relations("Clinton condemned Iraq.", lang: "en", date: "2005-06-01").isEmpty)
        #expect(relations("Former President Clinton condemned Iraq.", lang: "en", date: "2005-06-01").isEmpty)
        // A surname with its office needs no full name first.
        #expect(
            relations("President Obama met Chinese leaders.", lang: "en", date: "2012-03-01") == ["USA meeting CHN"]
                || relations("President Obama met Chinese leaders.", lang: "en", date: "2012-03-01") == ["CHN meeting USA"])
    }
}

/// A worker's memo tables serve articles of both languages without mixing their answers.
@Suite struct CacheTests {
    @Test func oneCacheServesBothLanguages() {
        var cache = ExtractionCache()
        let id = Article(id: "a", date: "2024-10-21", language: "id", text: "Rusia menyerang Ukraina.")
        let en = Article(id: "b", date: "2024-10-21", language: "en", text: "Russia attacked Ukraine.")
        let firstID = sharedExtractor.extract(id, cache: &cache).map(\.type)
        let firstEN = sharedExtractor.extract(en, cache: &cache).map(\.type)
        #expect(firstID == ["attack"] && firstEN == ["attack"])
        // Back and forth: each language finds its own tables again.
        #expect(sharedExtractor.extract(id, cache: &cache).map(\.type) == ["attack"])
        #expect(sharedExtractor.extract(en, cache: &cache).map(\.type) == ["attack"])
        #expect(cache.language == "en")
    }

    @Test func aWordMetInOneLanguageKeepsItsMeaningInTheOther() {
        var cache = ExtractionCache()
        // "sanctions" in an Indonesian article is no trigger there; in English it is.
        let id = Article(id: "a", date: "2024-10-21", language: "id", text: "Rusia menyebut istilah sanctions.")
        let en = Article(id: "b", date: "2024-10-21", language: "en", text: "The EU imposed sanctions on Russia.")
        _ = sharedExtractor.extract(id, cache: &cache)
        #expect(sharedExtractor.extract(en, cache: &cache).map { "\($0.source) \($0.type) \($0.target)" } == ["EU sanction RUS"])
    }
}

/// The limits of the framing rules, on sentences written for the tests.
@Suite struct FramingLimitTests {
    @Test func aContinuingSanctionIsNoThreat() {
        #expect(relations("Amerika Serikat akan tetap mempertahankan sanksi terhadap Iran.") == ["USA sanction IRN"])
        #expect(relations("The United States will keep its sanctions on Iran.", lang: "en") == ["USA sanction IRN"])
    }

    @Test func aConditionsObjectIsNotWhomTheThreatAddresses() {
        // The condition's subject is "they", not Ukraine.
        #expect(
            !relations("Poland warned that the convoys would be targets if they attacked Ukraine.", lang: "en")
                .contains("POL threat UKR"))
    }

    @Test func imposingCostsIsASanction() {
        #expect(relations("Canada imposed heavy costs on Iran over the attack.", lang: "en") == ["CAN sanction IRN"])
        #expect(relations("Kanada siap membebankan biaya tambahan kepada Iran jika serangan berlanjut.") == ["CAN threat IRN"])
    }

    @Test func diplomaticRelationsOpenedAndEnded() {
        #expect(relations("Nikaragua menjalin hubungan diplomatik dengan Tiongkok.") == ["NIC alliance CHN"])
        #expect(relations("Nikaragua mengakhiri hubungan diplomatik dengan Taiwan.") == ["NIC sanction TWN"])
        #expect(relations("Nicaragua ended its diplomatic relations with Taiwan.", lang: "en") == ["NIC sanction TWN"])
    }

    @Test func closingAConsulateIsASanctionAnsweredByAThreat() {
        #expect(relations("Chile closed Peru's consulate in Arica. Peru vowed to retaliate.", lang: "en") == ["CHL sanction PER", "PER threat CHL"])
        #expect(relations("Cile menutup konsulat Peru di Arica. Peru akan mengambil langkah balasan.") == ["CHL sanction PER", "PER threat CHL"])
    }
}
