import Testing
@testable import RelmapExtraction

/// Acts named by nouns and phrases that end in a preposition: the agent of an act condemned, an
/// agent after "oleh", and partners named by the trigger's own preposition.
@Suite struct NominalEventTests {
    @Test func aProtestAimsAtTheAgentOfTheActItCondemns() {
        let found = relations("Chile condemned the air strikes by the Bolivian army and its ally Peru.", lang: "en")
        #expect(found.contains("CHL protest BOL"))
        // A name joined to the agent is another agent, not the target of the strikes.
        #expect(!found.contains("BOL attack PER"))
    }

    @Test func aNounPastItsAdjectivesIsStillANoun() {
        // "the continued indiscriminate strikes by X": adjectives between the article and the noun.
        #expect(relations("Chile condemned the continued indiscriminate air strikes by Bolivia.", lang: "en") == ["CHL protest BOL"])
        #expect(relations("Chile condemned the ongoing shelling by the Bolivian army.", lang: "en") == ["CHL protest BOL"])
        // A noun after a verb of imposing is the subject's own act.
        #expect(
            relations("Chile will tighten the naval blockade of Bolivia.", lang: "en").contains("CHL sanction BOL")
                || relations("Chile will tighten the naval blockade of Bolivia.", lang: "en").contains("CHL threat BOL"))
    }

    @Test func aVisitNamesItsVisitorAndWhereItGoes() {
        #expect(relations("Kunjungan Presiden Chile ke Peru dikritik oposisi.") == ["CHL meeting PER"])
    }

    @Test func signingInThePresenceOfALeaderIsMeetingThem() {
        #expect(
            relations("Presiden Chile dan Presiden Peru menandatangani perjanjian damai di hadapan Raja Yordania.")
                .isSuperset(of: ["CHL meeting PER", "JOR meeting CHL", "JOR meeting PER"]))
    }

    @Test func attendingASummitOfAnOrganisationIsMeetingIt() {
        #expect(relations("Chile's president attended the ASEAN summit in Jakarta.", lang: "en") == ["CHL meeting ASEAN"])
        #expect(relations("Presiden Chile menghadiri KTT ASEAN di Jakarta.") == ["ASEAN meeting CHL"])
    }

    @Test func anAgentAfterTheObjectOfANoun() {
        // "the sinking of X by Y": the object of the act after "of", its agent after "by".
        #expect(relations("The sinking of a Peruvian boat by a Chilean vessel drew anger.", lang: "en") == ["CHL attack PER"])
        #expect(
            relations("Peru protested the ramming and sinking of a Peruvian fishing boat by a Chilean coastguard vessel.", lang: "en")
                .contains("PER protest CHL"))
    }

    @Test func theObjectOfARelativeClause() {
        #expect(relations("Aid reached Peru, which Bolivia invaded last year.", lang: "en").contains("BOL attack PER"))
    }

    @Test func expulsionsAndVisasAsNouns() {
        // "pengusiran dubes Rusia": the diplomats are what is expelled, not who expels.
        #expect(relations("Lithuania mengumumkan pengusiran Duta Besar Chile.") == ["LTU sanction CHL"])
        #expect(relations("Finlandia membatasi visa bagi Chile.") == ["FIN sanction CHL"])
        #expect(relations("Finland restricted tourist visas for Chileans.", lang: "en") == ["FIN sanction CHL"])
    }

    @Test func anActTheSubjectUndergoesRunsFromWhereItCame() {
        #expect(relations("Pasukan Peru menghadapi serangan berat dari pasukan Chile di perbatasan.") == ["CHL attack PER"])
        #expect(relations("Lima faced heavy attacks from Chilean forces overnight.", lang: "en") == ["CHL attack PER"])
        #expect(relations("Peru faced criticism from Bolivia.", lang: "en") == ["BOL protest PER"])
    }

    @Test func aProtestAimsAtTheAgentOfWhatItIsAbout() {
        // Not only of an act: "demanded an admission by X", "condemned the conduct by X".
        #expect(relations("Poland's parliament has demanded an immediate admission by Chile.", lang: "en") == ["POL protest CHL"])
        #expect(relations("Chile condemned the conduct by Peruvian vessels.", lang: "en") == ["CHL protest PER"])
    }

    @Test func cooperationAsWritten() {
        #expect(relations("Zambia extradited a suspected militant to Kenya.", lang: "en") == ["ZMB alliance KEN"])
        #expect(relations("Chilean intelligence officials have shared evidence with Peru.", lang: "en") == ["CHL alliance PER"])
        #expect(relations("Indonesia mengekstradisi seorang tersangka ke Australia.") == ["IDN alliance AUS"])
    }

    @Test func anAgentAfterOlehActs() {
        #expect(relations("Serangan roket oleh militer Chile ke Peru menewaskan lima orang.") == ["CHL attack PER"])
        #expect(relations("Peru mengecam serangan roket oleh militer Chile.") == ["PER protest CHL"])
    }

    @Test func aPassiveFiredFromAStateAtAnother() {
        #expect(relations("Puluhan roket ditembakkan dari Chile ke Peru.") == ["CHL attack PER"])
        #expect(relations("Dozens of rockets were fired from Chile at Peru.", lang: "en") == ["CHL attack PER"])
    }

    @Test func anAttackAimsAtTheStateItHappensIn() {
        #expect(relations("Chile yang melancarkan operasi militer di Peru juga mengancam Bolivia.") == ["CHL attack PER", "CHL threat BOL"])
        // Not past a comma.
        #expect(relations("Chile launched an offensive, said officials in Peru.", lang: "en").isEmpty)
    }

    @Test func aTriggerEndingInAPrepositionNamesThePartner() {
        #expect(relations("Chile spoke with Peru on Monday.", lang: "en") == ["CHL meeting PER"])
        #expect(relations("Chile spoke by phone to the foreign minister of Peru.", lang: "en") == ["CHL meeting PER"])
        #expect(relations("Peru's president travelled to Chile on Monday.", lang: "en") == ["PER meeting CHL"])
        // The other side of the phone call is unknown: no pair.
        #expect(relations("Chile spoke to reporters on Monday.", lang: "en").isEmpty)
    }

    @Test func aTriggerJoinedToAMarkedNounIsANoun() {
        #expect(
            relations("Chile condemned the ramming and sinking of a Peruvian fishing boat by a Bolivian coastguard vessel.", lang: "en")
                == ["CHL protest BOL", "BOL attack PER"])
    }

    @Test func theStateClosingAChainOfPlacesIsAnAttacksTarget() {
        #expect(relations("Kenya melancarkan serangan terhadap posisi pemberontak di berbagai provinsi di Somalia.") == ["KEN attack SOM"])
        // A state far after the attack with no chain of places is not its target.
        #expect(relations("Kenya melancarkan serangan terhadap posisi pemberontak yang didukung oleh Somalia.").contains("KEN attack SOM") == false)
    }

    @Test func anObjectNamingTheSameActLeavesTheTargetToTheVerb() {
        #expect(relations("Belarus has shipped containers of ammunition to Russia.", lang: "en") == ["BLR support RUS"])
        #expect(relations("Belarus shipped artillery shells to Russia.", lang: "en") == ["BLR support RUS"])
        // A verb of the same type after the trigger is an act of its own: "refused to blame".
        #expect(relations("Beijing menolak menyalahkan Moskow atas perang itu.").isEmpty)
    }
}
