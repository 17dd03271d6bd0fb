import Testing
@testable import RelmapCorpus

@Suite struct PeriodTests {
    @Test(arguments: [
        ("2024", "2024-01-01", "2024-12-31"), ("2024-02", "2024-02-01", "2024-02-29"), ("2023-02", "2023-02-01", "2023-02-28"),
        ("2024-Q2", "2024-04-01", "2024-06-30"), ("2024-q4", "2024-10-01", "2024-12-31"),
        ("2023-07-01..2024-06-30", "2023-07-01", "2024-06-30"), ("2023..2024-06", "2023-01-01", "2024-06-30"),
        ("2024-03-05", "2024-03-05", "2024-03-05")
    ])
    func closedPeriods(text: String, start: String, end: String) throws {
        let p = try Period(text)
        #expect(p.start?.description == start && p.end?.description == end)
    }

    @Test func openEnds() throws {
        let before = try Period("..2023")
        #expect(before.start == nil && before.end == "2023-12-31")
        #expect(before.contains("1999-01-01") && !before.contains("2024-01-01"))
        let after = try Period("2024-Q3..")
        #expect(after.start == "2024-07-01" && after.end == nil)
    }

    @Test(arguments: ["", "24", "2024-13", "2024-Q5", "2024-02-30", "..", "2025..2024", "last year", "2024-3"])
    func malformedPeriods(text: String) {
        #expect(throws: PeriodError.self) { try Period(text) }
    }
}
