import Yams

/// A node of a lexicon file as ``LexiconLoader`` reads it: a scalar's text, a list or a mapping,
/// and the line it starts on (for error messages).
///
/// Made by ``LexiconYAML`` for the plain YAML lexicon files are written in, else from the nodes
/// Yams composes; the two agree node for node (tests compare them on every bundled file).
struct LexiconNode: Sendable {
    /// What the node holds.
    enum Value: Sendable {
        /// A scalar's text, and whether it was written plain (unquoted and untagged), so that it
        /// may read as a boolean.
        case scalar(String, plain: Bool)
        /// A list's items.
        case sequence([LexiconNode])
        /// A mapping's keys and values, in the file's order.
        case mapping([(LexiconNode, LexiconNode)])
        /// Anything else Yams composes (an alias): no scalar, list or mapping.
        case other
    }

    /// What the node holds.
    var value: Value
    /// The 1-based line the node starts on.
    var line: Int

    /// A scalar's text.
    struct Scalar {
        /// The text.
        var string: String
    }

    /// The scalar, when the node is one.
    var scalar: Scalar? {
        if case .scalar(let s, _) = value { return Scalar(string: s) }
        return nil
    }

    /// The scalar's text, when the node is one.
    var string: String? {
        if case .scalar(let s, _) = value { return s }
        return nil
    }

    /// The list's items, when the node is one.
    var sequence: [LexiconNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The mapping's pairs, when the node is one.
    var mapping: [(LexiconNode, LexiconNode)]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    /// The node as YAML 1.1's booleans read it, as Yams does: a plain scalar true, yes or on (any
    /// case) is true, false, no or off false; a quoted one is text.
    var bool: Bool? {
        guard case .scalar(let s, plain: true) = value else { return nil }
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}

extension LexiconNode {
    /// The node Yams composed (with the basic resolver, which leaves every scalar text), as a
    /// lexicon node.
    init(_ node: Node) {
        line = node.mark?.line ?? 0
        switch node {
        case .scalar(let s):
            // Yams reads a scalar as a boolean unless its tag says text (a quoted one's does).
            value = .scalar(s.string, plain: s.tag.description != Tag.Name.str.rawValue)
        case .sequence(let items):
            value = .sequence(items.map(LexiconNode.init))
        case .mapping(let pairs):
            value = .mapping(pairs.map { (LexiconNode($0.key), LexiconNode($0.value)) })
        case .alias:
            value = .other
        }
    }
}
