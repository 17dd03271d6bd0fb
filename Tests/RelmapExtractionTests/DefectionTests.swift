import Testing
@testable import RelmapExtraction

/// Defections as written: a person of the source defects, flees or takes refuge in the target.
@Suite struct DefectionTests {
    @Test func takingRefugeInAStateIsDefectingToIt() {
        #expect(relations("The number of Chilean soldiers taking refuge in Peru rose to 61.", lang: "en") == ["CHL defection PER"])
        #expect(relations("Puluhan tentara Chile mencari perlindungan di Peru.") == ["CHL defection PER"])
        // A refuge with no state named is no defection.
        #expect(relations("Chilean soldiers took refuge in the mountains.", lang: "en").isEmpty)
    }

    @Test func defectingToAStateNeedsTheState() {
        #expect(relations("A Chilean pilot defected to Peru last month.", lang: "en") == ["CHL defection PER"])
        #expect(relations("Seorang pilot Chile membelot bulan lalu.").isEmpty)
    }

    @Test func aCommaBeforeIncludingEndsNoPhrase() {
        #expect(relations("Ribuan warga Sudan melarikan diri dari Sudan, termasuk ke Chad.") == ["SDN defection TCD"])
        #expect(relations("Chile condemned several governments, including Peru.", lang: "en") == ["CHL protest PER"])
        // Any other word after the comma still ends the phrase.
        #expect(relations("Chile condemned several governments, then Peru left.", lang: "en").isEmpty)
    }
}
