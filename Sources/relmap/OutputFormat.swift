import Foundation

/// The format of an output file: the one `--format` gives, or the one the file's extension says.
/// When both are there they must agree, and an extension relmap cannot write is an error, so that
/// a file named `.png` or `.jpg` never holds SVG.
enum OutputFormat {
    /// The format for `path`: `given`, else the extension's, else `fallback` for standard output
    /// or a name without extension. `aliases` are further extensions (`gv` for DOT); `option` is
    /// the option that gave `given`, for the error when they disagree.
    static func choose<F: RawRepresentable & CaseIterable & Equatable>(
        _ given: F?, for path: String?, aliases: [String: F] = [:], fallback: F, option: String = "--format"
    ) throws -> F where F.RawValue == String {
        guard let path, path != "-" else { return given ?? fallback }
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard !ext.isEmpty else { return given ?? fallback }
        guard let named = F(rawValue: ext) ?? aliases[ext] else {
            let names = (F.allCases.map(\.rawValue) + aliases.keys.sorted()).map { "." + $0 }.joined(separator: ", ")
            throw CLIError("\(path): relmap cannot write .\(ext) files; end the name in \(names)")
        }
        if let given, given != named {
            throw CLIError("\(path): the name says \(named.rawValue) but \(option) says \(given.rawValue); make them agree")
        }
        return named
    }

    /// Extensions of files that are not text, or are text of a format no text output of relmap
    /// is: a table written into `ranks.xlsx` or `map.html` would be a file its own program cannot open.
    static let foreign: Set<String> = [
        "xlsx", "xls", "ods", "odt", "doc", "docx", "pdf", "png", "jpg", "jpeg", "gif", "webp", "svg",
        "html", "htm", "xml", "zip", "gz", "parquet", "graphml", "gexf", "dot", "gv"
    ]

    /// The format of a text output `path`: `given`, else the one its extension names, else
    /// `fallback` (for other extensions such as `.txt`). An extension naming another format
    /// than `given`, or a format that is not such text (``foreign``), is an error.
    static func follow<F: RawRepresentable & CaseIterable & Equatable>(_ given: F?, for path: String?, fallback: F) throws -> F
    where F.RawValue == String {
        let ext = path.map { URL(fileURLWithPath: $0).pathExtension.lowercased() } ?? ""
        if let path, path != "-", F(rawValue: ext) == nil, foreign.contains(ext) {
            let names = F.allCases.map(\.rawValue).filter { $0 != "table" }.map { "." + $0 }.joined(separator: ", ")
            throw CLIError("\(path): relmap cannot write .\(ext) files here; end the name in \(names) or .txt")
        }
        guard let path, path != "-", let named = F(rawValue: ext) else {
            return given ?? fallback
        }
        _ = named
        return try choose(given, for: path, fallback: fallback)
    }
}
