import Foundation
import Testing
@testable import RelmapCorpus

@Suite struct DayTests {
    @Test(arguments: ["2024-07-16", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "0000-01-01"])
    func aDayPrintsAsItIsWritten(text: String) throws {
        let day = try #require(Day(text))
        #expect(day.description == text && Day(day.description) == day)
    }

    @Test(arguments: [
        "2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-07-00", "2024-7-16", "2024-07-1",
        "2024/07/16", "16/07/2024", "2024", "2024-03", "2024-Q1", "", " 2024-07-16", "2024-07-16T08:00:00Z", "2024-07-16 ",
        "+024-07-16", "２０２４-07-16", "-001-01-01"
    ])
    func whatIsNotExactlyADayIsRejected(text: String) {
        #expect(Day(text) == nil)
    }

    /// ISO 8601 dates and date-times give their day, with spaces or tabs before them.
    @Test(arguments: [
        ("2024-07-16", "2024-07-16"), ("2024-07-16T08:00:00Z", "2024-07-16"), ("2023-02-29", nil), ("16/07/2024", nil),
        ("2024-13-01", nil), (" 2024-07-16", "2024-07-16"), ("\t2024-07-16", "2024-07-16"), ("2024-7-16", nil),
        ("2024-07-1", nil), ("2024/07/16", nil), ("2024", nil), ("", nil)
    ])
    func theStartOfADateTime(input: String, expected: String?) {
        #expect(Day(startOf: input)?.description == expected)
    }

    @Test func partsAreValidated() {
        #expect(Day(year: 2024, month: 2, day: 29)?.description == "2024-02-29")
        #expect(Day(year: 2023, month: 2, day: 29) == nil && Day(year: 2024, month: 13, day: 1) == nil && Day(year: 10_000, month: 1, day: 1) == nil)
        #expect(Day(year: -1, month: 1, day: 1) == nil && Day(year: 2024, month: 6, day: 31) == nil)
        #expect(Day.last(ofMonth: 2, year: 2024)?.description == "2024-02-29" && Day.last(ofMonth: 2, year: 2100)?.description == "2100-02-28")
        #expect(Day.first(ofYear: 2023)?.description == "2023-01-01" && Day.last(ofYear: 2023)?.description == "2023-12-31")
        #expect(Day.last(ofMonth: 13, year: 2024) == nil)
    }

    /// Days order as time does, which is also the order of their text.
    @Test func daysOrderInTime() throws {
        let texts = ["0999-12-31", "2023-12-31", "2024-01-01", "2024-01-02", "2024-02-01", "2024-10-01", "2025-01-01"]
        let days = try texts.map { try #require(Day($0)) }
        #expect(days == days.sorted() && days.map(\.description) == texts.sorted())
        #expect(days[1] < days[2] && !(days[2] < days[2]) && days[2] <= days[2])
        #expect(Set(days + days).count == days.count)
    }

    @Test func codableAsItsText() throws {
        let day: Day = "2024-03-05"
        let json = try JSONEncoder().encode([day])
        #expect(String(decoding: json, as: UTF8.self) == #"["2024-03-05"]"#)
        #expect(try JSONDecoder().decode([Day].self, from: json) == [day])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Day].self, from: Data(#"["2024-02-30"]"#.utf8)) }
    }
}
