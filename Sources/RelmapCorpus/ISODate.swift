/// Calendar dates as relmap keeps them: `YYYY-MM-DD` strings, which sort in time order.
public enum ISODate {
    /// `value` reduced to `YYYY-MM-DD` when it starts with a valid ISO 8601 date
    /// (`2024-07-16`, `2024-07-16T08:00:00Z`), otherwise nil.
    public static func normalise(_ value: String) -> String? {
        // Spaces and tabs around the date are allowed; no Foundation call for a check this small.
        let bytes = Array(value.utf8.drop { $0 == 0x20 || $0 == 0x09 }.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for b in bytes[range] {
                guard b >= 48, b <= 57 else { return nil }
                n = n * 10 + Int(b - 48)
            }
            return n
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              isValid(year: year, month: month, day: day) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
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

import Foundation
