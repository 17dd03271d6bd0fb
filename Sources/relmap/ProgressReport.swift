import Foundation
import RelmapGraph
import RelmapRender

/// A sign of life on standard error for a step that runs long (bloc detection, a big map).
///
/// When standard error is a terminal, one line appears once the step has run for 2 seconds and is
/// rewritten in place at most once a second, then closed with the step's time. With `--progress`
/// the lines appear from the start, one per second at most, each on a line of its own, whatever
/// standard error is (for logs). Otherwise nothing is written: pipes, scripts and tests stay clean.
///
/// `@unchecked Sendable`: the step's thread and the ticking thread share it, and every mutable
/// property is read and written only with `lock` held.
final class ProgressReport: @unchecked Sendable {
    private let lock = NSLock()
    private let forced: Bool
    private let terminal: Bool
    private let delay: TimeInterval
    private let interval: TimeInterval
    private var started = Date()
    private var step = ""
    private var what = ""
    private var lastShown: Date?
    private var running = false
    /// Counts the steps begun, so that the thread of an ended step stops.
    private var generation = 0

    /// A reporter; `forced` is `--progress`. Without `automatic`, it shows nothing in a terminal
    /// unless forced (a command streaming its output into the same terminal).
    init(forced: Bool, automatic: Bool = true, delay: TimeInterval = 2, interval: TimeInterval = 1) {
        self.forced = forced
        terminal = automatic && isatty(STDERR_FILENO) != 0
        self.delay = forced ? 0 : delay
        self.interval = interval
    }

    private var enabled: Bool { forced || terminal }
    private var inPlace: Bool { terminal && !forced }

    /// Runs `body` as the step `step`; `body` tells what it is doing through ``update(_:)``.
    func run<T>(_ step: String, _ what: String = "", _ body: () throws -> T) rethrows -> T {
        begin(step, what)
        defer { end() }
        return try body()
    }

    /// Starts a step; a thread shows it when it runs long, even while `body` is in C code.
    func begin(_ step: String, _ what: String = "") {
        guard enabled else { return }
        lock.lock()
        self.step = step
        self.what = what
        started = Date()
        lastShown = nil
        running = true
        generation += 1
        let mine = generation
        if !what.isEmpty { showIfDue() }
        lock.unlock()
        let ticker = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.2)
                lock.lock()
                defer { lock.unlock() }
                guard running, generation == mine else { return }
                showIfDue()
            }
        }
        ticker.start()
    }

    /// What the step is doing now.
    func update(_ what: @autoclosure () -> String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        self.what = what()
        showIfDue()
    }

    /// Ends the step: a line shown is closed with the step's time.
    func end() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        running = false
        guard lastShown != nil else { return }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        write("relmap: \(step): done in \(seconds) s", close: true)
    }

    /// Writes the current line when the step has run long enough and the last line is old enough
    /// (under the lock).
    private func showIfDue() {
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        guard running, elapsed >= delay, lastShown.map({ now.timeIntervalSince($0) >= interval }) ?? true else { return }
        lastShown = now
        write("relmap: \(step)\(what.isEmpty ? "" : ": \(what)") (\(Int(elapsed)) s)", close: false)
    }

    private func write(_ line: String, close: Bool) {
        let text = inPlace ? "\r\u{1B}[K" + line + (close ? "\n" : "") : line + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}

extension ProgressReport {
    /// The map of `g` drawn by `renderer`, as the step `step` (`render`, `window 2024-Q1`), each
    /// of the renderer's steps told when it runs long; with `timings`, the time of each step on
    /// standard error.
    func map(_ renderer: MapRenderer, _ g: RelationGraph, options: MapOptions, step: String = "render", timings: Bool = false) throws -> Data {
        var current: (MapRenderer.Step, Date)?
        func close() {
            if timings, let (step, start) = current { Timings.note(step.name, since: start) }
        }
        return try run(step) {
            let map = try renderer.render(g, options: options) { step in
                close()
                current = (step, Date())
                update(step.description)
            }
            close()
            return map
        }
    }
}
