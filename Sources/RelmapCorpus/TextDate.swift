import Foundation

/// Finds an article's date in its own text, for articles whose metadata gives none.
///
/// Forms, Indonesian and English: `2020-05-21`; `31 Juli 2023`, `31 July 2023`, `July 31, 2023`,
/// `Jul. 31, 2023`; and day/month without a year, `Senin (20/10)`, `16/07`, whose year comes from
/// the text. With a weekday, the year is one in which that day falls on it, from one year before
/// the latest year the article names to two after (news names past years more than its own):
/// a named year first, else the one closest to the latest named. Without a weekday, or when none
/// fits, it is the latest year named. Day/month is read
/// day first, as the Indonesian and British press write it. The first date in the opening lines
/// (dateline and first paragraph) wins.
public enum TextDate {
    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "february": 2, "pebruari": 2, "maret": 3, "mar": 3,
        "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7,
        "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8, "september": 9, "sep": 9, "sept": 9,
        "oktober": 10, "okt": 10, "october": 10, "oct": 10, "november": 11, "nov": 11, "nopember": 11,
        "desember": 12, "des": 12, "december": 12, "dec": 12
    ]
    /// Weekdays, 1 = Sunday as in the Gregorian calendar.
    static let weekdays: [String: Int] = [
        "minggu": 1, "ahad": 1, "sunday": 1, "senin": 2, "monday": 2, "selasa": 3, "tuesday": 3, "rabu": 4, "wednesday": 4,
        "kamis": 5, "thursday": 5, "jumat": 6, "jum'at": 6, "friday": 6, "sabtu": 7, "saturday": 7
    ]

    /// The day the opening of `text` states, or nil.
    public static func find(in text: String) -> Day? {
        // Words are split off as they are needed, and the years named only for a day/month:
        // the date is most often among the first words.
        var words = OpeningWords(text)
        var years: [Int]?
        var i = 0
        while let w = words[i] {
            let lower = w.lowercased()
            // 2020-05-21
            if let iso = Day(w) { return iso }
            // 31 Juli 2023 / 31 July 2023
            if let day = Int(w), (1...31).contains(day), let next = words[i + 1], let last = words[i + 2], let month = months[next.lowercased()],
                let year = Int(last), last.count == 4, let found = Day(year: year, month: month, day: day)
            {
                return found
            }
            // July 31, 2023
            if let month = months[lower], lower.count >= 3, let next = words[i + 1], let last = words[i + 2], let day = Int(next), (1...31).contains(day),
                let year = Int(last), last.count == 4, let found = Day(year: year, month: month, day: day)
            {
                return found
            }
            // (20/10), 16/07: the year from the text, checked against a weekday just before.
            let parts = w.utf8.contains(UInt8(ascii: "/")) ? w.split(separator: "/") : []
            if parts.count == 2, let day = Int(parts[0]), let month = Int(parts[1]), parts[0].count <= 2, parts[1].count <= 2,
                (1...31).contains(day), (1...12).contains(month)
            {
                let weekday = i > 0 ? words[i - 1].flatMap { weekdays[$0.lowercased()] } : nil
                if years == nil { years = yearsNamed(in: text) }
                if let year = inferYear(day: day, month: month, weekday: weekday, years: years ?? []), let found = Day(year: year, month: month, day: day) {
                    return found
                }
            }
            i += 1
        }
        return nil
    }

    /// The words of the first 1,500 characters of a text, split off as they are asked for: runs
    /// of letters, digits, `-`, `/` and `'`.
    struct OpeningWords {
        private let text: String
        private var index: String.Index
        private var characters = 0
        private var words: [String] = []
        private static let limit = 1500

        init(_ text: String) {
            self.text = text
            index = text.startIndex
        }

        /// Word `i`, or nil when the opening has fewer words.
        subscript(i: Int) -> String? {
            mutating get {
                while words.count <= i, let w = nextWord() { words.append(w) }
                return i < words.count ? words[i] : nil
            }
        }

        private static func isWordCharacter(_ c: Character) -> Bool {
            // ASCII told apart without Unicode's tables (CR LF, one character, is no letter either).
            if let a = c.asciiValue {
                return (a >= 0x61 && a <= 0x7A) || (a >= 0x41 && a <= 0x5A) || (a >= 0x30 && a <= 0x39) || a == 0x2D || a == 0x2F || a == 0x27
            }
            return c.isLetter || c.isNumber
        }

        private mutating func nextWord() -> String? {
            let end = text.endIndex
            // Skip separators.
            while index < end, characters < Self.limit, !Self.isWordCharacter(text[index]) {
                index = text.index(after: index)
                characters += 1
            }
            guard index < end, characters < Self.limit else { return nil }
            let start = index
            while index < end, characters < Self.limit, Self.isWordCharacter(text[index]) {
                index = text.index(after: index)
                characters += 1
            }
            return String(text[start..<index])
        }
    }

    /// The year of a day/month: the latest candidate year whose calendar puts it on `weekday`,
    /// else the latest year named; nil when the text names no year.
    static func inferYear(day: Int, month: Int, weekday: Int?, years: [Int]) -> Int? {
        guard let latest = years.max() else { return nil }
        if let weekday {
            let fits = ((latest - 1)...(latest + 2)).filter {
                Day(year: $0, month: month, day: day) != nil && Self.weekday($0, month, day) == weekday
            }
            if let named = fits.filter(years.contains).max() { return named }
            if let near = fits.min(by: { (abs($0 - latest), -$0) < (abs($1 - latest), -$1) }) { return near }
        }
        return Day(year: latest, month: month, day: day) != nil ? latest : nil
    }

    /// Four-digit years from 1900 to 2100 that the text names.
    static func yearsNamed(in text: String) -> [Int] {
        var out: [Int] = []
        var digits = 0, value = 0
        // Digits are ASCII; every byte of a non-ASCII character is 0x80 or more, no digit.
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                digits += 1
                if digits <= 4 { value = value * 10 + Int(b - 0x30) }
                continue
            }
            if digits == 4, (1900...2100).contains(value) { out.append(value) }
            digits = 0
            value = 0
        }
        if digits == 4, (1900...2100).contains(value) { out.append(value) }
        return out
    }

    /// Day of the week, 1 = Sunday (Zeller's congruence).
    static func weekday(_ year: Int, _ month: Int, _ day: Int) -> Int {
        var y = year, m = month
        if m < 3 { m += 12; y -= 1 }
        let k = y % 100, j = y / 100
        let h = (day + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7  // 0 = Saturday
        return (h + 6) % 7 + 1
    }
}
