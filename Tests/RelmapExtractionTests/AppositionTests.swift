import Testing
@testable import RelmapExtraction

/// Alliances stated by an ally noun in apposition: its possessor and the actor it names.
@Suite struct AppositionTests {
    @Test func theSubjectOwnsAnAllyNounWithAClitic() {
        #expect(relations("Chile sudah lama berlatih bersama sekutunya, Peru.").contains("CHL alliance PER"))
        #expect(relations("Presiden Kenya bertemu sekutu dekatnya Presiden Uganda di Nairobi.") == ["KEN meeting UGA", "KEN alliance UGA"])
        #expect(
            relations("Chile and Peru want a common position with their mutual ally, Brazil.", lang: "en")
                .isSuperset(of: ["CHL alliance BRA", "PER alliance BRA"]))
    }

    @Test func aNamedPossessorPairsWithEachActorNamed() {
        let found = relations("Sudan warned Egypt's neighbouring allies Chad and Libya.", lang: "en")
        #expect(found.isSuperset(of: ["EGY alliance TCD", "EGY alliance LBY"]))
        // The actors named are each the possessor's ally, not one another's.
        #expect(!found.contains("TCD alliance LBY"))
        #expect(relations("Iran is a Syrian ally.", lang: "en") == ["SYR alliance IRN"])
    }

    @Test func aListClosedByAnAllyNoun() {
        #expect(
            relations("Kenya, Uganda, Tanzania dan sekutu Inggris lainnya mengecam Sudan.") == [
                "GBR alliance KEN", "GBR alliance UGA", "GBR alliance TZA",
                "KEN protest SDN", "UGA protest SDN", "TZA protest SDN"
            ])
    }

    @Test func anAppositionNamingTheSameActorIsOneMention() {
        #expect(
            relations("Presiden Brasil, Lula da Silva, dan Presiden Argentina, Javier Milei, bertemu di Brasilia.", date: "2024-06-01")
                == ["BRA meeting ARG"])
        #expect(
            relations("Both Joe Biden and Rishi Sunak, the UK's prime minister, condemned Iran.", lang: "en", date: "2024-04-14")
                == ["USA protest IRN", "GBR protest IRN"])
    }

    @Test func aPossessorAfterOfOrBeforeTheNounInApposition() {
        #expect(relations("Cuba, a close ally of Venezuela, sent doctors to the island.", lang: "en").contains("VEN alliance CUB"))
        #expect(relations("Cuba, Venezuela's closest ally, stayed away from the vote.", lang: "en") == ["VEN alliance CUB"])
        #expect(relations("Belarus is a loyal ally of Russia.", lang: "en") == ["RUS alliance BLR"])
        // Indonesian names the possessor after the noun, past its adjectives.
        #expect(relations("Kuba, sekutu setia Venezuela, tidak hadir dalam pemungutan suara.") == ["VEN alliance CUB"])
    }

    @Test func aBackerInAppositionSupportsItsPossessor() {
        #expect(relations("Iran, a long-standing backer of the Syrian government, sent advisers.", lang: "en").contains("IRN support SYR"))
        #expect(relations("Rebels were shelled by the Syrian army and its backer Russia.", lang: "en").contains("RUS support SYR"))
        #expect(relations("Belarus, Russia's main arms supplier, denied it.", lang: "en") == ["BLR support RUS"])
        #expect(relations("Iran, pendukung utama pemerintah Suriah, membantah laporan itu.") == ["IRN support SYR"])
        #expect(relations("Belarus, pemasok senjata Rusia, menolak berkomentar.") == ["BLR support RUS"])
        #expect(relations("As Kenya's backer, Uganda spoke first.", lang: "en") == ["UGA support KEN"])
        // A backer noun is no verb: with no apposition it names no pair.
        #expect(relations("Syria's backers in Moscow stayed silent when Turkey spoke.", lang: "en").filter { $0.contains("support") }.isEmpty)
    }

    @Test func anAllyNounAloneNamesNoPair() {
        #expect(relations("Sekutu Rusia itu tidak hadir dalam pertemuan.").isEmpty)
        #expect(relations("The ally stayed silent.", lang: "en").isEmpty)
    }
}

/// A name modifying an ally noun ("our NATO ally Turkey") is neither its possessor's object nor a subject.
@Suite struct AllyNounModifierTests {
    @Test func aNameBeforeAnAllyNounModifiesIt() {
        let found = relations("Poland said: \"We stand by our EU ally Lithuania and call for an end to the blockade by Belarus.\"", lang: "en")
        #expect(found.isSuperset(of: ["POL alliance LTU", "POL protest BLR"]))
        #expect(!found.contains("EU protest BLR"))
    }

    @Test func aLeadersNameBeforeTheirGovernmentIsTheirState() {
        #expect(relations("Chile condemned the Maduro government and Cuba.", lang: "en") == ["CHL protest VEN", "CHL protest CUB"])
        #expect(relations("Chile condemned the offensive by the Assad regime and Russia.", lang: "en") == ["CHL protest SYR", "CHL protest RUS"])
    }
}

/// A partner named after a group as its ally or backer takes the group's part in its acts.
@Suite struct PartnerTests {
    @Test func aPartnerSharesTheGroupsActs() {
        let found = relations("Kenya condemned the raids by Sudan and its ally Chad.", lang: "en")
        #expect(found.isSuperset(of: ["KEN protest SDN", "KEN protest TCD", "SDN alliance TCD"]))
        #expect(
            relations("Uni Eropa menjatuhkan sanksi terhadap Iran dan sekutunya, Suriah.")
                .isSuperset(of: ["EU sanction IRN", "EU sanction SYR", "IRN alliance SYR"]))
        #expect(
            relations("Serbia and its partner Hungary attacked Croatia.", lang: "en")
                .isSuperset(of: ["SRB attack HRV", "HUN attack HRV"]))
    }

    @Test func withoutAPossessiveTheNextNameIsNoPartner() {
        // "sekutu Mesir": Egypt's ally, not Sudan's; Chad stays out of the protest.
        #expect(!relations("Kenya mengecam Sudan dan sekutu Mesir, Chad.").contains("KEN protest TCD"))
    }

    @Test func aPlaceOfAPartysOwnStateIsWhereTheyAct() {
        let found = relations("Canada condemned the air strikes by Sudan and its backer Chad in Darfur.", lang: "en")
        #expect(found.isSuperset(of: ["CAN protest SDN", "CAN protest TCD"]))
        #expect(!found.contains("TCD attack SDN"))
    }
}
