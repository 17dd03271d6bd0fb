import Foundation
import Testing
import RelmapCorpus
@testable import RelmapExtraction

/// A user lexicon (`--lexicon FILE`) that names a type of the codebook extends it: the type keeps
/// every setting and trigger it had, the triggers listed are added, and only the settings the file
/// states replace its own. Before, one added trigger reset the type to directed, hostile and
/// intensity 0, so alliances and meetings became hostile acts.
@Suite final class LexiconExtensionTests {
    /// This test's folder of lexicon files, removed when the test ends (a class suite's deinit).
    let folder = temporaryFolder()
    deinit { removeTemporaryFolder(folder) }

    /// A new lexicon file with `text`, its path.
    func file(_ text: String) throws -> String {
        let path = folder + "/lexext-\(UUID().uuidString).yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Expects merging a file of `text` on the bundled lexicon to fail at `line` with `reason`.
    func expectRefused(_ text: String, line: Int, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = try file(text)
        #expect(throws: LexiconError(path: path, line: line, reason: reason), sourceLocation: sourceLocation) {
            _ = try bundledLexicon.merging([path])
        }
    }

    /// The relations of `text` read with `lexicon`, as "SRC type TGT" strings.
    func read(_ text: String, _ lexicon: Lexicon, lang: String) -> Set<String> {
        let found = Extractor(lexicon: lexicon).extract(Article(id: "t", date: "2024-10-21", language: lang, text: text))
        return Set(found.map { "\($0.source) \($0.type) \($0.target)" })
    }

    @Test func anAddedTriggerKeepsEverySettingAndTriggerOfEachType() throws {
        for original in bundledLexicon.types {
            let extended = try bundledLexicon.merging([
                try file(
                    """
                    types:
                      - name: \(original.name)
                        triggers:
                          en: [zorbulate]
                          id: [{words: "=menzorbulasi", mutual: true}]
                    """)
            ])
            var expected = original
            expected.triggers["en", default: []].append(TriggerPattern("zorbulate"))
            expected.triggers["id", default: []].append(TriggerPattern("=menzorbulasi", mutual: true))
            let type = try #require(extended.type(named: original.name))
            #expect(type == expected, "\(original.name)")
            #expect(extended.types.map(\.name) == bundledLexicon.types.map(\.name))
        }
    }

    /// The bundled lexicon with a trigger added to alliance and two to meeting.
    func withAFewTriggers() throws -> Lexicon {
        try bundledLexicon.merging([
            try file(
                """
                types:
                  - name: alliance
                    triggers:
                      en: [entente]
                  - name: meeting
                    triggers:
                      en: [tete-a-tete]
                      id: ["=bersilaturahmi"]
                """)
        ])
    }

    @Test func builtInTriggersStillMatchAfterAnAddition() throws {
        let extended = try withAFewTriggers()
        let sentences: [(String, String, Set<String>)] = [
            ("Japan and South Korea signed a defence pact on Monday.", "en", ["JPN alliance KOR"]),
            ("The foreign ministers of Japan and Australia met in Tokyo.", "en", ["JPN meeting AUS"]),
            ("Jepang dan Korea Selatan menandatangani pakta pertahanan.", "id", ["JPN alliance KOR"]),
            ("Presiden Indonesia bertemu Perdana Menteri Jepang di Jakarta.", "id", ["IDN meeting JPN"])
        ]
        for (text, lang, want) in sentences {
            #expect(relations(text, lang: lang) == want, "bundled: \(text)")
            #expect(read(text, extended, lang: lang) == want, "extended: \(text)")
        }
        let found = Extractor(lexicon: extended).extract(Article(id: "t", language: "en", text: sentences[0].0))
        #expect(found.map(\.directed) == [false], "an alliance stays symmetric")
    }

    @Test func theAddedTriggerMatches() throws {
        let extended = try withAFewTriggers()
        let text = "France and Britain formed an entente."
        #expect(relations(text, lang: "en").isEmpty)
        let found = Extractor(lexicon: extended).extract(Article(id: "t", language: "en", text: text))
        #expect(found.map { "\($0.source) \($0.type) \($0.target) \($0.directed)" } == ["FRA alliance GBR false"])
        #expect(read("Presiden Indonesia bersilaturahmi dengan Perdana Menteri Malaysia.", extended, lang: "id") == ["IDN meeting MYS"])
    }

    @Test func anAdditionChangesNothingElseInTheExamples() throws {
        var yaml = "types:\n"
        for type in bundledLexicon.types { yaml += "  - name: \(type.name)\n    triggers:\n      en: [zorbulate]\n      id: [menzorbulasi]\n" }
        let extended = try bundledLexicon.merging([try file(yaml)])
        let articles = try Corpus(paths: [repositoryRoot.appendingPathComponent("examples").path]).articles()
        let a = Extractor(lexicon: bundledLexicon), b = Extractor(lexicon: extended)
        var total = 0
        for article in articles {
            let before = a.extract(article).map { "\($0.source) \($0.type) \($0.target) \($0.directed) \($0.trigger)" }
            let after = b.extract(article).map { "\($0.source) \($0.type) \($0.target) \($0.directed) \($0.trigger)" }
            #expect(before == after, "\(article.id)")
            total += before.count
        }
        #expect(total > 20)
    }

