import Testing
@testable import RelmapExtraction

/// Expulsions as news writes them: diplomats told to leave, an expulsion reported without its
/// agent, and an expulsion decided for the coming days.
@Suite struct ExpulsionTests {
    @Test func diplomatsToldToLeave() {
        #expect(relations("Menteri Luar Negeri Kenya mengatakan bahwa 12 staf kedubes Sudan harus segera pergi.") == ["KEN sanction SDN"])
        #expect(relations("Chile asked Peruvian diplomats to leave the country within 72 hours.", lang: "en") == ["CHL sanction PER"])
        // Anyone else told to leave is no expulsion of diplomats; telling a state to leave is a demand.
        #expect(relations("Chile asked Peruvian fishermen to leave the bay.", lang: "en").isEmpty)
        #expect(relations("Menteri Luar Negeri Kenya mengatakan bahwa Sudan harus menarik pasukannya.") == ["KEN protest SDN"])
    }

    @Test func officialsFromAnEmbassyAreDiplomats() {
        #expect(relations("Chile summoned officials from the Peruvian and Bolivian embassies.", lang: "en") == ["CHL protest PER", "CHL protest BOL"])
    }

    @Test func anAgentlessExpulsionIsTheReportersAct() {
        #expect(relations("Kenya mengatakan sepuluh diplomat Sudan akan diusir.") == ["KEN sanction SDN"])
    }

    @Test func forcingSomeoneOutOfTheCountryIsAnExpulsion() {
        #expect(relations("Kenya forced the UN children's agency out of the country in March.", lang: "en") == ["KEN sanction UN"])
        #expect(relations("Ghana forced two Nigerian envoys out.", lang: "en") == ["GHA sanction NGA"])
        #expect(relations("Kenya memaksa badan anak-anak PBB keluar dari negara itu.") == ["KEN sanction UN"])
        // Troops forced out are attacked, as troops expelled are.
        #expect(relations("Uganda forced Rwandan troops out of the country.", lang: "en") == ["UGA attack RWA"])
    }

    @Test func aDecidedExpulsionIsASanctionAConditionalOneAThreat() {
        #expect(relations("Ghana akan mengusir 10 diplomat Nigeria.") == ["GHA sanction NGA"])
        #expect(relations("Ghana akan mengusir 10 diplomat Nigeria jika Abuja tidak menjelaskan.") == ["GHA threat NGA"])
        #expect(relations("Ghana said it would expel Nigerian diplomats.", lang: "en") == ["GHA threat NGA"])
    }

    @Test func aListOfCountsRepeatsTheActWithItsVerbLeftOut() {
        #expect(
            relations("Chile expelled four Peruvian diplomats, Bolivia three and Ecuador two.", lang: "en")
                == ["CHL sanction PER", "BOL sanction PER", "ECU sanction PER"])
        #expect(
            relations("Kenya mengusir lima diplomat Sudan. Uganda tiga, dan Tanzania dua.")
                == ["KEN sanction SDN", "UGA sanction SDN", "TZA sanction SDN"])
        // A sentence that says more than names and counts is no such list.
        #expect(relations("Kenya mengusir lima diplomat Sudan. Uganda mengirim tiga menteri ke Nairobi.") == ["KEN sanction SDN"])
        // Counts after names without an act before them repeat nothing.
        #expect(relations("Uganda tiga, dan Tanzania dua.").isEmpty)
    }

    @Test func diplomatsWithoutAStateBelongToTheLastExpulsionsTarget() {
        #expect(
            relations("Chile expelled four Peruvian diplomats. Bolivia will also expel two diplomats.", lang: "en")
                == ["CHL sanction PER", "BOL sanction PER"])
        #expect(relations("Kenya mengusir lima diplomat Sudan. Uganda juga mengusir tiga diplomat.") == ["KEN sanction SDN", "UGA sanction SDN"])
        // With no expulsion told before, the diplomats are no one's.
        #expect(relations("Bolivia will expel two diplomats.", lang: "en").isEmpty)
    }
}
