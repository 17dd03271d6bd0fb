import Foundation

/// Colours a map mixes: a node's fill shaded towards its border by its measure.
enum MapColor {
    /// `a` moved the share `t` of the way to `b` (both `#rrggbb`), or `a` when either is not.
    static func blend(_ a: String, _ b: String, _ t: Double) -> String {
        func rgb(_ hex: String) -> (Double, Double, Double)? {
            let h = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
            guard h.count == 6, let v = Int(h, radix: 16) else { return nil }
            return (Double(v >> 16 & 0xFF), Double(v >> 8 & 0xFF), Double(v & 0xFF))
        }
        guard let x = rgb(a), let y = rgb(b) else { return a }
        let c = [x.0 + (y.0 - x.0) * t, x.1 + (y.1 - x.1) * t, x.2 + (y.2 - x.2) * t].map { Int($0.rounded()) }
        return String(format: "#%02x%02x%02x", c[0], c[1], c[2])
    }
}
