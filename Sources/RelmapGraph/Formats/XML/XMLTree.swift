import Foundation

/// An XML document as a tree of elements, read by relmap's own strict parser: GraphML and GEXF
/// come from other people's tools, so they are read as hostile input.
///
/// The parser reads UTF-8 only, refuses any `<!DOCTYPE` (so no DTD, no entity declarations, no
/// file or network access, no billion laughs), knows only XML's five entities and character
/// references, and never recovers: a truncated file, an unclosed or mismatched element, a stray
/// `&` or a control character is a ``GraphError`` with the line and column. It prints nothing.
struct XMLTree: Sendable {
    /// An element: its local name (without a namespace prefix), attributes by local name, child
    /// elements, and its own character data.
    struct Element: Sendable {
        /// The local name (`y:ShapeNode` is `ShapeNode`).
        var name: String
        /// The name as written, prefix included.
        var qualifiedName: String
        /// Attribute values by local name (the first of two with the same local name).
        var attributes: [String: String] = [:]
        /// Child elements, in document order.
        var children: [Element] = []
        /// The element's own character data (not its children's).
        var text = ""
        /// Where the start tag begins (1-based).
        var line: Int, column: Int

        /// The value of attribute `name`.
        func attribute(_ name: String) -> String? { attributes[name] }

        /// The child elements called `name`.
        func elements(_ name: String) -> [Element] { children.filter { $0.name == name } }

        /// The character data of the element and all its descendants, in document order.
        var allText: String {
            children.isEmpty ? text : children.reduce(into: text) { $0 += $1.allText }
        }
    }

    /// The root element.
    var root: Element

    /// Elements nested deeper than this are refused (GraphML and GEXF need fewer than ten).
    static let maxDepth = 256

    /// The document in `bytes`; `path` names the file in errors.
    static func parse(_ bytes: Data, path: String) throws(GraphError) -> XMLTree {
        var scanner = XMLScanner(bytes: [UInt8](bytes), path: path)
        return XMLTree(root: try scanner.document())
    }
}
