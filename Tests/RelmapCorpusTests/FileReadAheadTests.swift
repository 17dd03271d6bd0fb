import Foundation
import Testing
@testable import RelmapCorpus

/// Files read ahead on a thread of their own: handed back in order, each once, errors in their
/// place naming their file, never more held than the bound.
@Suite struct FileReadAheadTests {
    /// Starts `body` on a thread of its own.
    static func thread(_ stackSize: Int, _ body: @escaping @Sendable () -> Void) -> Bool {
        let t = Thread(block: body)
        t.stackSize = stackSize
        t.start()
        return true
    }

    /// A folder of `count` files of varied sizes (file `i` holds `i` repeated `i * 37 % 500` times).
    static func files(_ count: Int) -> (dir: String, paths: [String], contents: [[UInt8]]) {
        let dir = temporaryFolder()
        var paths: [String] = []
        var contents: [[UInt8]] = []
        for i in 0..<count {
            let path = String(format: "%@/f%03d.txt", dir, i)
            let bytes = Array(String(repeating: "\(i) ", count: i * 37 % 500).utf8)
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
            paths.append(path)
            contents.append(bytes)
        }
        return (dir, paths, contents)
    }

    @Test(arguments: [(1, 0), (3, 100), (64, 4 << 20)])
    func filesComeBackInOrderWithinTheBound(files: Int, bytes: Int) throws {
        let (dir, paths, contents) = Self.files(60)
        defer { removeTemporaryFolder(dir) }
        let ahead = FileReadAhead(paths: paths, files: files, bytes: bytes, spawn: Self.thread)
        #expect(ahead.started)
        for expected in contents {
            #expect(try #require(ahead.next()).get() == expected)
        }
        #expect(ahead.next() == nil)
        #expect(ahead.mostAhead >= 1)
        #expect(ahead.mostAhead <= files)
    }

    /// A file that cannot be read (gone since the listing, or a folder) is an error in its place,
    /// naming it; the files around it come as they are.
    @Test(arguments: [true, false])
    func anUnreadableFileIsAnErrorInItsPlace(threadStarts: Bool) throws {
        let (dir, listed, contents) = Self.files(20)
        defer { removeTemporaryFolder(dir) }
        var paths = listed
        try FileManager.default.removeItem(atPath: paths[7])
        paths[12] = dir
        let ahead = FileReadAhead(paths: paths, files: 4, spawn: threadStarts ? Self.thread : { _, _ in false })
        #expect(ahead.started == threadStarts)
        for (i, expected) in contents.enumerated() {
            let contents = try #require(ahead.next())
            switch (i, contents) {
            case (7, .failure(.unreadable(let path, _))): #expect(path == paths[7])
            case (12, .failure(.unreadable(let path, let reason))):
                #expect(path == dir)
                #expect(reason.contains("folder"))
            case (_, .success(let bytes)) where i != 7 && i != 12: #expect(bytes == expected)
            default: Issue.record("file \(i): \(contents)")
            }
        }
        #expect(ahead.next() == nil)
    }

    /// Stopped early, the reader leaves off; the files after come still, in order, read in turn.
    @Test func afterStopTheRestIsReadInTurn() throws {
        let (dir, paths, contents) = Self.files(30)
        defer { removeTemporaryFolder(dir) }
        let ahead = FileReadAhead(paths: paths, files: 5, spawn: Self.thread)
        for expected in contents[..<10] { #expect(try #require(ahead.next()).get() == expected) }
        ahead.stop()
        #expect(!ahead.started)
        for expected in contents[10...] { #expect(try #require(ahead.next()).get() == expected) }
        #expect(ahead.next() == nil)
    }
}
