import Foundation

/// What the machine offers the parallel measures.
enum System {
    /// The processor cores active (at least 1).
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