    @Test func statedSettingsOverrideTheRestStays() throws {
        let extended = try bundledLexicon.merging([
            try file(
                """
                types:
                  - name: alliance
                    intensity: 5
                  - name: sanction
                    partner_target: false
                    cut_of: [trade]
                    plover: null
                  - name: meeting
                    directed: true
                    polarity: hostile
                """)
        ])
        var alliance = try #require(bundledLexicon.type(named: "alliance"))
        alliance.intensity = 5
        #expect(extended.type(named: "alliance") == alliance)
        var sanction = try #require(bundledLexicon.type(named: "sanction"))
        sanction.partnerTarget = false
        sanction.cutOf.append("trade")
        sanction.plover = nil
        #expect(extended.type(named: "sanction") == sanction)
        var meeting = try #require(bundledLexicon.type(named: "meeting"))
        meeting.directed = true
        meeting.polarity = .hostile
        #expect(extended.type(named: "meeting") == meeting)
    }

    @Test func entriesAndFilesAddUp() throws {
        let first = try file("types:\n  - name: alliance\n    triggers:\n      en: [entente]\n  - name: alliance\n    triggers:\n      en: [concord]\n")
        let second = try file("types:\n  - name: alliance\n    intensity: 6\n    triggers:\n      en: [entente, accord of friendship]\n")
        let extended = try bundledLexicon.merging([first, second])
        let original = try #require(bundledLexicon.type(named: "alliance"))
        let type = try #require(extended.type(named: "alliance"))
        #expect(type.triggers["en"]?.map(\.text) == original.triggers["en"]!.map(\.text) + ["entente", "concord", "accord of friendship"])
        #expect(type.triggers["id"] == original.triggers["id"])
        #expect(type.intensity == 6 && type.directed == false && type.polarity == .cooperative)
    }

    @Test func aNewTypeTakesTheDefaults() throws {
        let extended = try bundledLexicon.merging([try file("types:\n  - name: trade\n    triggers:\n      en: [trade]\n")])
        let type = try #require(extended.type(named: "trade"))
        #expect(type == RelationType(name: "trade", directed: true, polarity: .hostile, intensity: 0, triggers: ["en": [TriggerPattern("trade")]]))
        #expect(extended.types.count == bundledLexicon.types.count + 1)
    }

    @Test func unknownKeysNameTheFileTheLineAndTheKnownKeys() throws {
        let typeKey = try file("types:\n  - name: alliance\n    intensity: 5\n    colour: blue\n")
        #expect(
            throws: LexiconError(
                path: typeKey, line: 4,
                reason: "unknown key 'colour' in a type (expected name, directed, polarity, "
                    + "intensity, plover, target_preposition, triggers, embeds, place_target, partner_target, refers_back, "
                    + "future_is_decision, future_of, cut_of)")
        ) {
            _ = try bundledLexicon.merging([typeKey])
        }
        let triggerKey = try file("types:\n  - name: meeting\n    triggers:\n      en:\n        - {words: visited, vist: true}\n")
        #expect(
            throws: LexiconError(
                path: triggerKey, line: 5,
                reason: "unknown key 'vist' in a trigger (expected words, object, subject, visit, "
                    + "addressee, cut, evaluates, mutual, apposition, answers, mediates)")
        ) {
            _ = try bundledLexicon.merging([triggerKey])
        }
    }

    @Test func unknownKeysOfActorsPeoplePlacesAgentsAndLanguagesAreErrors() throws {
        try expectRefused(
            "people:\n  - {name: Ana Lopez, actor: CHL, office: minister}\n", line: 2,
            "unknown key 'office' in a person (expected name, aliases, short, actor, role, terms)")
        try expectRefused("places:\n  - name: Arica\n    actr: CHL\n", line: 3, "unknown key 'actr' in a place (expected name, actor)")
        let language = try file("languages:\n  en:\n    negation: [never]\n")
        do {
            _ = try bundledLexicon.merging([language])
            Issue.record("an unknown language key was accepted")
        } catch {
            #expect("\(error)".contains("unknown key 'negation' in a language") && "\(error)".contains("negations"))
        }
        // A person of an actor nobody defines is refused; one defined in the same file is fine.
        do {
            _ = try bundledLexicon.merging([try file("people:\n  - {name: Ana Lopez, actor: XCL}\n")])
            Issue.record("a person of an unknown actor was accepted")
        } catch {
            #expect("\(error)".contains("person 'Ana Lopez' belongs to actor 'XCL', which no actors entry defines"))
        }
        _ = try bundledLexicon.merging([try file("people:\n  - {name: Ana Lopez, actor: XCL}\nactors:\n  - {id: XCL, names: [Xland]}\n")])
        // Known keys still load.
        let fine = try file("languages:\n  en:\n    negations: [never]\n    reference:\n      pair: [\"the twins\"]\n")
        _ = try bundledLexicon.merging([fine])
    }

    @Test func aSettingOfTrueOrFalseIsTrueOrFalse() throws {
        try expectRefused("types:\n  - name: alliance\n    directed: yes\n", line: 3, "'directed' is true or false, not 'yes'")
        try expectRefused(
            "types:\n  - name: meeting\n    triggers:\n      en:\n        - {words: visited, visit: yes}\n", line: 5,
            "'visit' is true or false, not 'yes'")
    }

    /// A key given twice in a lexicon file is a one-line error with its line.
    @Test func aDuplicatedKeyIsOneLine() throws {
        try expectRefused(
            "actors:\n  - id: XX\n    id: YY\n    names: [Xland]\n", line: 2,
            "not valid YAML: the key 'id' appears twice in one mapping: keep one")
    }
}
