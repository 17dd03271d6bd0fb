import Foundation

/// Per-worker result arrays, each written by one worker.
///
/// `@unchecked Sendable`: the workers share it, and `slots` is read and written only with `lock`
/// held (each worker sets its own slot once; the caller reads them after the workers are done).
final class Accumulators: @unchecked Sendable {
    private var slots: [[Double]]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ i: Int, _ v: [Double]) { lock.withLock { slots[i] = v } }
    func get(_ i: Int) -> [Double] { lock.withLock { slots[i] } }
}
