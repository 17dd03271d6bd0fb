import RelmapCorpus

/// Days written as literals in tests, `"2024-03-05"`; a literal that is not a day stops the run.
extension Day: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) { self = Day(text) ?? { fatalError("not a day: \(text)") }() }
}
