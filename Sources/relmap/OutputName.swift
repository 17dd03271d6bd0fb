import Foundation
import RelmapCorpus

/// The name outputs and titles take from an input path.
enum OutputName {
    /// A file's name without its extension (`a/report.md` gives `report`); a folder's whole name,
    /// dots kept (`r/report.2023` gives `report.2023`), so that two folders never share outputs.
    /// Standard input (`-`) gives `stdin`.
    static func of(_ input: String) -> String {
        if input == ArticleSource.standardInput { return "stdin" }
        let url = URL(fileURLWithPath: input)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue {
            return url.standardizedFileURL.lastPathComponent
        }
        return url.deletingPathExtension().lastPathComponent
    }
}
