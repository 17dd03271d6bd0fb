import Testing
import RelmapCorpus
@testable import RelmapExtraction

/// The bundled actor lexicon: office holders within their terms, juntas, organisations, seats of
/// power and press nicknames, on sentences written for the tests.
@Suite struct ActorLexiconTests {
    @Test func officeHoldersResolveWithinTheirTerms() {
        #expect(
            relations("Prime Minister Anwar Ibrahim met President Prabowo Subianto in Jakarta.", lang: "en", date: "2025-03-01")
                == ["MYS meeting IDN"])
        #expect(relations("Anwar Ibrahim bertemu Prabowo Subianto di Jakarta pada Senin.", date: "2025-03-01") == ["MYS meeting IDN"])
        #expect(
            relations("Foreign Minister Abbas Araghchi met Ayman Safadi in Amman.", lang: "en", date: "2024-12-01")
                == ["IRN meeting JOR"])
        #expect(
            relations("Mohammed bin Abdulrahman Al Thani met Sergey Lavrov in Moscow.", lang: "en", date: "2017-06-10")
                == ["QAT meeting RUS"])
    }

    @Test func formerOfficeHoldersSpeakForNoOne() {
        #expect(relations("Mahathir Mohamad met Joko Widodo in Jakarta on Tuesday.", lang: "en", date: "2019-05-01") == ["MYS meeting IDN"])
        #expect(relations("Mahathir Mohamad met Joko Widodo in Jakarta on Tuesday.", lang: "en", date: "2023-05-01").isEmpty)
        // Syria's leader since December 2024; before that an armed group's commander.
        #expect(relations("Ahmed al-Sharaa met a Turkish delegation in Damascus.", lang: "en", date: "2025-01-15") == ["SYR meeting TUR"])
        #expect(relations("Ahmed al-Sharaa met a Turkish delegation in Damascus.", lang: "en", date: "2015-06-01").isEmpty)
    }

    @Test func aRoleHeadingAnotherRoleIsOneAgent() {
        // "Ketua DPR Kenya": the chair of Kenya's parliament acts for Kenya.
        #expect(relations("Presiden Uganda bertemu Ketua DPR Kenya di Kampala.") == ["UGA meeting KEN"])
        #expect(relations("Presiden Uganda bertemu juru bicara parlemen Kenya.") == ["UGA meeting KEN"])
    }

    @Test func juntasAreTheirState() {
        #expect(relations("Junta Myanmar mengecam Thailand atas penahanan itu.", date: "2022-03-01") == ["MMR protest THA"])
        #expect(relations("Myanmar's junta condemned Thailand over the arrests.", lang: "en", date: "2022-03-01") == ["MMR protest THA"])
    }

    @Test func organisationsNamedByTheAnnotation() {
        #expect(relations("The Gulf Cooperation Council condemned Iran for the seizure of the tanker.", lang: "en") == ["GCC protest IRN"])
        #expect(relations("Dewan Kerja Sama Teluk mengecam Iran.") == ["GCC protest IRN"])
        #expect(relations("ECOWAS imposed sanctions on Niger after the coup.", lang: "en", date: "2023-08-01") == ["ECOWAS sanction NER"])
        #expect(relations("The Quad condemned North Korea's missile launches.", lang: "en") == ["QUAD protest PRK"])
        #expect(relations("Nato condemned Russia.", lang: "en") == ["NATO protest RUS"])
    }

    @Test func seatsOfPowerAndCoastGuards() {
        #expect(relations("Malacanang protested to Beijing over the collision.", lang: "en") == ["PHL protest CHN"])
        #expect(relations("Penjaga pantai China menembakkan meriam air ke kapal Filipina.", date: "2023-08-10") == ["CHN attack PHL"])
    }

    @Test func pressNicknamesForStates() {
        #expect(relations("Negeri Paman Sam mengecam Rusia.") == ["USA protest RUS"])
    }

    @Test func aTitledSurnameFollowedByAnotherNameIsSomeoneElse() {
        // "Gabriel" is a known German surname; "President Gabriel Boric" is someone else.
        #expect(relations("President Gabriel Boric condemned Peru.", lang: "en", date: "2024-01-01").isEmpty)
        #expect(relations("President Obama condemned Russia.", lang: "en", date: "2012-01-01") == ["USA protest RUS"])
    }
}
