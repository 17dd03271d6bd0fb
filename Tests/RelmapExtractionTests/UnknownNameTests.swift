import Foundation
import RelmapCorpus
import Testing
@testable import RelmapExtraction

/// `actors --unknown`: no function words, months or pieces of longer names; what the context tells
/// of a name (state, role, kind); and lexicon stubs that `--lexicon` reads.
@Suite struct UnknownNameTests {
    func unknown(_ texts: [(String, String)]) -> [NameCensus.Entry] {
        var census = NameCensus()
        for (i, (lang, text)) in texts.enumerated() { census.add(Article(id: "a\(i)", date: "2022-06-01", language: lang, text: text), extractor: sharedExtractor) }
        return census.unknownNames
    }

    /// Before: "Feb", "Okt", "Ia", "Kami", "Selain", "Bahkan", "South", "Sea", "Laut", "Selatan",
    /// "Selat", "Mr" and "Anthony" (of Antony Blinken, known) were all listed as names to add.
    @Test func functionWordsMonthsAndNamePartsAreNoNames() {
        let names = unknown([
            ("en", "Philippine President Xoxo Malakas condemned China over the South China Sea on Feb 3. Mr Trump met Kim."),
            ("en", "The talks in Oct went badly. South Korea and Japan met. We said so."),
            ("id", "Ia mengatakan Kami menolak klaim China di Laut China Selatan sejak Okt lalu. Selain itu, Wakanda diam."),
            ("id", "Bahkan kapal China melintasi Selat Taiwan pada Ahad."),
            ("en", "US Secretary of State Anthony Blinken met Wang Yi.")
        ]).map(\.name)
        let words = ["Feb", "Oct", "Okt", "Ia", "Kami", "We", "Selain", "Bahkan", "Ahad", "South", "Sea", "Laut", "Selatan", "Selat", "Mr", "The", "Anthony"]
        for word in words {
            #expect(!names.contains(word), "\(word) in \(names)")
        }
        #expect(names.contains("Xoxo Malakas") && names.contains("Wakanda"), "\(names)")
    }

    /// The state and role a name's neighbours give it, in both languages and both orders.
    @Test func theContextTellsStateRoleAndKind() {
        let entries = unknown([
            ("en", "Philippine President Xoxo Malakas condemned China."),
            ("id", "Presiden Filipina Bongo Malaki mengecam China."),
            ("en", "Nomo Balita, the Philippine foreign minister, met Japan's envoy."),
            ("id", "Badan Keamanan Wakanda menyambut kapal Jepang."),
            ("en", "Zorro Quux arrived in Tokyo."),
            ("id", "Seperti diberitakan Zeta Warta, Kim Jong Un sepakat untuk bertemu.")
        ])
        func guess(_ name: String) -> NameGuess? { entries.first { $0.name == name }?.guess }
        #expect(guess("Xoxo Malakas") == NameGuess(state: "PHL", role: "president", kind: .person))
        #expect(guess("Bongo Malaki") == NameGuess(state: "PHL", role: "president", kind: .person))
        #expect(guess("Nomo Balita") == NameGuess(state: "PHL", role: "foreign ministry", kind: .person))
        #expect(guess("Badan Keamanan Wakanda")?.kind == .organisation)
        #expect(guess("Zorro Quux") == NameGuess())
        // A person after the comma is someone else, not an apposition: no state from Kim.
        #expect(guess("Zeta Warta") == NameGuess(), "\(entries)")
    }

    /// The stubs load as a lexicon file, and the names they hold then resolve.
    @Test func stubsLoadAndResolve() throws {
        let entries = unknown([
            ("en", "Philippine President Xoxo Malakas arrived in Tokyo."),
            ("en", "Kroo Vanta, a Wakandan agency, called it \"fine\"."),
            ("en", "Japanese state media Bleep Radio reported it.")
        ])
        let yaml = LexiconStubs.yaml(entries, known: bundledLexicon)
        #expect(yaml.contains("- {name: \"Xoxo Malakas\", short: [\"Malakas\"], actor: PHL, role: \"president\"}"), "\(yaml)")
        #expect(yaml.contains("# Philippine President Xoxo Malakas arrived in Tokyo."), "\(yaml)")
        #expect(yaml.contains("- {id: KROO_VANTA, kind: organisation, label: \"Kroo Vanta\", names: [\"Kroo Vanta\"]}"), "\(yaml)")
        // A state next to a name that is no person's is a comment only: the name stays its own.
        #expect(yaml.contains("  # if it is JPN's, instead: - {id: JPN, names: [\"Bleep Radio\"]}\n  - {id: BLEEP_RADIO,"), "\(yaml)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relmap-stubs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("stubs.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let lexicon = try bundledLexicon.merging([file.path])
        let extractor = Extractor(lexicon: lexicon)
        let text = "Xoxo Malakas condemned China. Kroo Vanta condemned Japan."
        let found = Set(extractor.extract(Article(id: "t", language: "en", text: text)).map { "\($0.source) \($0.type) \($0.target)" })
        #expect(found.contains("PHL protest CHN") && found.contains("KROO_VANTA protest JPN"), "\(found)")
        #expect(!relations(text, lang: "en").contains("PHL protest CHN"), "without the stubs the name resolves to nothing")
    }
}
