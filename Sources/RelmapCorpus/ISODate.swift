import Foundation

/// Calendar dates as relmap keeps them: `YYYY-MM-DD` strings, which sort in time order.
public enum ISODate {
    /// `value` reduced to `YYYY-MM-DD` when it starts with a valid ISO 8601 date
    /// (`2024-07-16`, `2024-07-16T08:00:00Z`), otherwise nil.
    public static func normalise(_ value: String) -> String? {
        // Spaces and tabs around the date are allowed; no Foundation call for a check this small.
        var year = 0, month = 0, day = 0, count = 0, valid = true
        for b in value.utf8 {
            if count == 0, b == 0x20 || b == 0x09 { continue }
            guard count < 10 else { break }
            switch count {
            case 4, 7: valid = valid && b == UInt8(ascii: "-")
            default:
                guard b >= 48, b <= 57 else { valid = false; break }
                let d = Int(b - 48)
                if count < 4 { year = year * 10 + d } else if count < 7 { month = month * 10 + d } else { day = day * 10 + d }
            }
            count += 1
        }
        guard valid, count == 10, isValid(year: year, month: month, day: day) else { return nil }
        // A date already in its form is returned as it is: no new string.
        if value.utf8.count == 10 { return value }
        return String(value.utf8.drop { $0 == 0x20 || $0 == 0x09 }.prefix(10))
    }

    /// Whether the day exists in the proleptic Gregorian calendar.
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        switch month {
        case 2: return day <= (leap ? 29 : 28)
        case 4, 6, 9, 11: return day <= 30
        default: return day <= 31
        }
    }

    /// `YYYY-MM-DD` for the given parts.
    public static func format(year: Int, month: Int, day: Int) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
