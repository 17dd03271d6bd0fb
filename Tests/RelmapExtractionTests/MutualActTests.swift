import Testing
@testable import RelmapExtraction

/// Acts that run both ways: clashes fought by both sides, and reciprocal verbs ("saling usir",
/// "accused each other") among the members of their subject.
@Suite struct MutualActTests {
    @Test func aClashIsAnAttackByBothSides() {
        #expect(relations("Pasukan Sudan terlibat bentrokan dengan pasukan Chad di perbatasan.") == ["SDN attack TCD", "TCD attack SDN"])
        #expect(relations("Bentrokan antara Kamboja dan Thailand kembali pecah.") == ["KHM attack THA", "THA attack KHM"])
        #expect(relations("Ecuadorian and Peruvian troops clashed along the border.", lang: "en") == ["ECU attack PER", "PER attack ECU"])
    }

    @Test func aReciprocalActRunsBothWays() {
        #expect(relations("Kenya dan Somalia saling usir duta besar.") == ["KEN sanction SOM", "SOM sanction KEN"])
        #expect(relations("Kamboja dan Thailand saling tuding.") == ["KHM protest THA", "THA protest KHM"])
        #expect(relations("Chad and Sudan expelled each other's ambassadors.", lang: "en") == ["TCD sanction SDN", "SDN sanction TCD"])
        // The object's role still decides: expelling each other's fishermen is no sanction of the codebook.
        #expect(relations("Chad and Sudan expelled each other's fishermen.", lang: "en").isEmpty)
    }

    @Test func aListMayCloseWithADeterminerOrAnAbbreviation() {
        #expect(
            relations("Chad, Niger and the Central African Republic cut diplomatic ties with Sudan.", lang: "en")
                == ["TCD sanction SDN", "NER sanction SDN", "CAF sanction SDN"])
        #expect(relations("Chile and the United Arab Emirates (UAE) on Monday signed a defence pact.", lang: "en") == ["CHL alliance ARE"])
    }

    @Test func anOrganisationNamingAPactFormedByAListIsNoParty() {
        #expect(
            relations("Kenya, Uganda dan Tanzania membentuk pakta pertahanan ASEAN.")
                == ["KEN alliance UGA", "KEN alliance TZA", "UGA alliance TZA"])
        #expect(
            relations("Kenya, Uganda and Tanzania formed the AUKUS pact.", lang: "en")
                == ["KEN alliance UGA", "KEN alliance TZA", "UGA alliance TZA"])
        // One state joining an organisation's alliance is a party with it.
        #expect(relations("Finlandia bergabung dengan aliansi NATO.") == ["NATO alliance FIN"])
    }
}
