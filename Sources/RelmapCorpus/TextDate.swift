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
        let opening = String(text.prefix(1500))
        let words = opening.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "/" || $0 == "'") })
            .map { String($0) }
        let years = yearsNamed(in: text)
        for (i, w) in words.enumerated() {
            let lower = w.lowercased()
            // 2020-05-21
            if let iso = Day(w) { return iso }
            // 31 Juli 2023 / 31 July 2023
            if let day = Int(w), (1...31).contains(day), i + 2 < words.count, let month = months[words[i + 1].lowercased()],
                let year = Int(words[i + 2]), words[i + 2].count == 4, let found = Day(year: year, month: month, day: day)
            {
                return found
            }
            // July 31, 2023
            if let month = months[lower], lower.count >= 3, i + 2 < words.count, let day = Int(words[i + 1]), (1...31).contains(day),
                let year = Int(words[i + 2]), words[i + 2].count == 4, let found = Day(year: year, month: month, day: day)
            {
                return found
            }
            // (20/10), 16/07: the year from the text, checked against a weekday just before.
            let parts = w.split(separator: "/")
            if parts.count == 2, let day = Int(parts[0]), let month = Int(parts[1]), parts[0].count <= 2, parts[1].count <= 2,
                (1...31).contains(day), (1...12).contains(month)
            {
                let weekday = i > 0 ? weekdays[words[i - 1].lowercased()] : nil
                if let year = inferYear(day: day, month: month, weekday: weekday, years: years), let found = Day(year: year, month: month, day: day) {
                    return found
                }
            }
        }
        return nil
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
        var digits = ""
        for c in text.unicodeScalars {
            if c.value >= 48 && c.value <= 57 { digits.unicodeScalars.append(c); continue }
            if digits.count == 4, let y = Int(digits), (1900...2100).contains(y) { out.append(y) }
            digits = ""
        }
        if digits.count == 4, let y = Int(digits), (1900...2100).contains(y) { out.append(y) }
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
