import Foundation
import RelmapExtraction

/// The extractor made on another thread, handed back under a lock (`@unchecked Sendable`: its one
/// mutable property is read and written only with `lock` held).
final class Made: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Extractor, Error>?
    func set(_ r: Result<Extractor, Error>) { lock.withLock { result = r } }
    func get() throws -> Extractor {
        guard let r = lock.withLock({ result }) else { throw CLIError("the lexicon was not loaded") }
        return try r.get()
    }
}
