#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Maps units of work to results on a fixed set of worker threads, and hands the results back on
/// the calling thread in the order the units came, however the workers finish.
///
/// The calling thread ``push(_:deliver:)``es units as it reads them; the workers start at once,
/// so reading and working overlap. At most `window` units are in flight (pushed, not yet handed
/// back): a push into a full window first hands back finished results, so memory stays bounded
/// however long the stream. ``finish(deliver:)`` hands back the rest and joins the workers;
/// ``cancel()`` stops them after the units they hold (call it when a delivery throws).
///
/// The calling thread is the last of the workers: whenever it would wait for a result, it works
/// a unit itself, so `workers` threads run in all (`workers - 1` are started). Each worker is told
/// its number, so that it can keep state of its own (memo tables) that no other thread touches.
/// Locks are taken once per unit, and the calling thread is woken for a run of finished results
/// rather than for each one.
///
/// Every pipeline ends with ``finish(deliver:)`` or ``cancel()``: until then its workers wait for
/// units, and keep it alive.
///
/// Units and results cross threads, so both are `Sendable`. The pipeline itself is
/// `@unchecked Sendable` because its workers share it: every mutable stored property (the counters,
/// flags, `done`, and the slots of `units` and `outputs`) is read and written only with `mutex`
/// held, except a slot's unit or result while it is owned by one worker between taking and
/// finishing it, which no other thread touches.
final class OrderedPipeline<Unit: Sendable, Output: Sendable>: @unchecked Sendable {
    /// Worker threads.
    let workers: Int
    private let window: Int
    private let work: @Sendable (Int, Unit) -> Output
    /// Results handed back per wake-up of the calling thread, at most.
    private let wakeBatch: Int

    // All state below is read and written under `mutex`.
    /// Ring buffers of `window` slots: a unit's slot holds it from push until a worker takes it,
    /// its result from the worker's end until it is handed back (`done` says which hold one).
    private let units: UnsafeMutableBufferPointer<Unit>
    private let outputs: UnsafeMutableBufferPointer<Output>
    private var done: [Bool]
    /// Units pushed, handed to workers, finished in an unbroken run from the first, handed back.
    private var produced = 0, taken = 0, ready = 0, delivered = 0
    private var closed = false, cancelled = false
    private var idleWorkers = 0, running = 0
    private var callerWaiting = false

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// Signalled when a unit is pushed or the stream ends (workers wait on it).
    private let unitsReady = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    /// Signalled when results are ready or the last worker leaves (the calling thread waits on it).
    private let resultsReady = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    /// Starts `workers - 1` threads that run `work(worker, unit)` (the calling thread is the last
    /// worker), with at most `window` units in flight. A thread the system refuses to start (a
    /// process limit) is left out: the calling thread works its share, so the run is slower, never stuck.
    convenience init(workers: Int, window: Int, work: @escaping @Sendable (Int, Unit) -> Output) {
        self.init(workers: workers, window: window, spawn: PosixThread.start, work: work)
    }

    /// As ``init(workers:window:work:)``, starting threads with `spawn` (which returns whether the
    /// thread started): tests pass one that fails.
    init(
        workers: Int, window: Int, spawn: (_ stackSize: Int, _ body: @escaping @Sendable () -> Void) -> Bool,
        work: @escaping @Sendable (Int, Unit) -> Output
    ) {
        self.workers = max(1, workers)
        self.window = max(1, window)
        self.work = work
        wakeBatch = max(1, self.window / 4)
        units = .allocate(capacity: self.window)
        outputs = .allocate(capacity: self.window)
        done = Array(repeating: false, count: self.window)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(unitsReady, nil)
        pthread_cond_init(resultsReady, nil)
        // The calling thread is the last worker: it takes units itself whenever it would otherwise
        // wait for a result, so that no more threads run than there are workers.
        running = self.workers - 1
        var started = 0
        for w in 0..<(self.workers - 1) where spawn(8 << 20, { [self] in self.workerLoop(w) }) { started += 1 }
        if started < self.workers - 1 {
            pthread_mutex_lock(mutex)
            running -= self.workers - 1 - started
            pthread_mutex_unlock(mutex)
        }
        startedThreads = started
    }

    /// Threads started besides the calling one.
    private(set) var startedThreads = 0

