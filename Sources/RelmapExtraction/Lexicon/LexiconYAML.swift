/// A reader for the plain YAML that lexicon files are written in, some times faster than the full
/// parser: block mappings and lists, flow lists and mappings (over several lines too), plain and
/// quoted one-line scalars, comments.
///
/// It reads a file only when it is sure the full parser reads it alike, node for node and line for
/// line, and answers nil for anything else: anchors, aliases, tags, block scalars, scalars over
/// several lines, documents and directives, tabs, CRs and other control characters, a key given
/// twice, an empty value, and every mistake. The caller then reads the file with Yams, which also
/// words the errors (``LexiconLoader``).
struct LexiconYAML {
    /// What a file holds.
    enum Document {
        /// Nothing but blank lines and comments.
        case empty
        /// One node.
        case node(LexiconNode)
    }

    private let text: UnsafeBufferPointer<UInt8>
    private var i = 0
    /// The 1-based line of `i`, and the offset where that line starts.
    private var line = 1
    private var lineStart = 0

    /// Collections open around `i`: deeper than ``maxDepth`` is left to the full parser (which
    /// refuses too deep a file), so that this reader's recursion stays shallow.
    private var depth = 0
    private static let maxDepth = 32

    /// Why reading stopped: the full parser takes over.
    private struct Unsupported: Error {}

    /// Goes one collection deeper (the caller steps back out with `defer { depth -= 1 }`).
    private mutating func enter() throws(Unsupported) {
        guard depth < Self.maxDepth else { throw Unsupported() }
        depth += 1
    }

