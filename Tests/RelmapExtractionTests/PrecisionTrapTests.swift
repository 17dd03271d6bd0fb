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

    @Test func aNumberWordBeforeANounIsNoPlace() {
        #expect(relations("Lima kapal Chile memasuki perairan Peru dan menyerang nelayan Peru.") == ["CHL attack PER"])
    }

    @Test func actorsSetApartAreNotTheSubject() {
        #expect(relations("Selain Kenya, sejumlah negara lain juga mengecam Sudan.").isEmpty)
        #expect(relations("Besides Chile, several other states condemned Peru.", lang: "en").isEmpty)
    }

    @Test func aPhraseIsReadAsAWhole() {
        #expect(relations("Chilean jets fired warning shots at a Peruvian plane.", lang: "en") == ["CHL threat PER"])
        #expect(relations("Jet Chile melepaskan tembakan peringatan ke arah pesawat Peru.") == ["CHL threat PER"])
    }
}
