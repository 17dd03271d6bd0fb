import Foundation
import Testing
@testable import RelmapCorpus

/// One `readdir` pass, sorted in byte order, folders told apart.
@Suite struct DirectoryListingTests {
    @Test func sortsNamesByTheirBytesAndMarksFolders() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        for name in ["b.txt", "a.txt", "B.txt", "ab.txt", "a", "é.txt", "z.md"] where name != "a" { write("x", dir + "/" + name) }
        try FileManager.default.createDirectory(atPath: dir + "/a", withIntermediateDirectories: true)
        let entries = try DirectoryListing.entries(of: dir)
        // Upper case before lower, a prefix before its extensions, UTF-8 bytes after ASCII.
        #expect(entries.map(\.name) == ["B.txt", "a", "a.txt", "ab.txt", "b.txt", "z.md", "é.txt"])
        #expect(entries.filter(\.isDirectory).map(\.name) == ["a"])
    }

    @Test func followsALinkToAFolder() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link", withDestinationPath: dir + "/real")
        let entries = try DirectoryListing.entries(of: dir)
        #expect(entries.map(\.name) == ["link", "real"])
        #expect(entries.allSatisfy { $0.isDirectory })
    }

    @Test func aMissingFolderIsNamed() {
        #expect(throws: CorpusError.self) { try DirectoryListing.entries(of: "/nonexistent/relmap-folder") }
    }
}