    private init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }

    /// The document of `text`, or nil when the full parser is to read it.
    static func parse(_ text: String) -> Document? {
        var text = text
        return text.withUTF8 { buf in
            guard plainCharacters(buf) else { return nil }
            var reader = LexiconYAML(buf)
            return try? reader.document()
        }
    }

    /// Whether `buf` holds no byte the full parser treats otherwise than as text or a line feed:
    /// tabs, CRs and other control characters, the byte-order mark, Unicode's line and paragraph
    /// separators and next-line character (line breaks to YAML 1.1), non-characters.
    private static func plainCharacters(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        let n = buf.count
        while k < n {
            let b = buf[k]
            if b < 0x20 && b != 0x0A { return false }
            if b == 0x7F { return false }
            if b >= 0x80 {
                let b1 = k + 1 < n ? buf[k + 1] : 0
                let b2 = k + 2 < n ? buf[k + 2] : 0
                // C1 controls (U+0080...U+009F, NEL among them)
                if b == 0xC2 && b1 < 0xA0 { return false }
                // U+2028, U+2029
                if b == 0xE2 && b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9) { return false }
                // U+FEFF, U+FFFE, U+FFFF
                if b == 0xEF && ((b1 == 0xBB && b2 == 0xBF) || (b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF))) { return false }
            }
            k += 1
        }
        return true
    }

    // MARK: Positions

    private var atEnd: Bool { i >= text.count }
    private var byte: UInt8 { i < text.count ? text[i] : 0 }
    private func byte(at k: Int) -> UInt8 { k < text.count ? text[k] : 0 }
    private var column: Int { i - lineStart }

    /// Whether the byte at `k` ends a token: a space, a line feed or the end.
    private func isBreakOrSpace(at k: Int) -> Bool { k >= text.count || text[k] == 0x20 || text[k] == 0x0A }

    private static func isFlowIndicator(_ b: UInt8) -> Bool { b == 0x2C || b == 0x5B || b == 0x5D || b == 0x7B || b == 0x7D }

    private mutating func newLine() {
        i += 1
        line += 1
        lineStart = i
    }

    /// Skips spaces on this line, and a comment after them.
    private mutating func skipSpacesAndComment() {
        while byte == 0x20 { i += 1 }
        if byte == 0x23 && (i == lineStart || text[i - 1] == 0x20) {
            while !atEnd && byte != 0x0A { i += 1 }
        }
    }

    /// Skips blank lines and comment lines, to the first character of the next line with content
    /// (or the end); answers its indentation. Starts at the end of a line's content.
    private mutating func nextContentLine() throws(Unsupported) -> Int {
        skipSpacesAndComment()
        while !atEnd {
            guard byte == 0x0A else { throw Unsupported() }
            newLine()
            while byte == 0x20 { i += 1 }
            if atEnd { break }
            if byte == 0x23 {
                while !atEnd && byte != 0x0A { i += 1 }
                continue
            }
            if byte != 0x0A {
                // A document marker or a directive at the start of a line.
                if column == 0 && (byte == 0x25 || startsMarker(0x2D) || startsMarker(0x2E)) { throw Unsupported() }
                return column
            }
        }
        return -1
    }

    /// Whether `---` or `...` (of `b`) followed by a space or the end stands at `i`.
    private func startsMarker(_ b: UInt8) -> Bool {
        byte(at: i) == b && byte(at: i + 1) == b && byte(at: i + 2) == b && isBreakOrSpace(at: i + 3)
    }

    // MARK: Block nodes

    private mutating func document() throws(Unsupported) -> Document {
        let indent = try firstContentLine()
        if indent < 0 { return .empty }
        guard indent == 0 else { throw Unsupported() }
        let node: LexiconNode
        if byte == 0x2D && isBreakOrSpace(at: i + 1) {
            node = try blockSequence(indent: 0)
        } else {
            node = try blockMapping(indent: 0)
        }
        guard atEnd else { throw Unsupported() }
        return .node(node)
    }

    /// As ``nextContentLine()``, from the start of the text.
    private mutating func firstContentLine() throws(Unsupported) -> Int {
        while !atEnd {
            while byte == 0x20 { i += 1 }
            if byte == 0x23 { while !atEnd && byte != 0x0A { i += 1 } }
            if atEnd { break }
            if byte == 0x0A {
                newLine()
                continue
            }
            if column == 0 && (byte == 0x25 || startsMarker(0x2D) || startsMarker(0x2E)) { throw Unsupported() }
            return column
        }
        return -1
    }

    /// A block mapping whose keys stand at `indent`; `i` is at its first key. Leaves `i` at the
    /// first content line indented less (or the end).
    private mutating func blockMapping(indent: Int) throws(Unsupported) -> LexiconNode {
        try enter()
        defer { depth -= 1 }
        let start = line
        var pairs: [(LexiconNode, LexiconNode)] = []
        while true {
            let key = try Self.key(scalar(flow: false))
            guard byte == 0x3A, isBreakOrSpace(at: i + 1) else { throw Unsupported() }
            i += 1
            let value = try blockValue(parentIndent: indent, inMapping: true)
            pairs.append((key, value))
            // `blockValue` leaves `i` at the next content line.
            if atEnd { break }
            let next = column
            if next < indent { break }
            guard next == indent, !(byte == 0x2D && isBreakOrSpace(at: i + 1)) else { throw Unsupported() }
        }
        try checkUnique(pairs)
        return LexiconNode(value: .mapping(pairs), line: start)
    }

    /// A block list whose dashes stand at `indent`; `i` is at its first dash.
    private mutating func blockSequence(indent: Int) throws(Unsupported) -> LexiconNode {
        try enter()
        defer { depth -= 1 }
        let start = line
        var items: [LexiconNode] = []
        while true {
            i += 1
            items.append(try blockValue(parentIndent: indent, inMapping: false))
            if atEnd { break }
            let next = column
            if next < indent { break }
            guard next == indent else { throw Unsupported() }
            // A mapping's key at the indentation of its own list (no dash) ends the list.
            guard byte == 0x2D && isBreakOrSpace(at: i + 1) else { break }
        }
        return LexiconNode(value: .sequence(items), line: start)
    }

    /// The value after a key's colon or a list's dash (at `i`), on the same line or as a block
    /// below; leaves `i` at the next content line.
    private mutating func blockValue(parentIndent: Int, inMapping: Bool) throws(Unsupported) -> LexiconNode {
        skipSpacesAndComment()
        if atEnd || byte == 0x0A {
            // A block below, indented more (a mapping's list may stand at the key's indentation).
            let indent = try nextContentLine()
            guard indent >= 0 else { throw Unsupported() }
            let isDash = byte == 0x2D && isBreakOrSpace(at: i + 1)
            if isDash && (indent > parentIndent || (inMapping && indent == parentIndent)) {
                return try blockSequence(indent: indent)
            }
            guard indent > parentIndent, !isDash else { throw Unsupported() }
            return try blockMapping(indent: indent)
        }
        let here = column
        switch byte {
        case 0x5B, 0x7B:
            let node = try flowNode()
            try endOfLine()
            _ = try nextContentLine()
            return node
        case 0x2D where isBreakOrSpace(at: i + 1):
            // A list inside a list item on one line ("- - a"), or after a key: left to the full parser.
            throw Unsupported()
        default:
            // A scalar, or the first key of a mapping inside a list item ("- id: USA").
            let save = (i, line, lineStart)
            let node = try scalar(flow: false)
            if byte == 0x3A && isBreakOrSpace(at: i + 1) {
                guard !inMapping else { throw Unsupported() }
                (i, line, lineStart) = save
                return try blockMapping(indent: here)
            }
            try endOfLine()
            _ = try nextContentLine()
            return node
        }
    }

    /// Checks that only spaces and a comment follow on this line.
    private mutating func endOfLine() throws(Unsupported) {
        skipSpacesAndComment()
        guard atEnd || byte == 0x0A else { throw Unsupported() }
    }

    /// A mapping's keys are distinct (Yams refuses a key given twice, and says where).
    private func checkUnique(_ pairs: [(LexiconNode, LexiconNode)]) throws(Unsupported) {
        if pairs.count < 12 {
            for a in 0..<pairs.count {
                for b in (a + 1)..<pairs.count where pairs[a].0.string == pairs[b].0.string { throw Unsupported() }
            }
            return
        }
        var seen = Set<String>()
        for (key, _) in pairs {
            guard let s = key.string, seen.insert(s).inserted else { throw Unsupported() }
        }
    }

    // MARK: Flow nodes

    /// Skips spaces, line feeds and comments inside a flow collection; a line with content must
    /// be indented (at the start of a line, `---` or `%` would mean more).
    private mutating func skipFlowSpace() throws(Unsupported) {
        while true {
            skipSpacesAndComment()
            guard byte == 0x0A else { return }
            newLine()
            while byte == 0x20 { i += 1 }
            if atEnd { throw Unsupported() }
            if byte != 0x0A && column == 0 { throw Unsupported() }
        }
    }

    /// A flow list, mapping or scalar at `i`.
    private mutating func flowNode() throws(Unsupported) -> LexiconNode {
        switch byte {
        case 0x5B: return try flowSequence()
        case 0x7B: return try flowMapping()
        default: return try scalar(flow: true)
        }
    }

    private mutating func flowSequence() throws(Unsupported) -> LexiconNode {
        try enter()
        defer { depth -= 1 }
        let start = line
        i += 1
        var items: [LexiconNode] = []
        try skipFlowSpace()
        if byte == 0x5D {
            i += 1
            return LexiconNode(value: .sequence(items), line: start)
        }
        while true {
            let item = try flowNode()
            try skipFlowSpace()
            // "[a: b]" is a mapping inside the list: left to the full parser.
            guard byte != 0x3A else { throw Unsupported() }
            items.append(item)
            if byte == 0x5D {
                i += 1
                return LexiconNode(value: .sequence(items), line: start)
            }
            guard byte == 0x2C else { throw Unsupported() }
            i += 1
            try skipFlowSpace()
            // A comma may end the list ("[a, b,]").
            if byte == 0x5D {
                i += 1
                return LexiconNode(value: .sequence(items), line: start)
            }
        }
    }

    private mutating func flowMapping() throws(Unsupported) -> LexiconNode {
        try enter()
        defer { depth -= 1 }
        let start = line
        i += 1
        var pairs: [(LexiconNode, LexiconNode)] = []
        try skipFlowSpace()
        if byte == 0x7D {
            i += 1
            return LexiconNode(value: .mapping(pairs), line: start)
        }
        while true {
            guard byte != 0x5B && byte != 0x7B else { throw Unsupported() }
            let key = try Self.key(scalar(flow: true))
            guard byte == 0x3A, byte(at: i + 1) == 0x20 else { throw Unsupported() }
            i += 1
            try skipFlowSpace()
            guard byte != 0x2C && byte != 0x7D else { throw Unsupported() }
            let value = try flowNode()
            try skipFlowSpace()
            pairs.append((key, value))
            if byte == 0x7D {
                i += 1
                try checkUnique(pairs)
                return LexiconNode(value: .mapping(pairs), line: start)
            }
            guard byte == 0x2C else { throw Unsupported() }
            i += 1
            try skipFlowSpace()
            guard byte != 0x7D else { throw Unsupported() }
        }
    }

    // MARK: Scalars

    /// A mapping's key as Yams gives it: tagged as text, never a boolean.
    private static func key(_ node: LexiconNode) -> LexiconNode {
        guard case .scalar(let s, _) = node.value else { return node }
        return LexiconNode(value: .scalar(s, plain: false), line: node.line)
    }

    /// A one-line scalar at `i`, plain or quoted; in a flow collection when `flow`.
    private mutating func scalar(flow: Bool) throws(Unsupported) -> LexiconNode {
        let start = line
        switch byte {
        case 0x27, 0x22: return LexiconNode(value: .scalar(try quoted(), plain: false), line: start)
        default: return LexiconNode(value: .scalar(try plain(flow: flow), plain: true), line: start)
        }
    }

    /// A plain scalar: it ends before ": ", " #", the line's end and, in a flow collection, before
    /// ",[]{}" and a colon followed by one of them.
    private mutating func plain(flow: Bool) throws(Unsupported) -> String {
        let first = byte
        switch first {
        case 0x2D:
            // "-" starts a scalar only when a character of it follows ("-kan").
            if isBreakOrSpace(at: i + 1) || Self.isFlowIndicator(byte(at: i + 1)) { throw Unsupported() }
        case 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60, 0x20, 0x0A, 0:
            throw Unsupported()
        default:
            break
        }
        let begin = i
        var end = i
        while !atEnd {
            let b = byte
            if b == 0x0A { break }
            if b == 0x3A {
                // Inside a flow collection, versions of libyaml differ on a colon in a scalar.
                if flow { break }
                if isBreakOrSpace(at: i + 1) { break }
            } else if b == 0x20 {
                if byte(at: i + 1) == 0x23 { break }
                i += 1
                continue
            } else if flow && Self.isFlowIndicator(b) {
                break
            }
            i += 1
            end = i
        }
        // Trailing spaces are not the scalar's.
        i = end
        guard end - begin <= 1000 else { throw Unsupported() }
        if flow {
            // A scalar that goes on past the line's end folds into the next: left to the full parser.
            let save = (i, line, lineStart)
            try skipFlowSpace()
            let crossed = line != save.1
            if crossed && !(byte == 0x2C || byte == 0x5D || byte == 0x7D) { throw Unsupported() }
            (i, line, lineStart) = save
        }
        return String(decoding: UnsafeBufferPointer(rebasing: text[begin..<end]), as: UTF8.self)
    }

    /// A quoted scalar on one line: single-quoted ('' is a quote), or double-quoted with the
    /// common escapes only.
    private mutating func quoted() throws(Unsupported) -> String {
        let quote = byte
        i += 1
        var out: [UInt8] = []
        while true {
            guard !atEnd, byte != 0x0A else { throw Unsupported() }
            let b = byte
            i += 1
            if b == quote {
                guard quote == 0x27, byte == 0x27 else { break }
                i += 1
            } else if b == 0x5C && quote == 0x22 {
                let escaped: UInt8
                switch byte {
                case 0x22, 0x5C, 0x2F: escaped = byte
                case 0x6E: escaped = 0x0A
                case 0x74: escaped = 0x09
                default: throw Unsupported()
                }
                out.append(escaped)
                i += 1
                continue
            }
            out.append(b)
        }
        guard out.count <= 1000 else { throw Unsupported() }
        return String(decoding: out, as: UTF8.self)
    }
}
