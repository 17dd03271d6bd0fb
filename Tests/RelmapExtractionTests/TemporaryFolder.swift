import Foundation

/// A fresh temporary folder for one test. The test removes it, whatever its outcome:
///
///     let dir = temporaryFolder()
///     defer { removeTemporaryFolder(dir) }
func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "relmap-test-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Removes a folder of ``temporaryFolder()`` and all in it (links are removed, not followed).
func removeTemporaryFolder(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}
