import Foundation
import Synchronization
import Testing
@testable import RelmapExtraction

/// Results come back in the order of the units, whatever order the workers finish in; the window
/// bounds what is in flight; a throwing delivery stops the stream.
@Suite struct OrderedPipelineTests {
    /// Work that takes longer for some units than for others, so that workers finish out of order.
    static func uneven(_ w: Int, _ unit: Int) -> (unit: Int, worker: Int) {
        if unit % 7 == 0 { usleep(2000) } else if unit % 3 == 0 { usleep(300) }
        return (unit, w)
    }

    @Test(arguments: [(1, 1), (2, 1), (2, 3), (4, 16), (3, 1000)])
    func resultsComeBackInOrder(workers: Int, window: Int) {
        let pipeline = OrderedPipeline<Int, (unit: Int, worker: Int)>(workers: workers, window: window, work: Self.uneven)
        var got: [Int] = []
        var workersSeen: Set<Int> = []
        for u in 0..<300 {
            pipeline.push(u) {
                got.append($0.unit); workersSeen.insert($0.worker)
            }
        }
        pipeline.finish {
            got.append($0.unit); workersSeen.insert($0.worker)
        }
        #expect(got == Array(0..<300))
        #expect(workersSeen.isSubset(of: Set(0..<workers)))
        if workers > 1 && window > 8 { #expect(workersSeen.count > 1) }
    }

    @Test func threadsTheSystemRefusesLeaveTheWorkToTheCaller() {
        // Every thread refused: the calling thread works every unit, in order, and the run ends.
        let none = OrderedPipeline<Int, (unit: Int, worker: Int)>(workers: 4, window: 16, spawn: { _, _ in false }, work: Self.uneven)
        #expect(none.startedThreads == 0)
        var got: [Int] = []
        for u in 0..<100 { none.push(u) { got.append($0.unit) } }
        none.finish { got.append($0.unit) }
        #expect(got == Array(0..<100))
        // One thread of three refused: the others share the work with the caller.
        let calls = Mutex(0)
        let some = OrderedPipeline<Int, (unit: Int, worker: Int)>(
            workers: 4, window: 16,
            spawn: { size, body in
                let n = calls.withLock { c -> Int in
                    c += 1; return c
                }
                return n == 2 ? false : PosixThread.start(stackSize: size, body)
            }, work: Self.uneven)
        #expect(some.startedThreads == 2)
        got = []
        for u in 0..<200 { some.push(u) { got.append($0.unit) } }
        some.finish { got.append($0.unit) }
        #expect(got == Array(0..<200))
    }

    @Test func theWindowBoundsWhatIsInFlight() {
        let window = 8
        let started = Atomic<Int>(0)
        let pipeline = OrderedPipeline<Int, Int>(workers: 2, window: window) { _, u in
            started.add(1, ordering: .relaxed)
            return u
        }
        var delivered = 0
        for u in 0..<200 {
            pipeline.push(u) { _ in delivered += 1 }
            // What was pushed and not yet handed back never exceeds the window.
            #expect(u + 1 - delivered <= window)
        }
        pipeline.finish { _ in delivered += 1 }
        #expect(delivered == 200)
        #expect(started.load(ordering: .relaxed) == 200)
    }

    @Test func anEmptyStreamFinishes() {
        let pipeline = OrderedPipeline<Int, Int>(workers: 3, window: 4) { _, u in u }
        var got: [Int] = []
        pipeline.finish { got.append($0) }
        #expect(got.isEmpty)
    }

    struct Stop: Error {}

    @Test func aThrowingDeliveryStopsTheStream() {
        let done = Atomic<Int>(0)
        let pipeline = OrderedPipeline<Int, Int>(workers: 2, window: 4) { _, u in
            done.add(1, ordering: .relaxed)
            return u
        }
        var got: [Int] = []
        func feed() throws {
            for u in 0..<1000 {
                try pipeline.push(u) { v in
                    if v == 10 { throw Stop() }
                    got.append(v)
                }
            }
            pipeline.finish { got.append($0) }
        }
        #expect(throws: Stop.self, performing: feed)
        pipeline.cancel()
        #expect(got == Array(0..<10))
        // The workers stopped near where the error was: no more than a window past it.
        #expect(done.load(ordering: .relaxed) <= 10 + 1 + 4)
    }
}