    deinit {
        // What a cancelled run left: units pushed and not taken, results not handed back.
        for i in taken..<produced { units.deinitializeElement(at: i % window) }
        for slot in done.indices where done[slot] { outputs.deinitializeElement(at: slot) }
        units.deallocate()
        outputs.deallocate()
        pthread_cond_destroy(unitsReady)
        pthread_cond_destroy(resultsReady)
        pthread_mutex_destroy(mutex)
        unitsReady.deallocate()
        resultsReady.deallocate()
        mutex.deallocate()
    }

    /// Adds `unit` to the stream; while the window is full, hands finished results to `deliver`
    /// in order. An error `deliver` throws leaves at once (then ``cancel()``).
    func push(_ unit: Unit, deliver: (Output) throws -> Void) rethrows {
        pthread_mutex_lock(mutex)
        while produced - delivered >= window {
            pthread_mutex_unlock(mutex)
            try deliverReady(deliver)
            pthread_mutex_lock(mutex)
        }
        units.initializeElement(at: produced % window, to: unit)
        produced += 1
        if idleWorkers > 0 { pthread_cond_signal(unitsReady) }
        pthread_mutex_unlock(mutex)
    }

    /// Ends the stream: hands every remaining result to `deliver` in order, then waits for the
    /// workers to leave. An error `deliver` throws leaves at once (then ``cancel()``).
    func finish(deliver: (Output) throws -> Void) rethrows {
        pthread_mutex_lock(mutex)
        closed = true
        pthread_cond_broadcast(unitsReady)
        pthread_mutex_unlock(mutex)
        while true {
            pthread_mutex_lock(mutex)
            let rest = produced - delivered
            pthread_mutex_unlock(mutex)
            if rest == 0 { break }
            try deliverReady(deliver)
        }
        join()
    }

    /// Stops the workers once the units they hold are done, drops what is not handed back, and
    /// waits for them to leave.
    func cancel() {
        pthread_mutex_lock(mutex)
        cancelled = true
        closed = true
        pthread_cond_broadcast(unitsReady)
        pthread_mutex_unlock(mutex)
        join()
    }

    /// Waits for every worker to leave.
    private func join() {
        pthread_mutex_lock(mutex)
        while running > 0 { pthread_cond_wait(resultsReady, mutex) }
        pthread_mutex_unlock(mutex)
    }

    /// Waits for at least one result in order, then hands every result ready to `deliver`.
    private func deliverReady(_ deliver: (Output) throws -> Void) rethrows {
        pthread_mutex_lock(mutex)
        while ready == delivered {
            if taken < produced {
                // Nothing to hand back yet: work a unit here rather than wait.
                let i = taken
                taken += 1
                let unit = units.moveElement(from: i % window)
                pthread_mutex_unlock(mutex)
                let output = work(workers - 1, unit)
                pthread_mutex_lock(mutex)
                finished(i, output)
                continue
            }
            callerWaiting = true
            pthread_cond_wait(resultsReady, mutex)
            callerWaiting = false
        }
        var batch: [Output] = []
        batch.reserveCapacity(ready - delivered)
        while delivered < ready {
            let slot = delivered % window
            batch.append(outputs.moveElement(from: slot))
            done[slot] = false
            delivered += 1
        }
        pthread_mutex_unlock(mutex)
        for output in batch { try deliver(output) }
    }

    /// Stores the result of unit `i` (under `mutex`) and extends the run of results ready.
    private func finished(_ i: Int, _ output: Output) {
        outputs.initializeElement(at: i % window, to: output)
        done[i % window] = true
        while ready < taken && done[ready % window] { ready += 1 }
    }

    private func workerLoop(_ w: Int) {
        var finished: (index: Int, output: Output)?
        pthread_mutex_lock(mutex)
        while true {
            if let (i, output) = finished {
                finished = nil
                self.finished(i, output)
                if callerWaiting && (ready - delivered >= wakeBatch || ready == produced) {
                    pthread_cond_signal(resultsReady)
                }
            }
            while taken == produced && !closed {
                idleWorkers += 1
                pthread_cond_wait(unitsReady, mutex)
                idleWorkers -= 1
            }
            if cancelled || taken == produced { break }
            let i = taken
            taken += 1
            let unit = units.moveElement(from: i % window)
            pthread_mutex_unlock(mutex)
            finished = (i, work(w, unit))
            pthread_mutex_lock(mutex)
        }
        running -= 1
        if running == 0 { pthread_cond_broadcast(resultsReady) }
        pthread_mutex_unlock(mutex)
    }
}
