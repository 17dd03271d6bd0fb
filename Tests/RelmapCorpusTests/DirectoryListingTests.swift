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

    /// Each entry's kind and identity are what `stat` says of its path (links followed), whether
    /// the listing's own inode numbers serve (as on the file systems it trusts) or each entry is
    /// looked at; a hard link is the same file as its original.
    @Test func entriesAreWhatStatSays() throws {
        let dir = temporaryFolder()
        defer { removeTemporaryFolder(dir) }
        for name in ["a.txt", "b.md", "c.jsonl"] { write("x", dir + "/" + name) }
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.txt", withDestinationPath: dir + "/a.txt")
        try FileManager.default.linkItem(atPath: dir + "/b.md", toPath: dir + "/hard.md")
        try FileManager.default.createSymbolicLink(atPath: dir + "/broken.txt", withDestinationPath: dir + "/none.txt")
        let entries = try DirectoryListing.entries(of: dir)
        #expect(entries.map(\.name) == ["a.txt", "b.md", "broken.txt", "c.jsonl", "hard.md", "link.txt", "sub"])
        for entry in entries {
            #expect(entry.status == FileStatus.of(dir + "/" + entry.name), "\(entry.name)")
        }
        let byName = Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0.status) })
        #expect(byName["link.txt"]??.identity == byName["a.txt"]??.identity)
        #expect(byName["hard.md"]??.identity == byName["b.md"]??.identity)
        #expect(byName["broken.txt"]! == nil)
        #if os(Linux)
            // This machine's temporary folder is on a file system the listing trusts (ext4 or tmpfs).
            let fd = open(dir, O_RDONLY | O_DIRECTORY)
            defer { close(fd) }
            #expect(DirectoryListing.inodesOfEntries(fd) != nil)
        #endif
    }

    @Test func aMissingFolderIsNamed() {
        #expect(throws: CorpusError.self) { try DirectoryListing.entries(of: "/nonexistent/relmap-folder") }
    }
}
