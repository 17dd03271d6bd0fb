import Foundation
import Testing

/// Where output goes: files appear whole by rename, but devices and pipes are written in place.
@Suite struct OutputFileTests {
    /// A named pipe given as `-o` receives the lines and stays a pipe; renaming a finished
    /// temporary file over it (as over `/dev/null`) would have replaced it with a regular file.
    @Test func aPipeIsWrittenInPlaceNotReplaced() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let fifo = dir + "/out.pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = Received()
        let reader = DispatchGroup()
        reader.enter()
        DispatchQueue.global().async {
            if let h = FileHandle(forReadingAtPath: fifo) { received.set(h.readDataToEndOfFile()) }
            reader.leave()
        }
        let r = try CLIRunner.run(["extract", CLIRunner.fixture, "-o", fifo])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(reader.wait(timeout: .now() + 30) == .success)
        var info = stat()
        #expect(stat(fifo, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFIFO, "the pipe was replaced by a file")
        let lines = String(decoding: received.get(), as: UTF8.self).split(separator: "\n")
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"article\"") })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(leftovers == ["out.pipe"], "temporary file left behind: \(leftovers)")
    }

    /// A symbolic link to an output file keeps pointing at it; the file it names gets the output.
    @Test func aLinkIsFollowedAndKept() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        try "old".write(toFile: dir + "/real.jsonl", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.jsonl", withDestinationPath: dir + "/real.jsonl")
        let r = try CLIRunner.run(["extract", CLIRunner.fixture, "-o", dir + "/link.jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: dir + "/link.jsonl")
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        let text = try String(contentsOfFile: dir + "/real.jsonl", encoding: .utf8)
        #expect(text.hasPrefix("{\"article\""))
    }

    /// A folder given as the output file is an error, not a crash or a file inside it.
    @Test func aFolderIsNotAnOutputFile() throws {
        let dir = CLIRunner.temporaryFolder()
        defer { CLIRunner.removeTemporaryFolder(dir) }
        let r = try CLIRunner.run(["extract", CLIRunner.fixture, "-o", dir])
        #expect(r.status != 0)
        #expect(r.stderr.contains(dir) && r.stderr.contains("folder"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }
}

/// Bytes handed from the reading thread to the test.
private final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ d: Data) { lock.withLock { data = d } }
    func get() -> Data { lock.withLock { data } }
}
