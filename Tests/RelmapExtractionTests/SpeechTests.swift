import Testing
@testable import RelmapExtraction

/// Who speaks in a quotation, and judgements passed on another's act: the speaker named after a
/// quotation speaks for their state ("kami", "we"), and "illegal", "tidak dapat diterima" make a
/// protest from whoever says so against the actor judged.
@Suite struct SpeechTests {
    @Test func firstPersonInAQuotationIsTheSpeakersState() {
        #expect(relations("“Kami mengecam keras Kamboja atas insiden di perbatasan,” kata Menteri Luar Negeri Thailand.") == ["THA protest KHM"])
        #expect(relations("\"We condemn Peru in the strongest terms,\" the foreign minister of Chile said.", lang: "en") == ["CHL protest PER"])
        // The speaker is a pronoun: the last sentence's subject.
        #expect(relations("Chile stayed away from the summit. \"We condemn Peru,\" he said.", lang: "en") == ["CHL protest PER"])
        // Without quote marks, reported speech closed by its speaker is the speaker's too.
        #expect(relations("We condemn Peru, the foreign minister of Chile said.", lang: "en") == ["CHL protest PER"])
        // A "we" with no speaker named is no one's.
        #expect(relations("We condemn Peru, and we will say so again.", lang: "en").isEmpty)
    }

    @Test func quoteMarksInsideASentenceBreakNoRole() {
        #expect(relations("The Chilean president \"condemned the shelling by Peru\" on Monday.", lang: "en") == ["CHL protest PER"])
        #expect(relations("Chile \"strongly condemned\" the air strikes by Peru.", lang: "en") == ["CHL protest PER"])
        #expect(relations("Kenya mengecam “provokasi” Somalia di perbatasan.").contains("KEN protest SOM"))
    }

    @Test func squareBracketsAndTheReportersWordsBreakNoRole() {
        // An editor's brackets inside a quotation.
        #expect(relations("\"Chile condemns [the Republic of Peru]'s latest incursion,\" he said.", lang: "en") == ["CHL protest PER"])
        // "what it called ...": the reporter's words are not an act of their own.
        #expect(relations("Chile condemned what it called an illegal incursion by Peruvian ships.", lang: "en") == ["CHL protest PER"])
    }

    @Test func aQuotedJudgementBeforeTheAgentOfTheActCondemned() {
        #expect(relations("Chile condemned what it called \"unlawful and dangerous conduct\" by Peruvian vessels.", lang: "en") == ["CHL protest PER"])
    }

    @Test func notToleratingIsAProtest() {
        #expect(relations("Chile said it could no longer tolerate \"Peruvian interference\".", lang: "en").contains("CHL protest PER"))
        #expect(relations("Chile will not tolerate Peru's interference.", lang: "en").contains("CHL protest PER"))
        // A phrase that opens with its negation is read by its verb: not a noun, not negated.
        #expect(relations("Cile tidak akan menoleransi campur tangan Peru.") == ["CHL protest PER"])
        #expect(relations("Cile tak bisa mentolerir tindakan Peru di perbatasan.") == ["CHL protest PER"])
        // The agent of what is not tolerated, named in a relative clause in the passive.
        #expect(relations("Cile tak menolerir campur tangan dan intervensi pemilu yang diduga dilakukan oleh Peru.") == ["CHL protest PER"])
        // A negation before the phrase's own still negates it.
        #expect(relations("Cile tidak mengecam Peru.").isEmpty)
    }

    @Test func condemningAnEventAStateAnswersForAimsAtThatState() {
        #expect(relations("Canada condemned the violence in Myanmar.", lang: "en") == ["CAN protest MMR"])
        #expect(relations("Uni Afrika mengecam kudeta di Gabon.") == ["AU protest GAB"])
        #expect(relations("Pertumpahan darah di Sudan itu dikecam oleh Kenya.") == ["KEN protest SDN"])
        // Other events in a place do not make its state the target.
        #expect(relations("Canada condemned the bombing in Paris.", lang: "en").isEmpty)
    }

