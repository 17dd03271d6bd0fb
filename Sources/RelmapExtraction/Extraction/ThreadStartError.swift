import Foundation

/// Worker threads the system refused to start (a process or memory limit): the run stops before
/// it reads anything, and says how to run within the limit.
public struct ThreadStartError: Error, LocalizedError, CustomStringConvertible, Sendable {
    /// The threads asked for, the calling thread included.
    public let requested: Int
    /// The threads that did start, the calling thread included.
    public let started: Int

    /// The error for `started` of `requested` threads.
    public init(requested: Int, started: Int) {
        self.requested = requested
        self.started = started
    }

    /// One line: what failed and what to do.
    public var description: String {
        "the system refused to start \(requested - started) of \(requested) worker threads (a process or memory limit); "
            + "run with --threads \(max(1, started)) or raise the limit (ulimit -u)"
    }

    /// As ``description``.
    public var errorDescription: String? { description }
}
