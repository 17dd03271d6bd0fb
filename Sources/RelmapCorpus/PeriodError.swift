/// A period that cannot be read, with the forms that can.
public struct PeriodError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text given.
    public var text: String
    /// What is wrong.
    public var reason: String = "use 2024, 2024-03, 2024-Q2, 2023-07-01..2024-06-30, or an open end like ..2023 or 2023.."

    /// One line: the text and what is wrong with it.
    public var description: String { "'\(text)' is not a period: \(reason)" }
}
