import Foundation
import Yams

/// Typed, checked reading of a style file's YAML for ``MapStyle``: unknown keys, numbers that are
/// not finite or out of range, and names that could break out of the SVG Graphviz writes (a font
/// name or colour with `<`, `&` or quotes) are a ``RenderError`` naming the file and the key.
struct StyleFile {
    /// The file, for errors.
    let path: String

    private func fail(_ reason: String) -> RenderError { .style(path: path, reason: reason) }

    /// `node` as a mapping whose keys are all in `known` (any keys when nil).
    func mapping(_ node: Node, _ name: String, known: [String]?) throws(RenderError) -> Node.Mapping {
        guard let map = node.mapping else { throw fail("\(name) must be a mapping of keys to values") }
        if let known {
            for key in map.keys {
                guard let k = key.string, known.contains(k) else {
                    throw fail("unknown key '\(key.string ?? "?")' in \(name) (known: \(known.joined(separator: ", ")))")
                }
            }
        }
        return map
    }

    /// The section `key` of the top mapping, if present.
    func section(_ map: Node.Mapping, _ key: String, known: [String]?) throws(RenderError) -> Node.Mapping? {
        guard let node = map[key] else { return nil }
        return try mapping(node, key, known: known)
    }

    /// A string value.
    func string(_ map: Node.Mapping, _ key: String) throws(RenderError) -> String? {
        guard let node = map[key] else { return nil }
        guard let s = node.scalar?.string else { throw fail("\(key) must be a single value") }
        return s
    }

    /// A number in `range`, written in decimal (`nan`, `.inf` and `1e300` for a count are refused).
    func number(_ map: Node.Mapping, _ key: String, _ range: ClosedRange<Double>) throws(RenderError) -> Double? {
        guard let s = try string(map, key) else { return nil }
        let t = s.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, t.utf8.allSatisfy({ (0x30...0x39).contains($0) || [0x2E, 0x2B, 0x2D, 0x65, 0x45].contains($0) }),
            let v = Double(t), v.isFinite, range.contains(v)
        else {
            throw fail("\(key): \"\(s)\" is not a number from \(Self.shown(range.lowerBound)) to \(Self.shown(range.upperBound))")
        }
        return v
    }

    /// A whole number from 0 to 100,000,000 (node and edge counts).
    func count(_ map: Node.Mapping, _ key: String) throws(RenderError) -> Int? {
        guard let v = try number(map, key, 0...100_000_000) else { return nil }
        guard v == v.rounded() else { throw fail("\(key): \(Self.shown(v)) is not a whole number") }
        return Int(v)
    }

    /// A font name list: letters, digits, spaces, commas, dots, hyphens and underscores.
    func fontName(_ map: Node.Mapping, _ key: String) throws(RenderError) -> String? {
        guard let s = try string(map, key) else { return nil }
        guard !s.isEmpty, s.allSatisfy({ $0.isLetter || $0.isNumber || " ,.-_".contains($0) }) else {
            throw fail("\(key): \"\(s)\" is not a font name (letters, digits, spaces, commas, dots, hyphens and underscores)")
        }
        return s
    }

    /// A Graphviz colour: a name, `#rrggbb[aa]`, a `/scheme/name` or a `:`-separated list of them.
    func color(_ map: Node.Mapping, _ key: String) throws(RenderError) -> String? {
        guard let s = try string(map, key) else { return nil }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "#/:;. ,".contains($0)) }) else {
            throw fail("\(key): \"\(s)\" is not a Graphviz colour (a name or #rrggbb)")
        }
        return s
    }

    /// A list of Graphviz colours (at least one).
    func colorList(_ map: Node.Mapping, _ key: String) throws(RenderError) -> [String]? {
        guard let node = map[key] else { return nil }
        guard let items = node.sequence, !items.isEmpty else { throw fail("\(key) must be a list of colours, such as [\"#999933\", \"#88ccee\"]") }
        var out: [String] = []
        for (i, item) in items.enumerated() {
            guard let s = item.scalar?.string, s.hasPrefix("#") || s.allSatisfy(\.isLetter),
                let c = try color(["color": Node(s)], "color")
            else { throw fail("\(key): item \(i + 1) is not a Graphviz colour (a name or #rrggbb)") }
            out.append(c)
        }
        return out
    }

    /// A Graphviz node shape name.
    func shape(_ map: Node.Mapping, _ key: String) throws(RenderError) -> String? {
        guard let s = try string(map, key) else { return nil }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw fail("\(key): \"\(s)\" is not a Graphviz shape name (box, ellipse, note, ...)")
        }
        return s
    }

    private static func shown(_ d: Double) -> String { d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : "\(d)" }
}