    @Test func aQuotationsFirstPersonJudgesAndSheIsThePersonNamed() {
        // The last subject is Russia (it fired the missile); "he" is the prime minister named since.
        let text =
            "Hours after Russia fired a missile over Poland, Prime Minister Keir Starmer landed in Warsaw. "
            + "“We are very clear that the actions of Russia are illegal. They threaten the region,” he said."
        #expect(relations(text, lang: "en", date: "2024-09-01") == ["RUS threat POL", "GBR protest RUS"])
        // Without a person named, "he" is still the last subject's.
        #expect(
            relations("Chile recalled its envoy. “We are very clear that Peru's raid was illegal. It hurt us,” he said.", lang: "en")
                .contains("CHL protest PER"))
    }

    @Test func aReportingVerbBeforeANameIsTheSentencesVerb() {
        // "said" after its subject is no inverted attribution: the name after it acts in the clause it opens.
        #expect(relations("Chile said Peru attacked Bolivia.", lang: "en") == ["PER attack BOL"])
        #expect(relations("Chile's spy agency has said Peru has sent troops to Bolivia.", lang: "en") == ["PER support BOL"])
        // Inverted after a quotation it still names the speaker.
        #expect(relations("\"We condemn Peru,\" said Chile's foreign minister.", lang: "en") == ["CHL protest PER"])
    }

    @Test func reportedSpeechClosedByItsSpeaker() {
        // No quote marks: the attribution after the last comma names who speaks.
        #expect(relations("Tindakan Peru itu ilegal, kata Menteri Luar Negeri Cile kepada wartawan.") == ["CHL protest PER"])
        #expect(relations("Kami mengecam Peru, ujar juru bicara Kementerian Luar Negeri Cile.") == ["CHL protest PER"])
        #expect(
            relations("Peru's raid was a clear violation of the treaty, Chile's foreign minister said on Monday.", lang: "en")
                == ["CHL protest PER"])
        // The speaker reports another's act; it is not the act's author.
        #expect(relations("Peru attacked Bolivian border posts, Chile said.", lang: "en") == ["PER attack BOL"])
    }

    @Test func aVerbOfJudgementTakesItsObject() {
        #expect(relations("Bahrain said Qatar has interfered with its internal affairs.", lang: "en") == ["BHR protest QAT"])
    }

    @Test func demandsToEndAnActAreProtestsAgainstItsAgent() {
        #expect(
            relations("Chile called for an immediate end to the brutal offensive by Peru and Bolivia.", lang: "en")
                == ["CHL protest PER", "CHL protest BOL"])
        #expect(relations("Kenya menyerukan diakhirinya agresi Somalia di perbatasan.").contains("KEN protest SOM"))
        #expect(relations("Kenya mendesak agar serangan Somalia segera dihentikan.").contains("KEN protest SOM"))
        // Calling for sanctions is a protest, not a sanction.
        #expect(relations("Chile called for sanctions against Peru.", lang: "en") == ["CHL protest PER"])
        #expect(relations("Chile menyerukan sanksi terhadap Peru.") == ["CHL protest PER"])
    }

    @Test func anAgentNounPredicatedOfTheSubject() {
        #expect(relations("Chile has been a vocal opponent of Peru's territorial claims.", lang: "en") == ["CHL protest PER"])
        #expect(relations("Chile is a fierce critic of Peru.", lang: "en") == ["CHL protest PER"])
        #expect(relations("Kenya menjadi salah satu pengecam paling lantang atas tindakan Somalia.") == ["KEN protest SOM"])
        // Without the predicate, the agent noun names its actor by the genitive only.
        #expect(relations("Critics of Peru met in Chile.", lang: "en").isEmpty)
    }

    @Test func holdingAnotherResponsibleIsAProtest() {
        #expect(relations("Chile holds Peru responsible for the violence.", lang: "en") == ["CHL protest PER"])
        #expect(relations("Chile menganggap Peru bertanggung jawab atas kekerasan itu.") == ["CHL protest PER"])
        #expect(relations("Kenya dan Uganda menyebut Somalia merusak stabilitas kawasan.") == ["KEN protest SOM", "UGA protest SOM"])
    }

    @Test func aSpeakerNamedBeforeAColonSpeaksForTheQuotation() {
        #expect(
            relations("A spokesman for the Chilean foreign ministry said in a statement: \"We stand by our ally Peru and condemn Bolivia.\"", lang: "en")
                == ["CHL alliance PER", "CHL protest BOL"])
        #expect(relations("Menteri Luar Negeri Chile mengatakan: “Kami mengecam Bolivia.”") == ["CHL protest BOL"])
    }

    @Test func aQuotationOverSeveralSentencesHasTheSpeakerNamedWhereItCloses() {
        #expect(
            relations("“Saya sangat kecewa. Kami mengecam Bolivia atas insiden itu. Ini tidak dapat diterima,” ujar Presiden Chile.")
                .contains("CHL protest BOL"))
        #expect(
            relations("\"We condemn Bolivia. We will also summon its ambassador,\" the Chilean foreign minister said.", lang: "en")
                .contains("CHL protest BOL"))
        // A quotation that never names its speaker speaks for no one.
        #expect(relations("“Kami mengecam Bolivia. Kami akan memanggil duta besarnya.” Chile menutup perbatasan.").isEmpty)
    }

    @Test func aJudgementIsAProtestFromWhoeverPassesIt() {
        #expect(relations("Menteri Luar Negeri Kenya mengatakan Somalia telah melakukan tindakan provokatif.") == ["KEN protest SOM"])
        #expect(relations("Chile said Peru's decision was unacceptable.", lang: "en") == ["CHL protest PER"])
        #expect(relations("Ecuador said Colombian troops had crossed the border illegally.", lang: "en") == ["ECU protest COL"])
        #expect(relations("“Langkah Ethiopia tidak dapat diterima,” kata Menteri Luar Negeri Mesir.") == ["EGY protest ETH"])
    }

    @Test func aJudgementNeedsSomeoneWhoPassesIt() {
        // No reporting verb and no quotation: a plain statement, not a protest.
        #expect(relations("Kapal Vietnam memasuki perairan Kamboja secara ilegal.").isEmpty)
        // An adjective before its noun judges no one.
        #expect(relations("Chile said illegal fishing by Peruvian boats had fallen.", lang: "en").isEmpty)
        // A speaker at the end of a sentence judges as one named before it does ("Chile said ... illegally").
        #expect(relations("Peruvian boats fished there illegally, a Chilean official said.", lang: "en") == ["CHL protest PER"])
        // A speaker who is no actor passes no judgement of a state's.
        #expect(relations("Peruvian boats fished there illegally, a researcher said.", lang: "en").isEmpty)
    }
}
