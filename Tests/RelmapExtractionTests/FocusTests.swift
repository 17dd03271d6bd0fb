import Testing
@testable import RelmapExtraction

/// Targets a sentence leaves unnamed (RelationReader+Focus): an object pronoun stands for the actor
/// in focus, and an act that answers another aims at whoever acted first.
@Suite struct FocusTests {
    @Test func anObjectCliticStandsForTheLastSubject() {
        #expect(relations("Somalia menembakkan rudal balistik. Kenya mengecamnya dengan keras.") == ["KEN protest SOM"])
        #expect(relations("Somalia menembakkan rudal balistik. “Kami mengutuknya,” kata Menteri Luar Negeri Kenya.") == ["KEN protest SOM"])
        #expect(relations("Somalia fired a missile on Monday. Kenya condemned it.", lang: "en") == ["KEN protest SOM"])
        // Within the sentence, the actor named before the source.
        #expect(relations("Somalia menembakkan rudal, dan Kenya segera mengecamnya.").contains("KEN protest SOM"))
        // With no one in focus, the pronoun names no one.
        #expect(relations("Kenya mengecamnya dengan keras.").isEmpty)
    }

    @Test func anObjectPronounAfterANameIsThatName() {
        #expect(relations("Chile's president shouted at the president of Peru, accusing him of lying.", lang: "en") == ["CHL protest PER"])
        #expect(relations("Presiden Cile menemui Presiden Peru, lalu mengecamnya.") == ["CHL meeting PER", "CHL protest PER"])
    }

    @Test func anAnswerAimsAtWhoeverActedAgainstItsSource() {
        #expect(relations("Peru mengusir dua diplomat Chile. Chile menyatakan akan membalas.") == ["PER sanction CHL", "CHL threat PER"])
        #expect(relations("Peru expelled two Chilean diplomats. Chile vowed to retaliate.", lang: "en") == ["PER sanction CHL", "CHL threat PER"])
        // Nothing was done to the source: no one to answer.
        #expect(relations("Chile said it would retaliate.", lang: "en").isEmpty)
        // A source that does not open the sentence answers no one.
        #expect(!relations("Peru expelled two Chilean diplomats. On Monday, Bolivia said Chile would retaliate.", lang: "en").contains("BOL threat PER"))
    }

    @Test func anActNamedWithoutItsAgentIsTheLastSuchAct() {
        #expect(
            relations("Menteri Luar Negeri Chile mengunjungi Bolivia pekan lalu. Kunjungan itu dikecam oleh Peru.")
                .contains("PER protest CHL"))
        #expect(
            relations("Peru attacked Bolivian border posts on Monday. Chile condemned the attack.", lang: "en")
                == ["PER attack BOL", "CHL protest PER"])
        // An act refused is not one told before.
        #expect(!relations("Chile bertemu Bolivia. Peru menolak untuk terlibat dalam pembicaraan.").contains("PER protest CHL"))
    }

    @Test func aJudgedActWithoutAgentIsTheLastHostileActs() {
        #expect(
            relations(
                "Chile scrapped its military pact with Peru. A Peruvian official was quoted as saying the decision was regrettable.",
                lang: "en") == ["CHL sanction PER", "PER protest CHL"])
        // The speaker's own act is no one else's to be judged for.
        #expect(
            relations("Chile scrapped its military pact with Peru. A Chilean official said the decision was regrettable.", lang: "en")
                == ["CHL sanction PER"])
    }

    @Test func anEventNounWithoutAgentIsTheLastHostileAct() {
        #expect(
            relations("Somalia fired a missile over Kenya on Tuesday. The United Nations condemned Tuesday's \"reckless\" test.", lang: "en")
                .contains("UN protest SOM"))
        #expect(relations("Somalia meluncurkan rudal balistik pada Selasa. Kenya mengecam peluncuran tersebut.") == ["KEN protest SOM"])
        #expect(
            relations("Somalia mengirim tentara ke Ethiopia. “Kami tegas menentang ini,” kata Menteri Luar Negeri Kenya.")
                .contains("KEN protest SOM"))
        // An event noun with an owner of its own is no reference.
        #expect(!relations("Somalia menembakkan rudal. Kenya mengkritik tindakan negara-negara Barat.").contains("KEN protest SOM"))
    }
}
