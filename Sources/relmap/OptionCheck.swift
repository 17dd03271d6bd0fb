import ArgumentParser

/// Checks of numeric option values, each failing with a one-line message that names the option
/// and the value given.
enum OptionCheck {
    /// `value`, when given, is `minimum` or more.
    static func count(_ value: Int?, _ name: String, atLeast minimum: Int = 0, meaning: String? = nil) throws {
        guard let value, value < minimum else { return }
        let what = meaning.map { " (\($0))" } ?? ""
        throw ValidationError("\(name) must be \(minimum)\(what) or more, not \(value)")
    }

    /// `value` is a finite number, at least `minimum` or above `exclusiveMinimum` when given.
    static func number(_ value: Double, _ name: String, atLeast minimum: Double? = nil, above exclusiveMinimum: Double? = nil) throws {
        guard value.isFinite else { throw ValidationError("\(name) must be a finite number, not \(value)") }
        if let minimum, value < minimum { throw ValidationError("\(name) must be \(minimum) or more, not \(value)") }
        if let exclusiveMinimum, value <= exclusiveMinimum {
            throw ValidationError("\(name) must be more than \(exclusiveMinimum), not \(value)")
        }
    }
}
