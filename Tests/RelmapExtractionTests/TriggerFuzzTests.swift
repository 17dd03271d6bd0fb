import Foundation
import Testing
import RelmapCorpus
@testable import RelmapExtraction

/// Trigger text of any shape never crashes extraction: random triggers (function words, actor
/// names, trigger words, punctuation, "..." and "=" forms) added to random types through a user
/// lexicon file, run over the example articles and over sentences built around them.
///
/// The run is seeded, so a failure repeats; `RELMAP_FUZZ_VERBOSE=1` prints each round's lexicon
/// before it runs (the last one printed is the one that crashed), `RELMAP_FUZZ_ROUNDS=N` runs longer
/// and `RELMAP_FUZZ_SEED=N` draws other triggers.
@Suite final class TriggerFuzzTests {
    /// This test's folder of lexicon files, removed when the test ends (a class suite's deinit).
    let folder = temporaryFolder()
    deinit { removeTemporaryFolder(folder) }

    /// The issue's case: a trigger of a symmetric type holding "with" and an actor name. The
    /// partner search took the name inside the trigger for one after it (RelationReader.swift,
    /// `Range requires lowerBound <= upperBound`).
    @Test func aTriggerHoldingWithAndAnActorNameReads() throws {
        let extractor = Extractor(
            lexicon: try bundledLexicon.merging([
                try userLexicon(
                    """
                    types:
                      - name: alliance
                        triggers:
                          en: ["stood with its philippine allies", "stood with ... philippine allies", "with the philippines"]
                    """)
            ]))
        for text in [
            "The United States stood with its Philippine allies.",
            "The United States stood with its Philippine allies against China.",
            "China condemned the United States, which stood with its Philippine allies.",
            "Japan stood with its Philippine allies and with the Philippines.",
            "Washington said it stood firmly with its Philippine allies after Beijing fired water cannon."
        ] {
            _ = extractor.extract(Article(id: "t", language: "en", text: text))
        }
        let found = extractor.extract(Article(id: "t", language: "en", text: "The United States stood with its Philippine allies."))
        #expect(found.map { "\($0.source) \($0.type) \($0.target) \($0.directed)" } == ["USA alliance PHL false"])
    }

    /// The same with the bundled lexicon alone: a gapped trigger ("signed ... agreement") with its
    /// partner inside the gap crashed; the partner is found there.
    @Test func aPartnerInsideAGappedTriggerReads() {
        #expect(relations("Japan signed with South Korea a new defence agreement.", lang: "en") == ["JPN alliance KOR"])
    }

    /// Every gapped trigger of the codebook with actors, prepositions and commas in its gap.
    @Test func bundledGappedTriggersWithActorsInTheGapRead() {
        for type in bundledLexicon.types {
            for (lang, patterns) in type.triggers {
                let with = lang == "en" ? "with" : "dengan", to = lang == "en" ? "to" : "ke", and = lang == "en" ? "and" : "dan"
                for p in patterns where p.words.contains(.gap) {
                    let parts = p.text.replacingOccurrences(of: "=", with: "")
                    for filler in ["\(with) Japan", "Japan", "\(to) China \(and) Japan", "Japan, China", "\(with) Japan \(with) China"] {
                        let text = "Australia \(parts.replacingOccurrences(of: "...", with: filler)) Russia."
                        _ = relations(text, lang: lang)
                        _ = relations(parts.replacingOccurrences(of: "...", with: filler), lang: lang)
                    }
                }
            }
        }
    }

    /// An apposition trigger ("ally" nouns) holding an actor name: the apposition search took the
    /// name inside the trigger for one after it (RelationReader+Apposition.swift).
    @Test func anAppositionTriggerHoldingAnActorNameReads() throws {
        let extractor = Extractor(
            lexicon: try bundledLexicon.merging([
                try userLexicon(
                    """
                    types:
                      - name: alliance
                        triggers:
                          en: [{words: "allies of japan", apposition: true}, {words: "ally ... japan", apposition: true}]
                      - name: support
                        triggers:
                          en: [{words: "backer of japan", apposition: true}]
                    """)
            ]))
        for text in [
            "Australia and the allies of Japan condemned China.",
            "Australia, a close ally of Japan, met China.",
            "Australia, the backer of Japan, met China.",
            "Washington's allies of Japan Israel and the UAE."
        ] {
            _ = extractor.extract(Article(id: "t", language: "en", text: text))
        }
    }

