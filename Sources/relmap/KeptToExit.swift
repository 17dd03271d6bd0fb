import Foundation

/// Values kept alive until the process exits, never torn down: a command's last use of a large
/// structure (the compiled lexicon's tables, the listing of a corpus of many thousand files) is
/// followed by the process's end, which frees its memory at once, so releasing it piece by piece
/// before would only cost time.
///
/// `@unchecked Sendable`: its one mutable property is read and written only with `lock` held.
final class KeptToExit: @unchecked Sendable {
    private static let shared = KeptToExit()
    private let lock = NSLock()
    private var kept: [Any] = []

    /// Keeps `value` until the process exits.
    static func keep(_ value: Any) {
        shared.lock.withLock { shared.kept.append(value) }
    }

    /// How many values are kept (tests look).
    static var count: Int { shared.lock.withLock { shared.kept.count } }
}
