import Testing
@testable import RelmapCorpus

/// Front matter as Hugo and Jekyll write it: lists and maps under keys relmap does not read are
/// ignored; an empty or null date is no date; a list under a key relmap reads is an error.
@Suite struct FrontMatterTests {
    @Test func listsAndMapsOfOtherKeysAreIgnored() throws {
        let text = """
            ---
            title: Drills
            tags: [korea, drills]
            categories:
              - asia
              - security
            params:
              author: Wire
              weight: 3
            date: 2024-07-16 08:00:00 +0700
            ---
            Body.

            """
        let front = try FrontMatter.parse(text, path: "a.md")
        #expect(front.fields == ["title": "Drills", "date": "2024-07-16"])
        #expect(front.body == "Body.\n")
    }

    @Test(arguments: ["date:", "date: null", "date: ~", "date: \"\""])
    func anEmptyOrNullDateIsNoDate(line: String) throws {
        let front = try FrontMatter.parse("---\ntitle: T\n\(line)\n---\nBody.\n", path: "a.md")
        #expect(front.fields["date"] == nil)
        #expect(front.fields["title"] == "T")
    }

    @Test func aListUnderAKeyRelmapReadsIsAnError() {
        #expect(throws: CorpusError.malformedFrontMatter(path: "a.md", line: 2, reason: "'title' must be a single value, not a list")) {
            try FrontMatter.parse("---\ntitle: [a, b]\n---\nBody.\n", path: "a.md")
        }
    }

    /// Parser errors are one line without the parser's context and carets.
    @Test func parserErrorsAreOneLine() {
        do {
            _ = try FrontMatter.parse("---\ntitle: \"A\n  b: [\n---\nBody.\n", path: "a.md")
            Issue.record("expected an error")
        } catch {
            #expect(!error.description.contains("\n"))
            #expect(error.description.hasPrefix("a.md:"))
        }
    }

    /// A key given twice is a one-line error with its line, not Yams's "Context:" lines.
    @Test func aDuplicatedKeyIsOneLine() {
        #expect(throws: CorpusError.malformedFrontMatter(path: "a.md", line: 3, reason: "the key 'date' appears twice in one mapping: keep one")) {
            try FrontMatter.parse("---\ntitle: x\ndate: 2023-01-01\ndate: 2024-01-01\n---\nText.\n", path: "a.md")
        }
    }

    /// Every YAML problem reads as one line.
    @Test(arguments: ["title: [unclosed", "a: b: c", "\ttitle: x", "k: 'open", "- a\nb: c"])
    func yamlProblemsAreOneLine(yaml: String) {
        do {
            _ = try FrontMatter.parse("---\n\(yaml)\n---\nText.\n", path: "a.md")
            Issue.record("accepted \(yaml)")
        } catch {
            #expect(!"\(error)".contains("\n") && !"\(error)".contains("Context:"), "\(error)")
        }
    }
}
