import Foundation

/// Per-worker result arrays, each written by one worker.
final class Accumulators: @unchecked Sendable {
    private var slots: [[Double]]
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ i: Int, _ v: [Double]) { lock.lock(); slots[i] = v; lock.unlock() }
    func get(_ i: Int) -> [Double] { slots[i] }
    private let lock = NSLock()
}
