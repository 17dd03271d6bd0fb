import Foundation
import RelmapGraph

/// The self-contained HTML page of a ``Report``: the template, style sheet and script of
/// `RelmapReport/Resources` with the report's title, maps and data put in, nothing loaded from
/// the network when it is opened.
public struct ReportPage: Sendable {
    /// The report shown.
    public var report: Report

    /// The page of `report`.
    public init(_ report: Report) {
        self.report = report
    }

    /// The page as HTML text. Every text is escaped for where it goes (``HTMLText``); the maps
    /// are Graphviz's SVG, which escapes its own text.
    public func html() throws(ReportError) -> String {
        let template = try Self.resource("report", "html")
        let values: [String: String] = [
            "title": HTMLText.escape(report.title),
            "subtitle": HTMLText.escape(report.subtitle),
            "style": try Self.resource("report", "css"),
            "script": try Self.resource("report", "js"),
            "map": report.map,
            "diffmap": report.diffMap ?? "",
            "data": HTMLText.scriptJSON(JSONText.render(report.data))
        ]
        return Self.fill(template, values)
    }

    /// `template` with each `{{name}}` replaced by `values[name]`, in one pass: a value that holds
    /// `{{...}}` is not read again. Unknown names stay as written.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let name = String(after[..<close.lowerBound])
            if let value = values[name] {
                out += value
            } else {
                out += rest[open.lowerBound..<close.upperBound]
            }
            rest = after[close.upperBound...]
        }
        out += rest
        return out
    }

    /// The text of the resource `name.ext`.
    static func resource(_ name: String, _ ext: String) throws(ReportError) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext), let data = try? Data(contentsOf: url) else {
            throw .missingTemplate("\(name).\(ext)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
