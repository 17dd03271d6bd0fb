import Foundation

/// A number a graph file holds (an edge's weight, mentions, articles, confidence), checked the
/// same way by every reader: written in decimal, finite, of the right kind (a whole number where
/// one is counted) and in range. Anything else is a ``GraphError`` naming the file, the line when
/// there is one, the field and the edge; never a trap, never a value wrapped or replaced.
public struct NumberField: Sendable {
    /// The field's name, as files call it.
    public var name: String
    /// The values allowed.
    public var range: ClosedRange<Double>
    /// Whether the value counts something (a whole number).
    public var integer: Bool

    /// The largest weight read: weights count mentions or articles, and up to 10^15 they add up
    /// over any graph without leaving the range where a Double holds whole numbers exactly enough
    /// and far from infinity.
    public static let maxWeight = 1e15

    /// The largest count read (mentions, articles): sums of counts stay far from `Int.max`.
    public static let maxCount = Int(Int32.max)

    /// An edge's weight: 0 to ``maxWeight``.
    public static let weight = NumberField(name: "weight", range: 0...maxWeight, integer: false)
    /// How many sentences state an edge.
    public static let mentions = NumberField(name: "mentions", range: 0...Double(maxCount), integer: true)
    /// How many articles state an edge.
    public static let articles = NumberField(name: "articles", range: 0...Double(maxCount), integer: true)
    /// An edge's confidence, 0 to 1.
    public static let confidence = NumberField(name: "confidence", range: 0...1, integer: false)
    /// How many of an edge's mentions the graph JSON counts without listing their sentence.
    public static let evidenceOmitted = NumberField(name: "evidence_omitted", range: 0...Double(maxCount), integer: true)
    /// A sentence index in evidence.
    public static let sentence = NumberField(name: "sentence", range: 0...Double(maxCount), integer: true)

    /// Creates a field.
    public init(name: String, range: ClosedRange<Double>, integer: Bool) {
        self.name = name
        self.range = range
        self.integer = integer
    }

    /// The value of `text` (surrounding spaces allowed), written for `owner` (e.g. "edge A -> B").
    public func value(_ text: String, of owner: @autoclosure () -> String, path: String, line: Int? = nil) throws(GraphError) -> Double {
        let t = Self.trimmed(text)
        // Decimal only: Swift's Double also reads "nan", "inf" and hexadecimal.
        guard !t.isEmpty, t.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2B || $0 == 0x2D || $0 == 0x65 || $0 == 0x45 }),
            let v = Double(t)
        else {
            throw GraphError(path: path, line: line, reason: "\(name) \"\(Self.shown(text))\" of \(owner()) is not a number\(hint)")
        }
        return try value(v, written: t, of: owner(), path: path, line: line)
    }

    /// `v` checked, for readers that get numbers already parsed (JSON).
    public func value(_ v: Double, written: String? = nil, of owner: @autoclosure () -> String, path: String, line: Int? = nil) throws(GraphError) -> Double {
        let shown = written ?? "\(v)"
        guard v.isFinite, range.contains(v) else {
            throw GraphError(path: path, line: line, reason: "\(name) \(shown) of \(owner()) is out of range\(hint)")
        }
        guard !integer || v == v.rounded() else {
            throw GraphError(path: path, line: line, reason: "\(name) \(shown) of \(owner()) is not a whole number\(hint)")
        }
        return v == 0 ? 0 : v  // no -0
    }

    /// `text` without the spaces around it (as `trimmingCharacters(in: .whitespaces)`, which is
    /// slow, reserved for text that has any).
    static func trimmed(_ text: String) -> String {
        let u = text.utf8
        guard let f = u.first, let l = u.last else { return text }
        let plain = f > 0x20 && f < 0x80 && l > 0x20 && l < 0x80
        return plain ? text : text.trimmingCharacters(in: .whitespaces)
    }

    /// What the field takes, for messages.
    private var hint: String {
        let hi =
            range.upperBound == Self.maxWeight
            ? "10^15"
            : range.upperBound == Double(Self.maxCount)
                ? String(Self.maxCount)
                : JSONText.number(range.upperBound)
        return ": it must be \(integer ? "a whole number" : "a number") from \(JSONText.number(range.lowerBound)) to \(hi)"
    }

    /// `text` cut short and without line breaks, to quote in a one-line message.
    static func shown(_ text: String) -> String {
        let one = text.map { $0.isNewline ? " " : $0 }
        return one.count > 40 ? String(one.prefix(37)) + "..." : String(one)
    }
}
