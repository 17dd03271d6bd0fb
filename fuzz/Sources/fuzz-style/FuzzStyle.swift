import FuzzSupport
import RelmapRender

/// A style file (`--style FILE`) read over the bundled style.
@main
enum FuzzStyle {
    static func main() {
        Fuzz.run { bytes in
            _ = try Fuzz.withFile(bytes, named: "style.yaml") { try MapStyle.load(overrides: $0) }
        }
    }
}