    /// Triggers of no words, only gaps, only punctuation, only a name, and gaps at either end.
    @Test func degenerateTriggersRead() throws {
        let shapes = [
            "", " ", "...", "... ...", "=", "= =", "=...", "... =", "'s", ",", ".", "\\\"", "with", "with ...", "... with",
            "Japan", "Japan ... Japan", "=Japan", "a ... b ... c ... d ... e ... f", "... Japan ...", "dengan ... Jepang"
        ]
        var yaml = "types:\n"
        for type in bundledLexicon.types.map(\.name) + ["fuzztype"] {
            let list = shapes.map { "\"\($0)\"" }.joined(separator: ", ")
            yaml += "  - name: \(type)\n    triggers:\n      en: [\(list)]\n      id: [\(list)]\n"
            yaml += "  - name: \(type)\n    triggers:\n      en: [\(shapes.map { "{words: \"\($0)\", apposition: true, mutual: true}" }.joined(separator: ", "))]\n"
        }
        let extractor = Extractor(lexicon: try bundledLexicon.merging([try userLexicon(yaml)]))
        for (lang, text) in [
            ("en", "Japan with Japan, 's ... China met Japan with South Korea."), ("en", ". , Japan"),
            ("id", "Jepang dengan Jepang bertemu Korea Selatan dengan China."), ("en", "a b c d e f Japan.")
        ] {
            _ = extractor.extract(Article(id: "d", language: lang, text: text))
        }
    }

    @Test func randomTriggersNeverCrashExtraction() throws {
        let rounds = ProcessInfo.processInfo.environment["RELMAP_FUZZ_ROUNDS"].flatMap(Int.init) ?? 24
        let verbose = ProcessInfo.processInfo.environment["RELMAP_FUZZ_VERBOSE"] != nil
        let seed = ProcessInfo.processInfo.environment["RELMAP_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x5EED_13
        var rng = SeededLCG(seed: seed)
        let pool = WordPool(bundledLexicon)
        let articles = try Corpus(paths: [repositoryRoot.appendingPathComponent("examples").path]).articles()
        #expect(articles.count >= 10)
        let types = bundledLexicon.types.map(\.name) + ["fuzztype"]
        for round in 0..<rounds {
            var entries: [(type: String, lang: String, trigger: String, flags: String)] = []
            for _ in 0..<12 {
                entries.append(
                    (
                        types.randomElement(using: &rng)!, ["en", "id"].randomElement(using: &rng)!,
                        pool.trigger(using: &rng), pool.flags(using: &rng)
                    ))
            }
            var yaml = "types:\n"
            for e in entries {
                let words = "\"" + e.trigger.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
                yaml += "  - name: \(e.type)\n    triggers:\n      \(e.lang): [{words: \(words)\(e.flags)}]\n"
            }
            if verbose { print("fuzz round \(round):\n\(yaml)") }
            let lexicon = try bundledLexicon.merging([try userLexicon(yaml)])
            let extractor = Extractor(lexicon: lexicon)
            // Each trigger inside sentences with actors around it, in its own language.
            var texts: [(String, String)] = []
            for e in entries {
                let a = pool.actorName(e.lang, using: &rng), b = pool.actorName(e.lang, using: &rng)
                let c = pool.actorName(e.lang, using: &rng)
                let t = e.trigger.replacingOccurrences(of: "=", with: "")
                let (with, and, by) = e.lang == "en" ? ("with", "and", "by") : ("dengan", "dan", "oleh")
                texts.append((e.lang, "\(a) \(t) \(b)."))
                texts.append((e.lang, "\(a) \(and) \(b) \(t) \(with) \(c), \(t) \(a)."))
                texts.append((e.lang, "\(t) \(a) \(t)"))
                texts.append((e.lang, "\(a) \(t.replacingOccurrences(of: "...", with: b)) \(c) \(with) \(a)."))
                texts.append((e.lang, "\(a) \(t.replacingOccurrences(of: "...", with: "\(with) \(b) \(and) \(c)")) \(by) \(a)."))
                texts.append((e.lang, "\(a), \(t) \(b), \(t) \(c) \(by) \(b)."))
                texts.append((e.lang, "\"\(t)\" \(a) \(pool.word(using: &rng)) \(t) \(b) \(pool.word(using: &rng)) \(c)"))
                // A sentence of random words, names and the round's triggers.
                var words: [String] = []
                for _ in 0..<Int.random(in: 3...18, using: &rng) {
                    switch Int.random(in: 0..<5, using: &rng) {
                    case 0: words.append(pool.actorName(e.lang, using: &rng))
                    case 1: words.append(entries.randomElement(using: &rng)!.trigger.replacingOccurrences(of: "=", with: ""))
                    default: words.append(pool.word(using: &rng).replacingOccurrences(of: "=", with: ""))
                    }
                }
                texts.append((e.lang, words.joined(separator: " ").replacingOccurrences(of: "...", with: pool.actorName(e.lang, using: &rng))))
            }
            for (lang, text) in texts {
                _ = extractor.extract(Article(id: "f", date: "2024-10-21", language: lang, text: text))
            }
            // The examples, every few rounds (the articles take most of the time).
            if round % 4 == 0 {
                for article in articles { _ = extractor.extract(article) }
            }
        }
    }

    private func userLexicon(_ text: String) throws -> String {
        let path = folder + "/fuzz-\(UUID().uuidString).yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

/// The words random triggers are made of.
private struct WordPool {
    var functionWords: [String] = []
    var actorNames: [String: [String]] = [:]
    var triggerWords: [String] = []
    let punctuation = [",", ".", "'s", "’s", "-", "(", ")", "\"", ":", ";", "'", "?", "!", "/", "&"]

    init(_ lexicon: Lexicon) {
        var words = Set<String>()
        for (_, rules) in lexicon.languages {
            for child in Mirror(reflecting: rules).children {
                if let s = child.value as? Set<String> { words.formUnion(s) }
                if let a = child.value as? [String] { words.formUnion(a) }
            }
        }
        functionWords = words.sorted()
        var en: [String] = [], id: [String] = []
        for actor in lexicon.actors {
            for name in actor.names { en.append(name); id.append(name) }
        }
        actorNames = ["en": en, "id": id]
        var tw = Set<String>()
        for type in lexicon.types {
            for (_, patterns) in type.triggers { for p in patterns { tw.formUnion(p.text.split(separator: " ").map(String.init)) } }
        }
        triggerWords = tw.sorted()
    }

    func actorName(_ lang: String, using rng: inout SeededLCG) -> String {
        actorNames[lang]!.randomElement(using: &rng)!
    }

    func word(using rng: inout SeededLCG) -> String {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0...2: return functionWords.randomElement(using: &rng)!
        case 3...4: return actorNames["en"]!.randomElement(using: &rng)!
        case 5...6: return triggerWords.randomElement(using: &rng)!
        case 7: return punctuation.randomElement(using: &rng)!
        case 8: return "..."
        default: return "=" + (Bool.random(using: &rng) ? functionWords : triggerWords).randomElement(using: &rng)!
        }
    }

    func trigger(using rng: inout SeededLCG) -> String {
        let n = Int.random(in: 1...6, using: &rng)
        return (0..<n).map { _ in word(using: &rng) }.joined(separator: " ")
    }

    /// The settings of a trigger entry, as YAML after its words.
    func flags(using rng: inout SeededLCG) -> String {
        let all = [
            ", apposition: true", ", addressee: true", ", evaluates: true", ", mutual: true", ", visit: true",
            ", answers: true", ", cut: none"
        ]
        var out = ""
        for f in all where Int.random(in: 0..<6, using: &rng) == 0 { out += f }
        switch Int.random(in: 0..<8, using: &rng) {
        case 0: out += ", object: diplomat"
        case 1: out += ", object: military"
        default: break
        }
        return out
    }
}

/// A small seeded generator (a 64-bit LCG with a shifted output), so that a failing round repeats.
private struct SeededLCG: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }
}
