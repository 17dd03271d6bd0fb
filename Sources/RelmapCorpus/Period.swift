import Foundation

/// A span of days, inclusive at both ends, either end open: `2024`, `2024-03`, `2024-Q2`,
/// `2023-07-01..2024-06-30`, `..2023`, `2023..`, `2023..2024-06`.
public struct Period: Sendable, Hashable, CustomStringConvertible {
    /// First day, or nil for an open start.
    public var start: Day?
    /// Last day, or nil for an open end.
    public var end: Day?
    /// The period as written.
    public var text: String

    /// Parses a period; throws a ``PeriodError`` that says the accepted forms.
    public init(_ text: String) throws(PeriodError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        self.text = trimmed
        if let range = trimmed.range(of: "..") {
            let left = String(trimmed[..<range.lowerBound]), right = String(trimmed[range.upperBound...])
            guard !(left.isEmpty && right.isEmpty) else { throw PeriodError(text: text) }
            start = left.isEmpty ? nil : try Self.span(left, text).0
            end = right.isEmpty ? nil : try Self.span(right, text).1
        } else {
            (start, end) = try Self.span(trimmed, text)
        }
        if let s = start, let e = end, s > e { throw PeriodError(text: text, reason: "it ends before it starts") }
    }

    /// Whether `date` lies in the period.
    public func contains(_ date: Day) -> Bool {
        if let start, date < start { return false }
        if let end, date > end { return false }
        return true
    }

    public var description: String { text }

    /// First and last day of a single form: a year, a month, a quarter or a day.
    static func span(_ s: String, _ whole: String) throws(PeriodError) -> (Day, Day) {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = Int(parts[0]), parts[0].count == 4 else { throw PeriodError(text: whole) }
        func months(_ first: Int, _ last: Int) throws(PeriodError) -> (Day, Day) {
            guard let start = Day(year: year, month: first, day: 1), let end = Day.last(ofMonth: last, year: year) else {
                throw PeriodError(text: whole)
            }
            return (start, end)
        }
        switch parts.count {
        case 1:
            return try months(1, 12)
        case 2:
            if parts[1].uppercased().hasPrefix("Q"), let q = Int(parts[1].dropFirst()), (1...4).contains(q) {
                return try months((q - 1) * 3 + 1, (q - 1) * 3 + 3)
            }
            guard let month = Int(parts[1]), parts[1].count == 2, (1...12).contains(month) else { throw PeriodError(text: whole) }
            return try months(month, month)
        case 3:
            guard let day = Day(startOf: s) else { throw PeriodError(text: whole) }
            return (day, day)
        default:
            throw PeriodError(text: whole)
        }
    }
}
