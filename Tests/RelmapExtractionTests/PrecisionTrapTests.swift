import Testing
@testable import RelmapExtraction

/// What real text sets as traps: datelines, number words that are also place names, actors set
/// apart from the act, and a phrase whose words another type would read alone.
@Suite struct PrecisionTrapTests {
    @Test func aDatelineNamesNoParty() {
        #expect(relations("Antara.com, NAIROBI - Kenya dan Somalia saling usir duta besar.") == ["KEN sanction SOM", "SOM sanction KEN"])
        #expect(relations("LIMA - Chile and Bolivia held talks on Monday.", lang: "en") == ["CHL meeting BOL"])
        // A hyphen inside a name pair is no dateline.
        #expect(relations("Pertemuan Kenya-Somalia berlangsung di Nairobi.") == ["KEN meeting SOM"])
    }

    @Test func aDatelineAfterATitleNamesNoParty() {
        let text = "Putin dan Kim bertemu di Vladivostok\nNairobi, Kantor Berita Kenya -- Presiden Chile menyatakan dukungan saat bertemu dengan Presiden Peru di Lima."
        #expect(relations(text) == ["CHL meeting PER"])
    }

    @Test func anAttacksPlaceRightAfterItIsItsTarget() {
        // Not the names after a later verb.
        #expect(
            relations("Kenya yang melancarkan aksi militer di Somalia juga memberikan ancaman atas keputusan Uganda.")
                .isSuperset(of: ["KEN attack SOM"]))
        #expect(!relations("Kenya yang melancarkan aksi militer di Somalia juga memberikan ancaman atas keputusan Uganda.").contains("KEN attack UGA"))
    }

    @Test func aTriggerWordInAFixedPhraseStatesNoAct() {
        #expect(relations("Chile strikes a balance between Peru and Bolivia.", lang: "en").isEmpty)
        #expect(relations("Chile seized on the dispute between Peru and Bolivia.", lang: "en").isEmpty)
        #expect(relations("Duta besar Cile terkena serangan jantung di Lima, Peru.").isEmpty)
        // The word alone is still the act.
        #expect(relations("Chile seized Peruvian fishing boats.", lang: "en") == ["CHL attack PER"])
    }

    @Test func aLaunchTowardAStateIsAThreatNotAnAttack() {
        // The firing verb's object opens a threat phrase: the launch toward a state is the reading.
        #expect(relations("Iran menembakkan rudal balistik ke arah Israel.") == ["IRN threat ISR"])
        #expect(relations("Iran kembali meluncurkan rudal ke arah Israel.") == ["IRN threat ISR"])
        #expect(relations("Rudal Iran terbang melewati Yordania.") == ["IRN threat JOR"])
        // Rockets fired at a city are an attack on its state.
        #expect(relations("Pasukan Iran menembakkan roket ke kota Haifa di Israel.") == ["IRN attack ISR"])
    }

    @Test func theFutureOfAnotherVerbIsNotTheActs() {
        // "akan membahas agresi": the discussion is to come, the aggression is told.
        #expect(relations("Menteri Luar Negeri Kenya akan membahas agresi Somalia terhadap Ethiopia.") == ["SOM attack ETH"])
        // After a light verb the act itself is announced.
        #expect(relations("Kenya akan menjatuhkan sanksi kepada Somalia jika serangan berlanjut.") == ["KEN threat SOM"])
        // An adjective with a verb's prefix does not end a noun's genitive.
        #expect(relations("Pasukan Kenya diaktifkan untuk menanggapi invasi berkelanjutan Somalia ke Ethiopia.") == ["SOM attack ETH"])
        #expect(relations("Chile condemned this brutal offensive by Peru.", lang: "en") == ["CHL protest PER"])
    }

    @Test func aTerritoryIsItsSovereignsPlace() {
        #expect(relations("Korea Utara mengancam akan menembakkan rudal ke Guam.", date: "2017-08-10") == ["PRK threat USA"])
    }

    @Test func aListTooLongForASentenceIsATable() {
        let names = [
            "Chile", "Peru", "Bolivia", "Argentina", "Brazil", "Uruguay", "Paraguay", "Ecuador", "Colombia",
            "Venezuela", "Mexico", "Cuba", "Panama", "Honduras", "Guatemala", "Nicaragua", "Kenya", "Uganda"
        ]
        let long = names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        // Eighteen names: no relation, however many pairs they would make.
        #expect(relations(long + " condemned Sudan.", lang: "en").isEmpty)
        // Five expand as any list does.
        #expect(relations("Chile, Peru, Bolivia, Argentina and Brazil condemned Sudan.", lang: "en").count == 5)
    }

    @Test func aNumberWordBeforeANounIsNoPlace() {
        #expect(relations("Lima kapal Chile memasuki perairan Peru dan menyerang nelayan Peru.") == ["CHL attack PER"])
    }

    @Test func actorsSetApartAreNotTheSubject() {
        #expect(relations("Selain Kenya, sejumlah negara lain juga mengecam Sudan.").isEmpty)
        #expect(relations("Besides Chile, several other states condemned Peru.", lang: "en").isEmpty)
    }

    @Test func partnersOfAMissingSubjectDidNotMeetEachOther() {
        #expect(relations("Presiden itu berbicara dengan Lula da Silva dan Javier Milei pada Sabtu.", date: "2024-06-01").isEmpty)
    }

    @Test func aJudgementIsNotOnAPartner() {
        #expect(relations("Presiden Chile menegaskan akan menghentikan latihan bersama Peru, yang mahal dan provokatif.").isEmpty)
    }

    @Test func aReferenceTakesTheActorNamedEarlierInItsSentence() {
        #expect(relations("Kenya memuji Uganda. Tanzania mengatakan, negara itu membantu Rwanda.") == ["TZA support RWA"])
    }

    @Test func loweringTiesIsASanction() {
        #expect(relations("Kenya menurunkan tingkat hubungan diplomatik dengan Somalia.") == ["KEN sanction SOM"])
    }

    @Test func aPhraseIsReadAsAWhole() {
        #expect(relations("Chilean jets fired warning shots at a Peruvian plane.", lang: "en") == ["CHL threat PER"])
        #expect(relations("Jet Chile melepaskan tembakan peringatan ke arah pesawat Peru.") == ["CHL threat PER"])
    }
}
