import Foundation

/// `--timings`: one line per step on standard error, `relmap STEP SECONDS`.
enum Timings {
    static func note(_ what: String, since start: Date) {
        FileHandle.standardError.write(Data("relmap \(what) \(String(format: "%.6f", Date().timeIntervalSince(start)))\n".utf8))
    }
}
