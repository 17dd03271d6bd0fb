import Testing
@testable import RelmapCorpus

@Suite struct TextDateTests {
    @Test(arguments: [
        ("31 Juli 2023\nSEOUL – Korea Utara meningkatkan upaya ...", "2023-07-31"),
        ("#Fokus Sepekan l 2020-05-21\n\nDi tengah kebuntuan ...", "2020-05-21"),
        ("WASHINGTON, July 31, 2023 — The White House said ...", "2023-07-31"),
        ("Jakarta, 5 Desember 2019. Pemerintah ...", "2019-12-05"),
        ("LONDON, 16 Feb 2022 (Reuters) - Britain ...", "2022-02-16")
    ])
    func explicitDates(text: String, expected: String) {
        #expect(TextDate.find(in: text)?.description == expected)
    }

    @Test func dayMonthTakesTheYearThatFitsTheWeekday() {
        // 16 July falls on a Tuesday in 2024 (and not in 2023 or 2025).
        let text = "Seorang diplomat membelot, demikian ungkap badan intelijen pada hari Selasa (16/07). Sejak 2017 ... pada 2023 ... tahun 2025 nanti."
        #expect(TextDate.find(in: text) == "2024-07-16")
    }

    @Test func dayMonthWithoutWeekdayTakesTheLatestYearNamed() {
        #expect(TextDate.find(in: "Pada (20/10), Seoul memanggil duta besar. Perjanjian ditandatangani Juni 2024.") == "2024-10-20")
        // The weekday wins over a year named only elsewhere: 20 October is a Monday in 2025, not 2024.
        #expect(TextDate.find(in: "Pada Senin (20/10), Seoul memanggil duta besar. Perjanjian ditandatangani Juni 2024.") == "2025-10-20")
        // A weekday that fits no year near the ones named falls back to the latest year named.
        #expect(TextDate.find(in: "Pada Senin (16/07), mereka bertemu. Sejak 2021 ...") == "2021-07-16")
    }

    @Test func ambiguousOrMissing() {
        #expect(TextDate.find(in: "Pada 16/07 para diplomat bertemu.") == nil, "no year anywhere: no date")
        #expect(TextDate.find(in: "Rusia dan Korea Utara menandatangani perjanjian.") == nil)
        #expect(TextDate.find(in: "Skor 31/45 tidak berarti apa-apa pada 2020.") == nil, "31/45 is no day and month")
    }

    @Test func weekdays() {
        #expect(TextDate.weekday(2024, 7, 16) == 3)  // Tuesday
        #expect(TextDate.weekday(2024, 10, 21) == 2)  // Monday
        #expect(TextDate.weekday(2000, 1, 1) == 7)  // Saturday
    }

    @Test func articlesWithoutMetadataTakeTheirTextDate() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        write("Judul\n\n31 Juli 2023\nKorea Utara ...\n", dir + "/a.txt")
        write("Judul\n\nTanpa tanggal.\n", dir + "/b.txt")
        let articles = try Corpus(paths: [dir]).articles()
        #expect(articles.first { $0.id == "a" }?.date == "2023-07-31")
        #expect(articles.first { $0.id == "a" }?.dateOrigin == .text)
        #expect(articles.first { $0.id == "b" }?.date == nil)
    }
}
