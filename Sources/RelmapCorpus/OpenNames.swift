/// A value named by a string from an open set: relmap knows some names (``allCases``), and a file
/// may hold others, which are kept as written. ``Polarity`` and ``ActorKind`` are such sets.
public protocol OpenNames: RawRepresentable, CaseIterable, Hashable, Sendable, CustomStringConvertible
where RawValue == String, AllCases == [Self] {
    /// The value named `rawValue`, known or not.
    init(rawValue: String)
}

extension OpenNames {
    /// The known value named `name`, or nil for another name.
    public init?(known name: String) {
        guard let value = Self.allCases.first(where: { $0.rawValue == name }) else { return nil }
        self = value
    }

    /// Whether this is one of the known values.
    public var isKnown: Bool { Self.allCases.contains(self) }

    /// The name.
    public var description: String { rawValue }
}
