import CGraphviz

/// Cached attribute symbols of one cgraph graph, by kind and name: declared once, values set
/// through them (agsafeset looks each name up).
final class AttributeTable {
    /// The graph the symbols belong to.
    let graph: UnsafeMutablePointer<Agraph_t>
    private var symbols: [Int32: [String: UnsafeMutablePointer<Agsym_t>]] = [:]

    /// A table for `graph`.
    init(graph: UnsafeMutablePointer<Agraph_t>) { self.graph = graph }

    /// Sets attribute `name` of `obj` (of `kind`: AGNODE, AGEDGE) to `value`, declaring it with
    /// an empty default the first time.
    func set(_ obj: UnsafeMutableRawPointer, kind: Int32, _ name: String, _ value: String) {
        var sym = symbols[kind]?[name]
        if sym == nil {
            sym = name.withCString { n in
                "".withCString { d in
                    agattr(graph, kind, UnsafeMutablePointer(mutating: n), UnsafeMutablePointer(mutating: d))
                }
            }
            symbols[kind, default: [:]][name] = sym
        }
        guard let sym else { return }
        _ = value.withCString { agxset(obj, sym, UnsafeMutablePointer(mutating: $0)) }
    }
}
