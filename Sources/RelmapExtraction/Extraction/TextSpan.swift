/// A stretch of an article's text, as UTF-8 byte offsets (after Unicode NFC normalisation): from
/// `start` up to, not including, `end`.
public struct TextSpan: Sendable, Hashable {
    /// The first byte's offset.
    public var start: Int
    /// The offset just past the last byte.
    public var end: Int

    /// A span from `start` up to `end`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The offsets as a range.
    public var range: Range<Int> { start..<max(start, end) }
}
