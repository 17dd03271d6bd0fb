import Foundation
import Testing
@testable import RelmapExtraction

@Suite struct IndonesianStemmerTests {
    static let dataFolder = sharedFolder.appendingPathComponent("data")
    static let hasData = FileManager.default.fileExists(atPath: dataFolder.appendingPathComponent("sastrawi_functional_word_stem.tsv").path)

    @Test(.enabled(if: hasData, "needs ../shared/data"))
    func sastrawiFunctionalPairs() throws {
        let dictionary = try String(contentsOf: Self.dataFolder.appendingPathComponent("sastrawi_functional_dictionary.txt"), encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        #expect(dictionary.count >= 120)
        let stemmer = IndonesianStemmer(roots: dictionary)
        let pairs = try String(contentsOf: Self.dataFolder.appendingPathComponent("sastrawi_functional_word_stem.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line -> (String, String)? in
                let parts = line.split(separator: "\t")
                return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
            }
        #expect(pairs.count >= 160)
        var wrong: [String] = []
        for (word, expected) in pairs {
            let got = word.split(separator: " ").map { stemmer.stem(String($0)) }.joined(separator: " ")
            if got != expected { wrong.append("\(word) -> \(got) (expected \(expected))") }
        }
        let share = Double(pairs.count - wrong.count) / Double(pairs.count)
        #expect(share >= 0.95, "\(wrong.count) of \(pairs.count) wrong: \(wrong.joined(separator: "; "))")
    }

    @Test(arguments: [
        ("membelot", "belot"), ("pembelot", "belot"), ("pembelotan", "belot"),
        ("mengecam", "kecam"), ("dikecam", "kecam"), ("kecaman", "kecam"),
        ("menyerang", "serang"), ("serangan", "serang"), ("diserang", "serang"),
        ("mengancam", "ancam"), ("ancaman", "ancam"), ("bertemu", "temu"), ("pertemuan", "temu"),
        ("membantu", "bantu"), ("bantuannya", "bantu"), ("mengunjungi", "kunjung"), ("sanksi", "sanksi")
    ])
    func triggerForms(word: String, root: String) {
        let stemmer = IndonesianStemmer(roots: ["belot", "kecam", "serang", "ancam", "temu", "bantu", "kunjung", "sanksi"])
        #expect(stemmer.stem(word) == root)
    }

    @Test func unknownWordsStayAsTheyAre() {
        let stemmer = IndonesianStemmer(roots: ["belot"])
        #expect(stemmer.stem("menyerang") == "menyerang")
        #expect(stemmer.root(of: "Pemerintahan") == nil)
    }
}

/// The codebook's Indonesian roots are roots: a derived form written as a root ("serangan
/// balasan" instead of "=serangan balasan") would enter the stemmer's dictionary and stop
/// "serangan" from reducing to "serang", so every pattern on "serang" would stop matching it.
@Suite struct CodebookRootTests {
    @Test func noTriggerRootShadowsAnother() {
        var roots: Set<String> = []
        for type in bundledLexicon.types {
            for p in type.triggers["id"] ?? [] {
                for w in p.words { if case .root(let r) = w { roots.insert(r) } }
            }
        }
        var shadowing: [String] = []
        for r in roots.sorted() {
            let without = IndonesianStemmer(roots: roots.subtracting([r]))
            let reduced = without.stem(r)
            if reduced != r, roots.contains(reduced) { shadowing.append("\(r) -> \(reduced)") }
        }
        #expect(shadowing.isEmpty, "write these as exact forms (=word): \(shadowing)")
    }
}
