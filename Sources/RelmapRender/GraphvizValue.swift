import Foundation

/// Values as a map writes them into Graphviz attributes: numbers, escStrings and HTML text.
enum GraphvizValue {
    /// A size or font size, with two decimals.
    static func number(_ d: Double) -> String { String(format: "%.2f", d) }

    /// `s` as a Graphviz escString (labels, tooltips): a backslash is `\\`.
    static func escape(_ s: String) -> String { DOTText.escape(s) }

    /// `s` as text in a Graphviz HTML label.
    static func html(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// A measure or weight for a tooltip: whole numbers without a fraction (past 10^15, or not
    /// finite, as Swift writes them: no conversion to Int that could trap).
    static func measure(_ d: Double) -> String {
        guard d.isFinite, abs(d) < 1e15 else { return "\(d)" }
        return d == d.rounded() ? String(Int(d)) : String(format: "%.4f", d)
    }
}
