/// A calendar day of the proleptic Gregorian calendar, years 0 to 9999: what relmap's dates are
/// (articles, relations, edges' first and last dates, filters and periods).
///
/// Written and read as `YYYY-MM-DD`; days compare in time order. Only real days exist:
/// `2023-02-29` and `2024-13-01` are not days.
public struct Day: Comparable, Hashable, Sendable, Codable, CustomStringConvertible, LosslessStringConvertible {
    /// The year, 0...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31.
    public let day: Int

    /// The day, when it exists (years 0 to 9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (0...9999).contains(year), (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day written `text`, exactly `YYYY-MM-DD`; nil for anything else.
    public init?(_ text: String) {
        guard text.utf8.count == 10, let day = Self.leading(text) else { return nil }
        self = day
    }

    /// The day an ISO 8601 date or date-time starts with, spaces and tabs before it allowed
    /// (`2024-07-16`, ` 2024-07-16T08:00:00Z`); nil when it does not start with a day.
    public init?(startOf text: String) {
        guard let day = Self.leading(text) else { return nil }
        self = day
    }

    /// The first day of `year`.
    public static func first(ofYear year: Int) -> Day? { Day(year: year, month: 1, day: 1) }

    /// The last day of `year`.
    public static func last(ofYear year: Int) -> Day? { Day(year: year, month: 12, day: 31) }

    /// The last day of `month` of `year`.
    public static func last(ofMonth month: Int, year: Int) -> Day? {
        guard (1...12).contains(month) else { return nil }
        return Day(year: year, month: month, day: days(inMonth: month, of: year))
    }

    /// How many days `month` (1...12) of `year` has.
    public static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        for (value, width) in [(year, 4), (month, 2), (day, 2)] {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
            var divisor = width == 4 ? 1000 : 10
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `a` comes before `b`.
    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Reads `YYYY-MM-DD` from a string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a day (YYYY-MM-DD)")
        }
        self = day
    }

    /// Writes `YYYY-MM-DD` as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The day the first ten bytes of `text` (after spaces and tabs) write, if they do.
    private static func leading(_ text: String) -> Day? {
        // No Foundation call for a check this small.
        var year = 0, month = 0, day = 0, count = 0
        for b in text.utf8 {
            if count == 0, b == 0x20 || b == 0x09 { continue }
            guard count < 10 else { break }
            switch count {
            case 4, 7: guard b == UInt8(ascii: "-") else { return nil }
            default:
                guard b >= 48, b <= 57 else { return nil }
                let d = Int(b - 48)
                if count < 4 { year = year * 10 + d } else if count < 7 { month = month * 10 + d } else { day = day * 10 + d }
            }
            count += 1
        }
        guard count == 10 else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
