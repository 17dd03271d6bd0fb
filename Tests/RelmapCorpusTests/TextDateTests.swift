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

    /// The reading of 2026-12 (before words were split off as needed), kept to hold the faster
    /// one to the same answers.
    static func earlierFind(in text: String) -> Day? {
        let opening = String(text.prefix(1500))
        let words = opening.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "/" || $0 == "'") })
            .map { String($0) }
        var years: [Int] = []
        var digits = ""
        for c in text.unicodeScalars {
            if c.value >= 48 && c.value <= 57 { digits.unicodeScalars.append(c); continue }
            if digits.count == 4, let y = Int(digits), (1900...2100).contains(y) { years.append(y) }
            digits = ""
        }
        if digits.count == 4, let y = Int(digits), (1900...2100).contains(y) { years.append(y) }
        for (i, w) in words.enumerated() {
            let lower = w.lowercased()
            if let iso = Day(w) { return iso }
            if let day = Int(w), (1...31).contains(day), i + 2 < words.count, let month = TextDate.months[words[i + 1].lowercased()],
                let year = Int(words[i + 2]), words[i + 2].count == 4, let found = Day(year: year, month: month, day: day)
            {
                return found
            }
            if let month = TextDate.months[lower], lower.count >= 3, i + 2 < words.count, let day = Int(words[i + 1]), (1...31).contains(day),
                let year = Int(words[i + 2]), words[i + 2].count == 4, let found = Day(year: year, month: month, day: day)
            {
                return found
            }
            let parts = w.split(separator: "/")
            if parts.count == 2, let day = Int(parts[0]), let month = Int(parts[1]), parts[0].count <= 2, parts[1].count <= 2,
                (1...31).contains(day), (1...12).contains(month)
            {
                let weekday = i > 0 ? TextDate.weekdays[words[i - 1].lowercased()] : nil
                if let year = TextDate.inferYear(day: day, month: month, weekday: weekday, years: years), let found = Day(year: year, month: month, day: day) {
                    return found
                }
            }
        }
        return nil
    }

    /// Texts of words, dates in every form, weekdays, years, non-ASCII letters and marks, CR LF
    /// and punctuation, some with the date across the 1,500th character: the same day as the
    /// earlier reading, every one.
    @Test func theSameDayAsTheEarlierReading() {
        let pieces = [
            "Korea", "Utara", "mengecam", "JAKARTA", "-", "—", "\u{201C}kata\u{201D}", "l'\u{E9}t\u{E9}", "e\u{301}", "\u{130}stanbul",
            "Jum'at", "Senin", "(20/10)", "16/07", "31/45", "1/2/3", "31", "Juli", "July", "Jul.", "2023", "1899", "20245", "2024-06-19",
            "2024-13-40", "Des", "5", ",", ".", "\r\n", "\n\n", "\u{1F1EE}\u{1F1E9}", "١٢", "x/y", "'", "-5", "+5", "0/0", "OKT", "\u{212A}"
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for round in 0..<400 {
            // Some texts run long with the date near character 1,500.
            let filler = round % 4 == 0 ? String(repeating: "kata ", count: 295 + random(10)) : ""
            var text = filler
            for _ in 0..<(3 + random(14)) {
                text += pieces[random(pieces.count)]
                text += random(3) == 0 ? "" : " "
            }
            #expect(TextDate.find(in: text) == Self.earlierFind(in: text), "\(text.suffix(200).debugDescription)")
        }
    }
}
