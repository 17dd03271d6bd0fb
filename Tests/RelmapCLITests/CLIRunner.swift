import Foundation

/// Runs the built `relmap` binary, as a user would.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary: beside the test bundle, else in the repository's debug build.
    static let binary: String = {
        let fm = FileManager.default
        var candidates: [String] = []
        if let first = CommandLine.arguments.first {
            var url = URL(fileURLWithPath: first).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(url.appendingPathComponent("relmap").path)
                url = url.deletingLastPathComponent()
            }
        }
        candidates.append(repositoryRoot.appendingPathComponent(".build/debug/relmap").path)
        return candidates.first { fm.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()

    /// Runs relmap with `arguments`, in this process's environment plus `environment`; a run still
    /// going after `timeout` seconds is killed and reported with status -1 and "timed out" on
    /// standard error.
    static func run(_ arguments: [String], cwd: String? = nil, environment: [String: String] = [:], timeout: Double? = 300) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = arguments
        if !environment.isEmpty {
            p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        p.currentDirectoryURL = URL(fileURLWithPath: cwd ?? repositoryRoot.path)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let watchdog = timeout.map { seconds in
            // SIGKILL: a child may have SIGTERM blocked, as test runners leave it.
            let item = DispatchWorkItem { [p] in if p.isRunning { kill(p.processIdentifier, SIGKILL) } }
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: item)
            return item
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        watchdog?.cancel()
        if p.terminationReason == .uncaughtSignal, timeout != nil {
            return Result(status: -1, stdout: String(decoding: o, as: UTF8.self), stderr: "timed out")
        }
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// A fresh temporary folder for one test. The test removes it, whatever its outcome:
    ///
    ///     let dir = CLIRunner.temporaryFolder()
    ///     defer { CLIRunner.removeTemporaryFolder(dir) }
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "relmap-cli-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Removes a folder of ``temporaryFolder()`` and all in it (links are removed, not followed).
    static func removeTemporaryFolder(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    static let fixture = repositoryRoot.appendingPathComponent("Tests/Fixtures/corpus").path
}
