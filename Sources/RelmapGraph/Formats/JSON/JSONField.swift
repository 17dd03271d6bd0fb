import Foundation

/// Typed access to the values JSONSerialization hands back, for ``GraphJSON``: a value of the
/// wrong type is an error naming the field and its owner, never a default.
struct JSONField {
    /// The file, for errors.
    let path: String

    /// Whether `v` is a JSON `true` or `false` (JSONSerialization gives booleans as NSNumber too).
    static func isBool(_ v: Any) -> Bool {
        guard let n = v as? NSNumber else { return false }
        return String(cString: n.objCType) == "c"
    }

    /// A string field; nil when absent or null.
    func string(_ v: Any?, _ name: String, of owner: String) throws(GraphError) -> String? {
        guard let v, !(v is NSNull) else { return nil }
        guard let s = v as? String else { throw wrong(v, name, owner, "a string") }
        return s
    }

    /// An id-like field: a string, or a number as networkx writes integer ids.
    func id(_ v: Any?, _ name: String, of owner: String) throws(GraphError) -> String? {
        guard let v, !(v is NSNull) else { return nil }
        if let s = v as? String { return s }
        if let n = v as? NSNumber, !Self.isBool(v) { return n.stringValue }
        throw wrong(v, name, owner, "a string or a number")
    }

    /// A boolean field.
    func bool(_ v: Any?, _ name: String, of owner: String) throws(GraphError) -> Bool? {
        guard let v, !(v is NSNull) else { return nil }
        guard Self.isBool(v), let b = v as? Bool else { throw wrong(v, name, owner, "true or false") }
        return b
    }

    /// A number field, checked by `field`.
    func number(_ v: Any?, _ field: NumberField, of owner: String) throws(GraphError) -> Double? {
        guard let v, !(v is NSNull) else { return nil }
        guard !Self.isBool(v), let n = v as? NSNumber else { throw wrong(v, field.name, owner, "a number") }
        return try field.value(n.doubleValue, written: n.stringValue, of: owner, path: path)
    }

    private func wrong(_ v: Any, _ name: String, _ owner: String, _ expected: String) -> GraphError {
        let shown: String
        switch v {
        case let s as String: shown = "the string \"\(NumberField.shown(s))\""
        case is [Any]: shown = "a list"
        case is [String: Any]: shown = "an object"
        default: shown = Self.isBool(v) ? "\(v as? Bool ?? false)" : "\(v)"
        }
        return GraphError(path: path, reason: "\(name) of \(owner) must be \(expected), not \(shown)")
    }
}
