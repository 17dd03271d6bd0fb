import Foundation

/// The byte-level reader behind ``XMLTree``: one pass over UTF-8 bytes, an explicit stack of open
/// elements (no recursion), line and column kept as it goes.
struct XMLScanner {
    private let b: [UInt8]
    private let path: String
    private var i = 0
    private var line = 1
    private var lineStart = 0

    init(bytes: [UInt8], path: String) {
        self.b = bytes
        self.path = path
    }

    // MARK: The document

    /// The root element of the whole document; anything malformed is an error.
    mutating func document() throws(GraphError) -> XMLTree.Element {
        try checkEncoding()
        if starts("<?xml") { try declaration() }
        try misc(before: true)
        guard i < b.count else { throw fail("no root element: the file is empty or holds only comments") }
        guard b[i] == 0x3C else { throw fail("text before the root element") }
        let root = try elements()
        try misc(before: false)
        if i < b.count { throw fail("content after the root element </\(root.qualifiedName)>") }
        return root
    }

    /// UTF-8 only, with or without its byte order mark.
    private mutating func checkEncoding() throws(GraphError) {
        if b.count >= 2, (b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE) || b[0] == 0 || b[1] == 0 {
            throw GraphError(path: path, reason: "UTF-16 or other non-UTF-8 XML is not read: convert the file to UTF-8 (iconv -t UTF-8)")
        }
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3; lineStart = 3 }
        guard String(bytes: b, encoding: .utf8) != nil else {
            throw GraphError(path: path, reason: "not UTF-8 text: convert the file to UTF-8 (iconv -t UTF-8)")
        }
    }

    /// `<?xml version="1.0" encoding="..."?>`: any encoding but UTF-8 (or its subset ASCII) is refused.
    private mutating func declaration() throws(GraphError) {
        let start = i
        guard let end = find([0x3F, 0x3E], from: i) else { throw fail("the XML declaration <?xml ... is not closed with ?>") }
        let text = String(decoding: b[start..<end], as: UTF8.self).lowercased()
        if let r = text.range(of: "encoding") {
            let rest = text[r.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
            let name = rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " }
            if !["utf-8", "utf8", "us-ascii", "ascii"].contains(String(name)) {
                throw fail("the file declares encoding \"\(name)\": convert it to UTF-8 (iconv -f \(name) -t UTF-8) and change the declaration")
            }
        }
        advance(to: end + 2)
    }

    /// Whitespace, comments and processing instructions around the root element; a DOCTYPE is refused.
    private mutating func misc(before: Bool) throws(GraphError) {
        while i < b.count {
            if isSpace(b[i]) { advance(to: i + 1) } else if starts("<!--") { try comment() } else if starts("<?") { try instruction() } else if starts("<!") { throw doctype() } else { return }
        }
    }

    private func doctype() -> GraphError {
        GraphError(
            path: path, line: line, column: i - lineStart + 1,
            reason: "a <!DOCTYPE or <!ENTITY declaration is not read (it can pull in local files, URLs or entity bombs); GraphML and GEXF need none: remove it")
    }

    // MARK: Elements

    /// The element starting at `<`, with everything inside it.
    private mutating func elements() throws(GraphError) -> XMLTree.Element {
        var stack: [XMLTree.Element] = []
        while true {
            guard i < b.count else {
                let open = stack.last.map { "<\($0.qualifiedName)> opened at line \($0.line)" } ?? "the root element"
                throw fail("the file ends inside \(open): it is truncated or an element is not closed")
            }
            let c = b[i]
            if c == 0x3C {
                if starts("</") {
                    let (l, col) = (line, i - lineStart + 1)
                    advance(to: i + 2)
                    let name = try name()
                    skipSpaces()
                    guard i < b.count, b[i] == 0x3E else { throw fail("</\(name) is not closed with >") }
                    advance(to: i + 1)
                    guard var done = stack.popLast() else { throw GraphError(path: path, line: l, column: col, reason: "not valid XML: </\(name)> closes nothing") }
                    guard done.qualifiedName == name else {
                        throw GraphError(
                            path: path, line: l, column: col,
                            reason: "not valid XML: </\(name)> closes <\(done.qualifiedName)> opened at line \(done.line): an element is not closed")
                    }
                    if !done.children.isEmpty, done.text.allSatisfy(\.isWhitespace) { done.text = "" }
                    guard stack.isEmpty else { stack[stack.count - 1].children.append(done); continue }
                    return done
                } else if starts("<!--") {
                    try comment()
                } else if starts("<![CDATA[") {
                    guard !stack.isEmpty else { throw fail("CDATA outside the root element") }
                    let from = i + 9
                    guard let end = find([0x5D, 0x5D, 0x3E], from: from) else { throw fail("a <![CDATA[ section is not closed with ]]>") }
                    stack[stack.count - 1].text += try characters(from, end)
                    advance(to: end + 3)
                } else if starts("<?") {
                    try instruction()
                } else if starts("<!") {
                    throw doctype()
                } else {
                    let (element, empty) = try startTag()
                    if stack.count >= XMLTree.maxDepth { throw fail("elements nested deeper than \(XMLTree.maxDepth): not a GraphML or GEXF file") }
                    if !empty { stack.append(element) } else if stack.isEmpty { return element } else { stack[stack.count - 1].children.append(element) }
                }
            } else {
                let from = i
                var j = i
                while j < b.count, b[j] != 0x3C { j += 1 }
                let text = try decoded(from, j, attribute: false)
                if stack.isEmpty {
                    guard text.allSatisfy(\.isWhitespace) else { throw fail("text outside the root element") }
                } else {
                    stack[stack.count - 1].text += text
                }
                advance(to: j)
            }
        }
    }

    /// `<name attr="value" ...>` or `<name .../>`.
    private mutating func startTag() throws(GraphError) -> (XMLTree.Element, empty: Bool) {
        let (l, col) = (line, i - lineStart + 1)
        advance(to: i + 1)
        let qualified = try name()
        var element = XMLTree.Element(name: Self.local(qualified), qualifiedName: qualified, line: l, column: col)
        // An element has a few attributes: a list is quicker than a set.
        var seen: [String] = []
        while true {
            skipSpaces()
            guard i < b.count else { throw fail("the file ends inside the start tag <\(qualified) opened at line \(l): it is truncated") }
            if b[i] == 0x3E { advance(to: i + 1); return (element, false) }
            if starts("/>") { advance(to: i + 2); return (element, true) }
            let attr = try name()
            skipSpaces()
            guard i < b.count, b[i] == 0x3D else { throw fail("attribute \(attr) of <\(qualified)> has no =\"value\"") }
            advance(to: i + 1)
            skipSpaces()
            guard i < b.count, b[i] == 0x22 || b[i] == 0x27 else { throw fail("the value of attribute \(attr) is not quoted") }
            let quote = b[i]
            var j = i + 1
            while j < b.count, b[j] != quote {
                if b[j] == 0x3C { advance(to: j); throw fail("a < inside the value of attribute \(attr) (write &lt;)") }
                j += 1
            }
            guard j < b.count else { throw fail("the value of attribute \(attr) of <\(qualified)> is not closed: the file is truncated") }
            let value = try decoded(i + 1, j, attribute: true)
            guard !seen.contains(attr) else { throw fail("attribute \(attr) appears twice in <\(qualified)>") }
            seen.append(attr)
            let local = Self.local(attr)
            if element.attributes[local] == nil { element.attributes[local] = value }
            advance(to: j + 1)
            if i < b.count, !isSpace(b[i]), b[i] != 0x3E, b[i] != 0x2F { throw fail("no space between attributes of <\(qualified)>") }
        }
    }

    /// An element or attribute name.
    private mutating func name() throws(GraphError) -> String {
        let from = i
        while i < b.count, Self.inName(b[i]) { i += 1 }
        guard i > from else { throw fail(i < b.count ? "a name was expected here" : "the file ends where a name was expected: it is truncated") }
        return String(decoding: b[from..<i], as: UTF8.self)
    }

    /// Whether byte `c` can stand in a name (anything but spaces and `< > / = " ' & ! ?`).
    private static func inName(_ c: UInt8) -> Bool {
        switch c {
        case 0x20, 0x09, 0x0A, 0x0D, 0x3C, 0x3E, 0x2F, 0x3D, 0x22, 0x27, 0x26, 0x21, 0x3F: return false
        default: return true
        }
    }

    private static func local(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: 0x3A) else { return name }
        return String(name[name.utf8.index(after: colon)...])
    }

    // MARK: Character data

    /// The text of bytes `from..<to` with entity and character references replaced, line ends
    /// normalised (CR LF and CR are LF) and, in attribute values, whitespace characters as spaces.
    private func decoded(_ from: Int, _ to: Int, attribute: Bool) throws(GraphError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(to - from)
        var j = from
        while j < to {
            let c = b[j]
            if c == 0x26 {
                guard let semi = b[j..<min(to, j + 12)].firstIndex(of: 0x3B) else {
                    throw failAt(j, "a bare & (write &amp;)")
                }
                let name = String(decoding: b[(j + 1)..<semi], as: UTF8.self)
                switch name {
                case "amp": out.append(0x26)
                case "lt": out.append(0x3C)
                case "gt": out.append(0x3E)
                case "quot": out.append(0x22)
                case "apos": out.append(0x27)
                default:
                    guard name.hasPrefix("#") else {
                        throw failAt(j, "entity &\(name); is not one of XML's five (&amp; &lt; &gt; &quot; &apos;); relmap reads no DTD")
                    }
                    let hex = name.hasPrefix("#x")
                    guard let v = UInt32(name.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10), Self.isXMLChar(v),
                        let scalar = Unicode.Scalar(v)
                    else {
                        throw failAt(j, "&\(name); is not a character XML allows")
                    }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                }
                j = semi + 1
                continue
            }
            if c < 0x20, c != 0x09, c != 0x0A, c != 0x0D {
                throw failAt(j, "control character U+\(String(format: "%04X", c)) is not allowed in XML")
            }
            if c == 0x0D {
                out.append(attribute ? 0x20 : 0x0A)
                if j + 1 < to, b[j + 1] == 0x0A { j += 1 }
            } else if attribute, c == 0x0A || c == 0x09 {
                out.append(0x20)
            } else {
                out.append(c)
            }
            j += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// CDATA: taken as it is, line ends normalised, control characters refused.
    private func characters(_ from: Int, _ to: Int) throws(GraphError) -> String {
        var out: [UInt8] = []
        var j = from
        while j < to {
            let c = b[j]
            if c < 0x20, c != 0x09, c != 0x0A, c != 0x0D { throw failAt(j, "control character U+\(String(format: "%04X", c)) is not allowed in XML") }
            if c == 0x0D {
                out.append(0x0A)
                if j + 1 < to, b[j + 1] == 0x0A { j += 1 }
            } else {
                out.append(c)
            }
            j += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func isXMLChar(_ v: UInt32) -> Bool {
        v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || (0x10000...0x10FFFF).contains(v)
    }

    // MARK: Comments and processing instructions

    private mutating func comment() throws(GraphError) {
        guard let end = find([0x2D, 0x2D, 0x3E], from: i + 4) else { throw fail("a comment <!-- is not closed with -->: the file is truncated") }
        advance(to: end + 3)
    }

    private mutating func instruction() throws(GraphError) {
        guard let end = find([0x3F, 0x3E], from: i + 2) else { throw fail("a processing instruction <? is not closed with ?>") }
        advance(to: end + 2)
    }

    // MARK: Position

    private func starts(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        return s.withUTF8Buffer { p in (0..<n).allSatisfy { b[i + $0] == p[$0] } }
    }

    private func find(_ needle: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, needle.count <= b.count else { return nil }
        var j = from
        while j + needle.count <= b.count {
            if b[j] == first, b[j..<(j + needle.count)].elementsEqual(needle) { return j }
            j += 1
        }
        return nil
    }

    private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    private mutating func skipSpaces() {
        while i < b.count, isSpace(b[i]) { advance(to: i + 1) }
    }

    /// Moves to byte `j`, counting the lines passed.
    private mutating func advance(to j: Int) {
        while i < j {
            if b[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
    }

    /// An error at the current position.
    private func fail(_ reason: String) -> GraphError {
        let end = i >= b.count && !reason.contains("truncated") ? " (the file ends here: it is truncated)" : ""
        return GraphError(path: path, line: line, column: i - lineStart + 1, reason: "not valid XML: " + reason + end)
    }

    /// An error at byte `j` (at or after the current position).
    private func failAt(_ j: Int, _ reason: String) -> GraphError {
        var (l, start) = (line, lineStart)
        var k = i
        while k < j { if b[k] == 0x0A { l += 1; start = k + 1 }; k += 1 }
        return GraphError(path: path, line: l, column: j - start + 1, reason: "not valid XML: " + reason)
    }
}
